import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runChecks } from "./checks/run-checks.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-ofd/NOTES.md): 怀宁县人力资源和社会保障局's
 * 2024年度部门决算 as an OFD file. Read off the package's XML (each TextObject's Boundary, in mm, and
 * its TextCode):
 * - Page_0 (the cover): "编制单位：怀宁县人力资源和社会保障局（汇总）"; OFD.xml's Title is "新建文档".
 * - Page_4, 公开01表 (cells drawn column by column): "2,052.71" in the row 一、一般公共预算财政拨款收入.
 * - Page_8, landscape (PhysicalBox 0 0 297 210), 公开05表's last row at y 187.72: "2080704 | 社会保险补贴 |
 *   160.00 | 142.35 | | 142.35 | 88.97", and "（转下页）" at (35, 190), over the row's code cell; the table
 *   goes on on Page_9 under "公开05表（续）" with its header repeated.
 * - Page_3, a table without rulings after "分单位情况见下表（单位：人）：": "怀宁县技工学校 | 全额拨款事业单位 | 28 | 25
 *   | 11" under 编制数, 实有人数 and 离退休人员.
 * - Page_6, 公开03表: the row 20807 就业补助 prints 项目支出 586.60 where its items add to 568.60 (the
 *   planted slip); Page_16: "社会保险补贴（项）。年初预算为160.00万元，支出决算为124.35万元，完成年初预算的
 *   88.97%" (the planted narrative slip: the table prints 142.35).
 */
const path = "./fixtures/unseen/huaining-rsj-2024-juesuan.ofd";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "huaining",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});

describe("a final account published as an OFD file", () => {
  it("is read as a paged document, its lines traced to their pages", () => {
    expect(read.format).toBe("ofd");
    expect(read.pages).toBe(20);
    expect(read.sources?.length).toBe(read.text.split("\n").length);
  });

  it("names the department as the cover does, without the consolidated edition's （汇总）", () => {
    expect(parsed.info.unit).toBe("怀宁县人力资源和社会保障局");
    expect(parsed.info.year).toBe(2024);
    expect(parsed.info.kind).toBe("决算");
  });

  it("reads a table whose cells were written column by column", () => {
    const income = parsed.facts.find((f) => f.table === "01" && f.row === "一般公共预算财政拨款收入");
    expect(income?.value).toBe("2052.71");
  });

  it("keeps a page's continuation mark out of the last row it was printed over, and joins the table's continuation", () => {
    const row = parsed.facts.filter((f) => f.table === "05" && f.rowCode === "2080704");
    expect(row.map((f) => [f.row, f.value])).toEqual(
      expect.arrayContaining([
        ["社会保险补贴", "160.00"],
        ["社会保险补贴", "142.35"],
        ["社会保险补贴", "88.97"],
      ]),
    );
    expect(read.text).not.toContain("转下页");
    const continued = parsed.facts.find((f) => f.table === "05" && f.rowCode === "2080705");
    expect(continued?.source.page).toBe(10);
  });

  it("reads the bodies' staff table a sentence introduces with its unit (见下表（单位：人）)", () => {
    const school = parsed.facts.filter((f) => f.row === "怀宁县技工学校" && f.measure === "人");
    expect(school.map((f) => [f.column, f.value])).toEqual([
      ["编制数", "28"],
      ["实有人数", "25"],
      ["离退休人员", "11"],
    ]);
  });

  it("finds both planted slips: the misprinted 项目支出 and the narrative figure the table contradicts", () => {
    const misprints = parsed.info.warnings.filter((w) => w.code === "misprint").map((w) => w.message);
    expect(misprints).toEqual([expect.stringMatching(/就业补助.*586\.60.*568\.6/)]);
    const conflicts = runChecks(parsed.facts, parsed.tables).map((warning) => warning.message);
    expect(conflicts).toContainEqual(expect.stringMatching(/社会保险补贴.*142\.35.*124\.35/));
  });
});
