import { describe, expect, it } from "vitest";
import { joinCellBreaks, normalizeLineEnds } from "./cell-breaks.js";

describe("a spreadsheet row whose cell holds a line break", () => {
  // The shape of jiangmen-mzj-2025-yusuan.txt lines 253–254: the row ends in CRLF, the cell's own
  // break is a bare LF inside its quotes.
  const exported =
    '2080501\t行政单位离退休\t312.64\r\n2080505\t"机关事业单位基本养老\n保险缴费支出"\t356.18\r\n2080506\t职业年金\t172.09\r\n';

  it("is one row, and the line it took stays as an empty line (later lines keep their numbers)", () => {
    const lines = normalizeLineEnds(exported).split("\n");
    expect(lines[1]).toBe('2080505\t"机关事业单位基本养老保险缴费支出"\t356.18');
    expect(lines[2]).toBe("");
    expect(lines[3]).toBe("2080506\t职业年金\t172.09");
  });

  it("leaves text without CRLF rows, and prose lines without tabs, as they are", () => {
    expect(joinCellBreaks("第一行\n第二行")).toBe("第一行\n第二行");
    expect(normalizeLineEnds("说明：第一段\r\n第二段\n续行\r\n")).toBe("说明：第一段\n第二段\n续行\n");
  });
});
