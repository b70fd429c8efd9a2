import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { markdownToText } from "./read/markdown-to-text.js";

/**
 * A disclosure written for these tests by someone who saw only the sample documents, in a format
 * the parser was not built on: 岳阳市云溪区教育局 2023年度部门决算 as a Word document converted to
 * Markdown (pipe tables, a table split across two pieces with its header repeated, the 三公 table in
 * 元, pandoc escapes "1\."). Every identity holds except two planted errors (its writer's notes):
 * - 公开05表 line 272: 20805 行政事业单位养老支出 小计 4215.57, its 项 (lines 273–276) add up to 4215.47, and so
 *   does "208 社会保障和就业支出 4279.67" (line 271) less "20808 抚恤 64.20" (line 277);
 * - line 473: "公务接待费…支出决算为4.36万元", where 公开07表 (line 342, 单位：元) prints 46,300.00.
 * Line 489: "另安排教师培训项目支出86.40万元" is a project's money, not the unit's 项目支出 (5786.84).
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md", import.meta.url));
const doc = parseDocument({
  docId: "yueyang-jiaoyu-2023-juesuan",
  file: "ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md",
  hash: "test",
  text: markdownToText(readFileSync(FILE, "utf8")),
});

describe("an unseen Markdown export: 岳阳市云溪区教育局 2023年度部门决算", () => {
  it("reads the unit, the year and the kind", () => {
    expect(doc.info.unit).toBe("岳阳市云溪区教育局");
    expect(doc.info.year).toBe(2023);
    expect(doc.info.kind).toBe("决算");
  });

  it("recognises all nine standard tables, the 三公 table under its 一般公共预算 title and in 元", () => {
    expect(doc.info.report?.missing ?? []).toEqual([]);
    const sanGong = doc.facts.filter(
      (f) => f.tableTitle?.includes("三公") && f.column.includes("公务接待费"),
    );
    expect(sanGong.map((f) => f.value)).toContain("4.63");
    expect(sanGong.find((f) => f.value === "4.63")?.printed).toEqual({ value: "46300.00", unit: "元" });
  });

  it("reports the two planted errors and nothing else", () => {
    // Rounding, and figures of two bases or funds (公开05表's 一般公共预算 项目支出 5174.44 against the
    // narrative's all-funds 5786.84, line 389), are reported but no error.
    const failed = doc.info.warnings.filter((w) => w.code !== "rounding" && w.code !== "basis_differs");
    expect(failed.map((w) => w.code).sort()).toEqual([
      "misprint",
      "sum_mismatch",
      "sum_mismatch",
      "sum_mismatch",
      "table_vs_text",
      "text_conflict",
    ]);
    expect(
      failed.filter((w) => w.code === "sum_mismatch").every((w) => /4215\.(57|47)/.test(w.message)),
    ).toBe(true);
    // The misprinted subtotal is the one both its items and the class above it put at 4215.47.
    expect(failed.find((w) => w.code === "misprint")?.message).toMatch(/印为4215\.57.*都为4215\.47$/);
    const table = failed.find((w) => w.code === "table_vs_text")!;
    expect(table.message).toContain("公开07表为4.63万元，说明为4.36万元");
  });

  it("a project's money named before 项目支出 is not the unit's 项目支出", () => {
    const stated = doc.facts.filter((f) => !f.table && f.metric === "项目支出").map((f) => f.value);
    expect(stated).not.toContain("86.4");
  });
});
