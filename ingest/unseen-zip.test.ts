import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests as a county portal publishes it for download
 * (eval/gold/unseen-zip/NOTES.md): 宾川县民政局 2025年部门预算, one .zip holding a folder with
 * "1.…部门预算说明.docx", "2.…部门预算公开表.xls" (one sheet per table) and "3.…项目支出绩效目标表.xls",
 * their names stored in GBK without the UTF-8 flag. Read off the pages LibreOffice renders of the
 * members (`soffice --convert-to pdf`, `pdftoppm`):
 * - workbook page 4, 表3 部门支出预算表 (万元): "20819 最低生活保障 661.00 | | 616.00" (planted slip: its two
 *   项 print 96.00 and 520.00), "2081902 农村最低生活保障金支出 520.00";
 * - workbook page 7, 表5 (万元): "2081002 老年福利 268.50", then "（续表）" and the header again before
 *   "20819 最低生活保障 616.00";
 * - workbook page 9, 表6 in 元: "30201 办公费 86,000.00", "30231 公务用车运行维护费 85,000.00";
 * - narrative page "— 6 —": "11.老年福利（2081002）286.50万元" (planted slip against 表5's 268.50);
 *   page "— 8 —": "2025年“三公”经费预算11.70万元，比2024年预算13.40万元减少1.70万元…。2024年“三公”经费
 *   预算13.40万元，全年实际支出11.98万元。"; page "— 9 —": "（三）公务接待费3.20万元，…。其中：基本支出安排2.40万元，
 *   项目支出安排0.80万元。" (the fee's own split, not the bureau's 基本支出 and 项目支出).
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/binchuan-mzj-2025-yusuan.zip", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "binchuan-mzj-2025-yusuan",
  file: "ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip",
  hash: "test",
  text: read.text,
  readWarnings: read.warnings,
});
const cell = (table: string, row: string, column: string) =>
  doc.facts.find((f) => f.table === table && f.row === row && f.column === column);

describe("an unseen Yunnan county bureau's budget published as a .zip: 宾川县民政局 2025年部门预算", () => {
  it("reads every member, the narrative first, as one document of the bureau", () => {
    expect(read.format).toBe("zip");
    expect(read.warnings).toBeUndefined();
    const lines = read.text.split("\n");
    const narrative = lines.findIndex((line) => line.includes("老年福利（2081002）"));
    const table3 = lines.findIndex((line) => line.includes("部门支出预算表"));
    expect(narrative).toBeGreaterThan(0);
    expect(table3).toBeGreaterThan(narrative);
    expect([doc.info.unit, doc.info.year, doc.info.kind]).toEqual(["宾川县民政局", 2025, "预算"]);
  });

  it("reads each sheet's cells, the 元 sheet in 万元, and a table carried on after its header again", () => {
    expect(cell("03", "农村最低生活保障金支出", "合计")?.value).toBe("520.00");
    expect(cell("05", "老年福利", "合计")?.value).toBe("268.50");
    expect(cell("05", "最低生活保障", "合计")?.value).toBe("616.00");
    const office = cell("06", "办公费", "一般公共预算基本支出 / 合计");
    expect([office?.value, office?.measure]).toEqual(["8.6", "万元"]);
    expect(cell("06", "公务用车运行维护费", "一般公共预算基本支出 / 合计")?.value).toBe("8.5");
  });

  it("finds both planted slips: a 款 misprinted in 表3 and a narrative figure off its table", () => {
    const misprint = doc.info.warnings.find((w) => w.code === "misprint");
    expect(misprint?.message).toMatch(/最低生活保障.*661\.00.*616/);
    const narrative = doc.info.warnings.find(
      (w) => w.code === "table_vs_text" && w.message.includes("老年福利"),
    );
    expect(narrative?.message).toMatch(/268\.50万元.*286\.5万元/);
  });

  it("reads a fee's own split by kind of spending as no total of the bureau's, and fails only the planted checks", () => {
    const kinds = doc.facts.filter((f) => !f.table && ["基本支出", "项目支出"].includes(f.row));
    expect(kinds.map((f) => f.value)).not.toContain("2.4");
    expect(kinds.map((f) => f.value)).not.toContain("0.8");
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    expect(failed.filter((message) => !/最低生活保障|社会保障和就业支出|老年福利/.test(message))).toEqual([]);
  });

  it("reads last year's 三公 budget and what was spent of it as that year's, not this year's", () => {
    const threePublic = doc.facts.filter((f) => !f.table && f.row === "三公经费");
    const of = (value: string) => threePublic.filter((f) => f.value === value);
    expect(of("11.7").map((f) => [f.column, f.period])).toEqual([["年初预算数", undefined]]);
    expect(of("13.4").every((f) => f.period === 2024)).toBe(true);
    expect(of("11.98").map((f) => [f.column, f.period])).toEqual([["决算数", 2024]]);
  });
});
