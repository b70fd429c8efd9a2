import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Two documents written for these tests as Word 97–2003 files (eval/gold/unseen-doc/NOTES.md and
 * unseen-doc2/NOTES.md), read off their pages as LibreOffice renders them (soffice --convert-to pdf,
 * then pdftoppm):
 * - 沱溪县水利局 2024年度部门决算, page 18 (footer 17), 表5 一般公共预算财政拨款收入支出决算表 (carry-overs
 *   beside the year's spending): 合计 本年支出 小计 4970.14, 基本支出 1249.55, 项目支出 3720.59; page 10
 *   (footer 9), "2.青龙湾水库灌区节水配套改造项目绩效自评综述：该项目全年预算数680.00万元，执行数652.40万元，
 *   完成预算的95.94%"; a paragraph of the narrative refers to "上述第14项" (the fourteenth subject listed);
 *   page 5, 收、支总计 "与2023年相比…各减少648.76万元，下降9.44%。主要变动原因是：2023年集中实施的青龙湾水库除险
 *   加固工程已于上年底完工…".
 * - 牡丹江市水务局 2025年部门预算, page 14, "表二 部门收入总体情况表" (a full-width space between) with "单位：万元" in the same paragraph:
 *   2130350 事业运行 合计 1,309.67; page 19, 表五 一般公共预算支出情况表: 2130350 事业运行 1046.27; page 9, after
 *   this year's 三公 budget (公务用车运行维护费 18.60, 公务接待费 3.20): "2024年“三公”经费预算执行数为21.36万元，
 *   其中：公务用车运行维护费18.12万元，公务接待费3.24万元".
 */
const parsed = async (name: string) => {
  const path = `./fixtures/unseen/${name}`;
  const file = fileURLToPath(new URL(path, import.meta.url));
  const read = await readDocument(file, await readFile(file));
  return parseDocument({ docId: name, file: path, hash: "test", text: read.text, sources: read.sources });
};
const county = await parsed("tuoxi-slj-2024-juesuan.doc");
const city = await parsed("mudanjiang-swj-2025-yusuan.doc");

describe("two Word 97–2003 documents", () => {
  it("knows the general budget's table by its title that adds 收入 (the year's carry-overs beside it)", () => {
    const table = county.tables.find((t) => t.title === "一般公共预算财政拨款收入支出决算表");
    expect(table?.number).toBe("05");
    const total = Object.fromEntries(
      county.facts.filter((f) => f.table === "05" && f.row === "合计").map((f) => [f.column, f.value]),
    );
    expect(total).toMatchObject({ "本年支出 / 小计": "4970.14", "本年支出 / 项目支出": "3720.59" });
  });

  it("reads a project's self-evaluation paragraph as the project's budget, spending and rate", () => {
    const own = county.facts.filter(
      (f) => f.rowPath?.[0] === "项目" && f.row === "青龙湾水库灌区节水配套改造",
    );
    const byColumn = Object.fromEntries(own.map((f) => [f.column, [f.value, f.measure]]));
    expect(byColumn).toMatchObject({
      全年预算数: ["680", "万元"],
      决算数: ["652.4", "万元"],
      预算完成率: ["95.94", "%"],
    });
  });

  it("reads a number after 第 as the position in a list, not as a count", () => {
    expect(county.facts.some((f) => f.measure === "项" && f.value === "14")).toBe(false);
  });

  it("finds a table whose title shares its line with the unit", () => {
    const cell = (table: string) =>
      city.facts.find((f) => f.table === table && f.rowCode === "2130350" && /合计/.test(f.column))?.value;
    expect(city.tables.map((t) => t.number)).toEqual(expect.arrayContaining(["02", "03", "04", "06"]));
    expect(cell("02")).toBe("1309.67");
    expect(cell("05")).toBe("1046.27");
  });

  it("reads last year's spending, its year said before the subject, and the parts listed after it, as spent", () => {
    const spent = city.facts.filter((f) => f.basis === "决算" && f.period === 2024 && !f.table);
    const byMetric = Object.fromEntries(spent.map((f) => [f.metric, f.value]));
    expect(byMetric).toMatchObject({ 三公经费: "21.36", 公务用车运行维护费: "18.12", 公务接待费: "3.24" });
    const budgeted = city.facts.filter(
      (f) => f.metric === "公务接待费" && f.basis === "年初预算" && !f.table,
    );
    expect(budgeted.map((f) => f.value)).not.toContain("3.24");
  });

  it("attaches a reason said as 主要变动原因是 to the change it explains", () => {
    const change = county.facts.find((f) => f.metric === "收支总计" && f.column === "比上年增减额");
    expect(change?.value).toBe("-648.76");
    expect(change?.reason).toMatch(/^2023年集中实施的青龙湾水库除险加固工程已于上年底完工/);
  });
});
