import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf12/NOTES.md): 孝感市应急管理局's 2025年部门预算
 * as a PDF printed from a spreadsheet. Read off the rendered pages (`pdftoppm -r 60`):
 * - pages 6–7, 表2 部门收入总表 printed across two pages column-wise: page 6 holds 单位编码 … 财政专户管理资金
 *   ("115004 | 孝感市地震监测中心 | 342.60 | 312.60"), page 7 only 事业收入 … 上年结转 with no names, its rows at
 *   the same heights: the fifth body row prints 其他收入 8.60 and 上年结转 20.40 (115003 孝感市应急救援保障中心),
 *   the sixth 上级补助收入 30.00 (115004), the seventh 事业收入 45.00 (115005 孝感市安全生产宣传教育中心).
 * - pages 8–9, 表3 部门支出总表: page 8 "2240150 | 事业运行 | 590.10 | 486.20 | 70.90" under 合计 and 基本支出
 *   (人员经费 / 公用经费); page 9 repeats 科目名称 before 项目支出 … 对附属单位补助支出: "事业运行 | 33.00".
 */
const path = "./fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "xiaogan",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const rowOf = (table: string, row: string) =>
  Object.fromEntries(
    parsed.facts.filter((f) => f.table === table && f.row === row).map((f) => [f.column, f.value]),
  );

describe("a spreadsheet's wide tables printed across two pages column-wise", () => {
  it("joins a right-hand part that prints only numbers to the rows beside it at the same heights", () => {
    expect(rowOf("02", "孝感市地震监测中心")).toMatchObject({
      合计: "342.60",
      一般公共预算: "312.60",
      上级补助收入: "30.00",
    });
    expect(rowOf("02", "孝感市应急救援保障中心")).toMatchObject({ 其他收入: "8.60", 上年结转: "20.40" });
    expect(rowOf("02", "孝感市安全生产宣传教育中心")).toMatchObject({ 事业收入: "45.00" });
  });

  it("drops the name column a right-hand part repeats, and keeps its header out of the left part's group", () => {
    const row = parsed.facts.filter((f) => f.table === "03" && f.rowCode === "2240150");
    expect(Object.fromEntries(row.map((f) => [f.column, f.value]))).toEqual({
      合计: "590.10",
      "基本支出 / 人员经费": "486.20",
      "基本支出 / 公用经费": "70.90",
      项目支出: "33.00",
    });
    expect(parsed.facts.some((f) => f.table === "03" && f.column.includes("科目名称"))).toBe(false);
  });
});
