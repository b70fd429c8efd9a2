import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A final account written for these tests and printed to PDF by Chromium (eval/gold/unseen-pdf3/NOTES.md):
 * 北京市房山区应急管理局 2024年度部门决算, the tables on landscape pages in 元 with thousands separators,
 * each labelled in its top-right corner (表01–表09), the narrative in 万元. Read off the rendered pages:
 * - page 13, 表06: 302 商品和服务支出 4,316,825.19 where its items add up to 4,361,825.19 — its writer's
 *   planted slip; page 19: "公务接待费…支出决算为2.61万元" where 表09 (page 15) prints 21,646.00 — the other;
 * - page 16: "与2023年度一般公共预算财政拨款支出8965.37万元相比，减少1525.46万元，下降17.02%";
 * - page 17: "社会保障和就业支出（类）。年初预算为555.70万元，支出决算为572.20万元，完成年初预算的102.97%";
 * - page 21: "一般公共预算财政拨款基本支出中会议费支出1.85万元";
 * - page 10, 表04: "支  出" spaced over 合计 and 其中 (一般公共预算财政拨款 / 政府性基金预算财政拨款 / …);
 *   本年支出合计 75,250,404.16, 74,399,144.16, 851,260.00.
 */
const FILE = fileURLToPath(
  new URL("./fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf", import.meta.url),
);
const read = await readDocument(FILE);
const doc = parseDocument({
  docId: "beijing-fangshan-yjj-2024-juesuan",
  file: "ingest/fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf",
  hash: "test",
  text: read.text,
  ...(read.sources ? { sources: read.sources } : {}),
});
const said = (row: string, column: string) =>
  doc.facts.filter((f) => !f.table && f.row === row && f.column === column);

describe("an unseen Beijing final account printed to PDF: 北京市房山区应急管理局 2024年度部门决算", () => {
  it("keeps each table's label printed in the page's corner, though every table page has one there", () => {
    const placed = doc.tables.filter((t) => t.template).map((t) => [t.number, t.label]);
    expect(placed).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((n) => [n, `表${n}`]));
  });

  it("finds exactly its two planted errors", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    const planted = (message: string) => /商品和服务支出|公用经费合计/.test(message) || /2\.61/.test(message);
    expect(failed.filter((f) => !planted(f.message)).map((f) => f.message)).toEqual([]);
    expect(failed.some((f) => f.kind === "table_text" && /公务接待费.*2\.61/.test(f.message))).toBe(true);
    expect(failed.some((f) => /436\.182519/.test(f.message))).toBe(true);
  });

  it("a figure compared with a named year ('与2023年度…X万元相比') is that year's, and the change after it is on last year", () => {
    const previous = said("财政拨款支出", "决算数").filter((f) => f.value === "8965.37");
    expect(previous.map((f) => f.period)).toEqual([2023]);
    expect(said("财政拨款支出", "比上年增减额").map((f) => f.value)).toContain("-1525.46");
    expect(said("财政拨款支出", "比上年增减率").map((f) => f.value)).toContain("-17.02");
  });

  it("a class named alone ('<类>（类）。年初预算为…') is the subject of its sentence", () => {
    // (The class list of page 16 states it too, "572.20万元": one figure.)
    expect(new Set(said("社会保障和就业支出", "决算数").map((f) => Number(f.value)))).toEqual(
      new Set([572.2]),
    );
    expect(said("财政拨款支出", "决算数").map((f) => f.value)).not.toContain("572.2");
  });

  it("a figure named inside another ('基本支出中会议费支出') is the part's", () => {
    expect(doc.facts.filter((f) => !f.table && f.metric === "基本支出").map((f) => f.value)).not.toContain(
      "1.85",
    );
    expect(doc.facts.filter((f) => !f.table && f.metric === "会议费").map((f) => f.value)).toContain("1.85");
  });

  it("a group title spaced out over a wide table ('支  出') is one title over all its columns", () => {
    const cells = doc.facts.filter((f) => f.table === "04" && f.row === "本年支出合计");
    expect(cells.map((f) => [f.column, f.value])).toEqual([
      ["支出 / 合计", "7525.040416"],
      ["支出 / 其中 / 一般公共预算财政拨款", "7439.914416"],
      ["支出 / 其中 / 政府性基金预算财政拨款", "85.126"],
    ]);
  });
});
