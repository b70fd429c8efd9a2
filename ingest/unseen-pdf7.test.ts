import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Final accounts written for these tests (eval/gold/unseen-pdf7/NOTES.md): 临溪市市场监督管理局 2023年度部门决算,
 * a Writer document printed to PDF. Read off the rendered pages (`pdftoppm -r 80`):
 * - page 4 ("- 2 -"): "截至2023年12月31日，本部门编制数、实有人数情况如下表（单位：人）：", then 食品药品检验检测中心
 *   事业 28 26 … 合计 232 216; "消费者权益保护委员会秘书处编制3名，由局机关统筹使用。";
 * - page 13 ("- 11 -", 公开05表, 单位：万元): 合计 年初预算数 9,826.20, 决算数 合计 10,151.60, 完成率（%）103.31;
 *   20138 完成率 103.10 over 项 rates 102.75, 89.50 …;
 * - page 10 (公开03表): 21011 行政事业单位医疗 本年支出合计 356.07 (its parts add to 365.07: a planted slip);
 *   page 23: "人员经费7142.32万元" against 公开06表's 7124.32 (the other planted slip).
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/linxi-scjg-2023-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "linxi-scjg-2023-juesuan",
  file: "ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Zhejiang market regulator's final accounts as a PDF: 临溪市市场监督管理局 2023年度部门决算", () => {
  it("the staff table a sentence introduces is read by body, in 人", () => {
    const row = doc.facts.filter((f) => f.table && f.row === "食品药品检验检测中心");
    expect(row.map((f) => [f.column, f.value, f.measure])).toEqual([
      ["编制数", "28", "人"],
      ["实有人数", "26", "人"],
    ]);
  });

  it("the staff table's 合计 row is the department's 编制数 and 在职人数 (232, 216)", () => {
    const total = doc.facts.filter((f) => f.table && f.row === "合计" && f.measure === "人");
    expect(total.map((f) => [f.metric, f.value])).toEqual([
      ["编制数", "232"],
      ["在职人数", "216"],
    ]);
  });

  it("a 完成率（%） column printed without '%' is in %, and no sum of rates is checked", () => {
    const rate = doc.facts.find((f) => f.table === "05" && f.row === "合计" && f.column.startsWith("完成率"));
    expect([rate?.value, rate?.measure]).toEqual(["103.31", "%"]);
    expect(failed.some((message) => message.includes("完成率"))).toBe(false);
  });

  it("another body's head count ('…秘书处编制3名') is no figure of the department's", () => {
    expect(doc.facts.filter((f) => !f.table && f.metric === "编制数" && f.value === "3")).toEqual([]);
  });

  it("its checks fail only on its two planted slips", () => {
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((message) => /行政事业单位医疗|卫生健康支出|7142\.32|7954\.68/.test(message))).toBe(
      true,
    );
  });
});
