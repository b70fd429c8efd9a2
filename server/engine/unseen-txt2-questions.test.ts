import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for the tests as `pdftotext -layout` text
 * (ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt, 锡林郭勒盟西乌珠穆沁旗自然资源局 2025年部门预算), values
 * read off the file:
 * - line 181, 表1: "本年收入合计 3141.84";
 * - lines 55–87, the contents: "第一部分  西乌旗自然资源局概况…";
 * - lines 565–568, 表10: "西乌珠穆沁旗土地收购储备中心 1,815.00", then "征地和拆迁补偿 … 1,260.00",
 *   "储备土地前期开发整理 … 420.00", "储备土地管护及土地储备前期工作经费 … 135.00";
 * - lines 227, 276, 371: 2200150 事业运行 in 表2 (合计 281.48, 一般公共预算 262.88, 其他收入 18.60), 表3
 *   (281.48) and 表5 (262.88);
 * - line 183, 表1: "收  入  总  计  3141.84";
 * - lines 220, 269, 364: 22001 自然资源事务 in 表2 (其他收入 18.60), 表3 (基本支出 575.26) and 表5
 *   (基本支出 556.66);
 * - line 381, 表5: 2210201 住房公积金 56.35; lines 689–690: "…比上年预算53.39万元增加2.96万元，增长5.54%".
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen banner bureau's budget as pdftotext text", () => {
  it("the bureau by the short name its own contents page uses (西乌旗…)", async () => {
    const text = plain((await ask("西乌旗自然资源局今年本年收入合计多少")).answer);
    expect(text).toContain("3141.84万元");
  });

  it("a subordinate's projects from the rows under its subtotal row, their sum matching it", async () => {
    const text = plain((await ask("旗土地收购储备中心今年安排了哪些项目，各多少钱？")).answer);
    expect(text).toContain("征地和拆迁补偿：1260.00万元");
    expect(text).toContain("储备土地前期开发整理：420.00万元");
    expect(text).toContain("储备土地管护及土地储备前期工作经费：135.00万元");
    expect(text).toContain("项目合计 1815.00万元");
    expect(text).toContain("相符");
  });

  it("the land-sale income, which the budget does not disclose, is not the spending it funds (表3 21208 1815.00)", async () => {
    const reply = await ask("西乌旗今年土地出让金国有土地使用权出让收入能收上来多少？");
    expect(reply.status).toBe("not_found");
    expect(plain(reply.answer)).not.toContain("1815.00");
  });

  it("two tables' figures of one row told apart by the income table: the gap is the row's 其他收入", async () => {
    const text = plain(
      (await ask("事业运行这一项，部门支出总表和一般公共预算支出表的数字差多少？为什么？")).answer,
    );
    expect(text).toContain("281.48 − 262.88 = 18.60");
    expect(text).toMatch(/差额即表2中这一科目的其他收入 18\.60万元/);
  });

  it("the income grand total of a two-sided summary table whose labels are letter-spaced (收  入  总  计)", async () => {
    const reply = await ask("西乌旗自然资源局2025年收入总计是多少？");
    expect(plain(reply.answer)).toContain("3141.84万元");
  });

  it("'这一款的<列>' keeps the row just read; why a table prints it higher is the other table's gap", async () => {
    const reply = await ask(
      "一般公共预算支出表里“自然资源事务”这一款是多少？",
      "其中基本支出多少？",
      "部门支出总表里这一款的基本支出为什么更多？",
    );
    const text = plain(reply.answer);
    expect(text).toContain("575.26 − 556.66 = 18.60");
    expect(text).toContain("其他收入 18.60万元");
    expect(text).not.toContain("818.14");
  });

  it("a change on last year is set against last year's budget the narrative states", async () => {
    const text = plain((await ask("旗自然资源局住房公积金比去年增长了多少？")).answer);
    expect(text).toContain("56.35 − 53.39 = 2.96");
    expect(text).toContain("2024年预算 53.39万元");
  });
});
