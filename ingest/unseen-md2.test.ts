import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests as pandoc converts a Word document to Markdown
 * (eval/gold/unseen-md2/NOTES.md): 济宁市文化和旅游局 2025年部门预算 in 山东's order, tables as grid tables
 * with cells wrapped over lines and header cells spanning columns, headings with pandoc's attributes.
 * Read off the file:
 * - line 469, 表6: 302 商品和服务支出 合计 457.12, where its items and its 公用经费 cell give 475.12 — its
 *   writer's planted slip; line 669: "图书馆（项）：2025年预算数为1178.18万元", where 表5 prints 1187.18 — the other;
 * - lines 392–409: 表5 breaks inside 款 20805 (2080501, 2080502 before "续表5", 2080505… after, its header repeated);
 * - line 635: "2025年收入预算合计8318.88万元，其中：本年收入8273.88万元，上年结转结余45.00万元".
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/jining-wenlvju-2025-yusuan.md", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "jining-wenlvju-2025-yusuan",
  file: "ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md",
  hash: "test",
  text: read.text,
});

describe("an unseen Shandong budget converted to Markdown by pandoc: 济宁市文化和旅游局 2025年部门预算", () => {
  it("places its nine standard tables by their captions, each with its label", () => {
    const placed = doc.tables.filter((t) => t.template).map((t) => t.label);
    expect(placed).toEqual(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"]);
  });

  it("reads 表5 whole across '续表5' (its 款 20805 adds up to its 项 on both sides of the break)", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    expect(failed.filter((f) => /20805|表5「合计」/.test(f.message))).toEqual([]);
    const items = doc.facts.filter((f) => f.table === "05" && /^208050[1256]$/.test(f.rowCode ?? ""));
    expect(new Set(items.map((f) => f.rowCode))).toEqual(
      new Set(["2080501", "2080502", "2080505", "2080506"]),
    );
  });

  it("finds its two planted errors, and no other (the narrative's 收入预算合计 with the carry-over is the table's 收入总计)", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    const planted = (message: string) => /457\.12/.test(message) || /1178\.18/.test(message);
    expect(failed.some((f) => /457\.12.*475\.12/.test(f.message))).toBe(true);
    expect(failed.some((f) => f.kind === "table_text" && /1187\.18.*1178\.18/.test(f.message))).toBe(true);
    expect(failed.filter((f) => !planted(f.message)).map((f) => f.message)).toEqual([]);
  });

  it("reads a wrapped 科目名称 as one name", () => {
    expect(doc.facts.some((f) => f.table === "05" && f.row === "文化旅游体育与传媒支出")).toBe(true);
  });

  it("lists each project under the body its 单位名称 column names once for several rows (表10, lines 579–620)", () => {
    const projects = doc.facts.filter((f) => f.body === "济宁市文物保护中心" && f.column === "合计");
    expect(projects.map((f) => [f.row, f.value])).toEqual([
      ["大运河（济宁段）文物保护与考古调查", "420.00"],
      ["馆藏及不可移动文物数字化保护", "148.50"],
      ["重点文物保护单位安全巡查", "68.00"],
    ]);
    // The total row belongs to no body.
    expect(doc.facts.some((f) => f.table === "a9" && f.value === "3341.90" && f.body)).toBe(false);
  });

  it("knows the bodies the bureau runs from the brackets after each kind's count (line 62)", () => {
    const children = doc.info.relations.map((relation) => relation.child);
    expect(children).toEqual(
      expect.arrayContaining(["济宁市文化市场综合执法支队", "济宁市图书馆", "济宁市文物保护中心"]),
    );
  });
});
