import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests as an Excel workbook (eval/gold/unseen-xlsx/NOTES.md): 安远县农业农村局
 * 2025年部门预算, one sheet per table. Read off the workbook as LibreOffice prints it:
 * - 表一 部门收支总表: 本年收入合计 上年预算数 7,550.01, 本年预算数 8,478.74;
 * - 表五 一般公共预算支出表, its header block repeated part-way down the sheet ("（续表）"): after it
 *   2130153 农田建设 合计 2150.00, 项目支出 2150.00;
 * - 表六 一般公共预算基本支出表 (元): 302 商品和服务支出 合计 2,260,000.00, 公用经费 2,206,000.00;
 * - the 目录 sheet lists the tables as rows (序号 | 表名 | 备注);
 * - its writer's planted slips: that 合计 2,260,000.00 where the parts add up to 2,206,000.00, and the
 *   narrative's 事业运行 932.68 where 表五 prints 923.68.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "anyuan-nyncj-2025-yusuan",
  file: "ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx",
  hash: "test",
  text: read.text,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Jiangxi county budget as an Excel workbook: 安远县农业农村局 2025年部门预算", () => {
  it("the contents sheet's rows are no tables: each standard table is found once, on its own sheet", () => {
    const titles = (doc.info.report?.tables ?? []).map((t) => t.title);
    expect(titles.filter((title) => /一般公共预算支出表$/.test(title))).toEqual(["2025年一般公共预算支出表"]);
  });

  it("a header block repeated part-way down a sheet ('（续表）') carries the same table on", () => {
    const cell = (column: string) =>
      doc.facts.find((f) => f.table === "05" && f.rowCode === "2130153" && f.column === column)?.value;
    expect(cell("合计")).toBe("2150.00");
    expect(cell("项目支出")).toBe("2150.00");
  });

  it("a 上年预算数 column is last year's figure, the 本年预算数 column this year's", () => {
    const income = doc.facts.filter((f) => f.table === "01" && f.row === "本年收入合计");
    expect(income.map((f) => [f.period ?? 2025, f.value])).toEqual([
      [2024, "7550.01"],
      [2025, "8478.74"],
    ]);
  });

  it("finds both planted errors", () => {
    expect(failed.some((message) => /商品和服务支出.*226\b.*220\.6/.test(message))).toBe(true);
    expect(failed.some((message) => /事业运行.*923\.68.*932\.68/.test(message))).toBe(true);
  });
});
