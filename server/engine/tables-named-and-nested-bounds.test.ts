import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages (pdftoppm -r 80/90):
 * - 普陀区财政局 2024 部门决算 p6 收入支出决算总表 (万元): 社会保障和就业支出 326.71, 卫生健康支出 60.99,
 *   住房保障支出 445.69; 本年收入合计 2,946.25 (the figure a follow-up must not fall back to).
 * - 万里街道 2024 部门预算 p29–30 基本支出经济分类预算表 (元): 302 商品和服务支出 11,168,569; 30201 办公费
 *   4,755,518, 30209 物业管理费 1,090,020, 30229 福利费 695,520, 30239 其他交通费用 691,680, 30299 其他商品和
 *   服务支出 690,682, 30228 工会经费 607,849, 30214 租赁费 581,200 (the seven at 50万元 or more);
 *   30213 维修(护)费 430,000 the next below.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("a table named in a follow-up is where to read the figure before", () => {
  it("“收入支出决算总表上印的是多少”: the row asked before, read from that table, not the table's income total", async () => {
    const r = await ask(
      "上海普陀财政局2024年度社会保障和就业支出的决算数是多少？",
      "收入支出决算总表上印的是多少？",
    );
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("326.71万元");
    expect(r.answer).not.toContain("2946.25万元");
    expect(r.citations[0]?.tableTitle).toContain("收入支出决算总表");
    expectGrounded(r);
  });

  it("“那在<表>里呢” after another row", async () => {
    const r = await ask("普陀区财政局2024年住房保障支出花了多少？", "那在收入支出决算总表里呢？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("445.69万元");
    expect(r.answer).not.toContain("收入合计");
    expectGrounded(r);
  });
});

describe("amount bounds on the items of a figure named inside another", () => {
  it("“公用经费中，商品和服务支出有哪几项在50万元以上”: the class's own items, not every functional row", async () => {
    const r = await ask("万里街道2024年公用经费中，商品和服务支出有哪几项在50万元以上？");
    expect(r.status).toBe("answered");
    for (const item of [
      "475.55万元",
      "109.00万元",
      "69.55万元",
      "69.17万元",
      "69.07万元",
      "60.78万元",
      "58.12万元",
    ])
      expect(r.answer).toContain(item);
    expect(r.answer).toContain("7项");
    expect(r.answer).toContain("1116.86万元");
    expect(r.answer).not.toContain("43.00万元");
    // No functional row (行政运行 and the like) is listed.
    expect(r.answer).not.toMatch(/\(21\d{5}\)|（21\d{5}）/);
    expectGrounded(r);
  });
});
