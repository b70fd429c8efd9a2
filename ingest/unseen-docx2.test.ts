import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Final accounts written for these tests as a Word document (eval/gold/unseen-docx2/NOTES.md): 岱南县
 * 教育和体育局 2024年度部门决算, saved as .docx by LibreOffice. Read off the document as LibreOffice prints it:
 * - 第三部分 五（三）: "6. 高中教育（项）（2050204）。年初预算为5,930.00万元，调整预算为6,180.00万元，支出决算为
 *   6,194.06万元，完成年初预算的103.69%" (its writer's planted slip: 公开05表 prints 6,149.06);
 * - 公开09表: 决算数 公务接待费 金额 4.86, 批次（个） 38, 人次（人） 296;
 * - 第三部分 七: "上年公务用车购置费为0.00万元，本年增加13.86万元";
 * - 第三部分 一: "（2023年度收、支总计均为38,965.47万元）";
 * - 第一部分 三: a table under "单位：人" with rows "2 岱南县第一中学 公益一类事业单位 338 326";
 * - its other planted slip: 公开10表 合计 项目支出 11834.41, where its rows add up to 11843.41.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/dainan-jytj-2024-juesuan.docx", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "dainan-jytj-2024-juesuan",
  file: "ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx",
  hash: "test",
  text: read.text,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Shandong county's final accounts as a Word document: 岱南县教育和体育局 2024年度部门决算", () => {
  it("'6. 高中教育（项）（2050204）。年初预算为…': an item named with its code only is that 项's", () => {
    const stated = doc.facts.filter((f) => !f.table && f.rowCode === "2050204");
    expect(stated.find((f) => f.basis === "年初预算")?.value).toBe("5930");
    expect(stated.find((f) => f.basis === "决算")?.value).toBe("6194.06");
    expect(stated.every((f) => f.row === "高中教育")).toBe(true);
  });

  it("the 三公 table's reception counts are counts (批次, 人次), not money, and 金额 is the reception's money", () => {
    const cells = doc.facts.filter((f) => f.table === "09" && f.column.startsWith("决算数 / 公务接待费"));
    expect(cells.map((f) => [f.column, f.value, f.measure])).toEqual([
      ["决算数 / 公务接待费", "4.86", "万元"],
      ["决算数 / 公务接待费 / 批次（个）", "38", "批次"],
      ["决算数 / 公务接待费 / 人次（人）", "296", "人次"],
    ]);
  });

  it("'上年…为0.00万元' and '（2023年度…均为…）' are last year's figures", () => {
    const lastYear = doc.facts.filter((f) => !f.table && f.period === 2023);
    expect(lastYear.some((f) => f.metric === "公务用车购置费" && f.value === "0")).toBe(true);
    expect(lastYear.some((f) => f.value === "38965.47")).toBe(true);
  });

  it("a title-less table of the bodies' staff ('单位：人', 序号 | 单位名称 | 单位性质 | 编制数 | 年末实有人数) is read by body, in 人", () => {
    // 第一部分 三: "2 岱南县第一中学 公益一类事业单位 338 326".
    const school = doc.facts.filter((f) => !!f.table && f.row === "岱南县第一中学" && f.measure === "人");
    expect(school.map((f) => [f.column, f.value])).toEqual([
      ["编制数", "338"],
      ["年末实有人数", "326"],
    ]);
  });

  it("its table of the bodies' spending (公开10表 下属单位支出决算情况表) is table 10, not the 05 its header resembles", () => {
    const school = doc.facts.filter((f) => f.row === "岱南县第一中学" && f.column.startsWith("支出决算数"));
    expect(new Set(school.map((f) => f.table))).toEqual(new Set(["10"]));
  });

  it("its checks fail only on its two planted slips", () => {
    expect(failed).toHaveLength(4);
    expect(failed.every((message) => /高中教育.*6194\.06|11834\.41/.test(message))).toBe(true);
  });
});
