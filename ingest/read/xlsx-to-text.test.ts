import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./cell-display.js";
import { readDocument } from "./read-document.js";

/** A workbook as a county department's budget tables are laid out (figures made up for the test). */
async function budgetWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const contents = workbook.addWorksheet("目录");
  contents.addRow(["某县农业农村局2025年部门预算公开表"]);
  contents.addRow(["表一 部门收支总表"]);
  const table = workbook.addWorksheet("表一 部门收支总表");
  table.addRow(["部门收支总表"]);
  table.mergeCells("A1:E1");
  table.addRow(["单位名称：某县农业农村局", "", "", "", "单位：万元"]);
  table.addRow(["科目编码", "科目名称", "合计", "内部备注", "基本支出"]);
  table.addRow(["", "", "", "", ""]);
  table.mergeCells("A3:A4");
  table.mergeCells("B3:B4");
  table.mergeCells("C3:C4");
  table.addRow(["213", "农林水支出", { formula: "E6+E7", result: 1234.5 }, "不公开", 0.1 + 0.2]);
  table.addRow([21301, "农业农村", 1234.2, "", null]);
  table.addRow(["注：本表无政府性基金收支。"]);
  table.mergeCells("A7:E7");
  for (const column of ["C", "E"]) table.getColumn(column).numFmt = "#,##0.00;-#,##0.00;";
  table.getColumn("D").hidden = true;
  const hidden = workbook.addWorksheet("底稿");
  hidden.state = "hidden";
  hidden.addRow(["不应读出的底稿 99999"]);
  const narrative = workbook.addWorksheet("情况说明");
  narrative.addRow(["一、部门主要职责"]);
  narrative.addRow([
    "某县农业农村局负责全县农业农村发展规划、农业技术推广、动物防疫和农田建设管理等工作，下设农业技术推广中心、畜牧兽医站2个二级预算单位。",
  ]);
  narrative.mergeCells("A2:H2");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("an Excel workbook: each visible sheet as a reader sees it", async () => {
  const { text } = await readDocument("budget.xlsx", await budgetWorkbook());
  const lines = text.split("\n");

  it("a sheet named when its cells do not name it; a title, then the header and rows as tab-separated cells through their number format", () => {
    expect(lines.slice(0, 9)).toEqual([
      "目录",
      "某县农业农村局2025年部门预算公开表",
      "表一 部门收支总表",
      "部门收支总表",
      "单位名称：某县农业农村局\t\t\t单位：万元",
      "科目编码\t科目名称\t合计\t基本支出",
      "213\t农林水支出\t1,234.50\t0.30",
      "21301\t农业农村\t1,234.20\t",
      "注：本表无政府性基金收支。",
    ]);
  });

  it("leaves out hidden sheets and hidden columns, and gives the narrative's paragraphs as lines", () => {
    expect(text).not.toMatch(/底稿|内部备注|不公开/);
    expect(lines.slice(-2)).toEqual([
      "一、部门主要职责",
      "某县农业农村局负责全县农业农村发展规划、农业技术推广、动物防疫和农田建设管理等工作，下设农业技术推广中心、畜牧兽医站2个二级预算单位。",
    ]);
  });

  it("a file named .xlsx that is no workbook is refused with a clear error", async () => {
    await expect(readDocument("budget.xlsx", Buffer.from("PK not really a zip"))).rejects.toThrow(
      /budget\.xlsx: not a readable Excel workbook/,
    );
  });
});

describe("formatNumber: a number as Excel shows it through its format", () => {
  it.each([
    [1234.5, "#,##0.00", "1,234.50"],
    [0.1 + 0.2, "0.00", "0.30"],
    [1.005, "0.00", "1.01"],
    [-12.3, "#,##0.00;-#,##0.00", "-12.30"],
    [-12.3, "#,##0.00", "-12.30"],
    [0, "#,##0.00;-#,##0.00;", ""],
    [0, '0.00;-0.00;"-"', "-"],
    [0.12345, "0.00%", "12.35%"],
    [2010301, "General", "2010301"],
    [12, "@", "12"],
    [1234567.891, "#,##0.00_ ", "1,234,567.89"],
  ])("%s in %s shows as %s", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});
