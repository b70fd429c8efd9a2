import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv-cell.js";

/** OWASP "CSV Injection": cells starting with = + - @ tab or CR are prefixed with a single quote. */
describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["@SUM(1)", "'@SUM(1)"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ["-", "'-"],
  ])("%j → %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ["-7.65", "-7.65"],
    ["-9.09", "-9.09"],
    ["5487.18", "5487.18"],
    ["+3", "+3"],
    ["0", "0"],
  ])("a number stays a number: %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("quotes commas, quotes and line breaks; empty for null and undefined", () => {
    expect(csvCell("一般公共服务支出,合计")).toBe('"一般公共服务支出,合计"');
    expect(csvCell('“三公”经费 "A"')).toBe('"“三公”经费 ""A"""');
    expect(csvCell("两行\n文字")).toBe('"两行\n文字"');
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(2024)).toBe("2024");
  });

  it("joins a line", () => {
    expect(csvLine(["001:t1:r1:c2", "@SUM(1)", "-7.65"])).toBe("001:t1:r1:c2,'@SUM(1),-7.65");
  });
});
