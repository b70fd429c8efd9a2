import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { isSubjectCode, parseCell, parseDecimal, squeezeNumber, toHalfWidth } from "./parse-amount.js";

/** The value of a number cell, failing loudly if the cell is not a number. */
function numberOf(raw: string): { value: string; percent: boolean } {
  const cell = parseCell(raw);
  if (cell.kind !== "number")
    throw new Error(`expected a number cell for ${JSON.stringify(raw)}, got ${cell.kind}`);
  return { value: cell.value, percent: cell.percent };
}

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

describe("parseCell：表格金额单元格", () => {
  it("千分位逗号：5,487.18（000 公开01表）", () => {
    expect(numberOf("5,487.18")).toEqual({ value: "5487.18", percent: false });
  });

  it("数字中间夹空格：5, 487. 18（000 公开05表的转换噪声）", () => {
    expect(numberOf("5, 487. 18")).toEqual({ value: "5487.18", percent: false });
    expect(numberOf("4, 723. 85").value).toBe("4723.85");
    expect(numberOf("139. 69").value).toBe("139.69");
  });

  it("尾随全角空格：0.00　与 247.80　（001 逐格一行版式）", () => {
    const zero = numberOf("0.00\u3000");
    expect(zero.value).toMatch(DECIMAL_STRING);
    expect(new Decimal(zero.value).isZero()).toBe(true);
    const amount = numberOf("247.80\u3000");
    expect(amount.value).toMatch(DECIMAL_STRING);
    expect(new Decimal(amount.value).eq("247.80")).toBe(true);
    expect(amount.percent).toBe(false);
  });

  it("前导全角空格：　247.80（001 公开01表“本年支出合计”）", () => {
    const amount = numberOf("\u3000247.80");
    expect(new Decimal(amount.value).eq("247.8")).toBe(true);
  });

  it("制表符与 NBSP 也只是噪声", () => {
    expect(numberOf("\t2,619.09\u00a0").value).toBe("2619.09");
  });

  it("空白不是零：空串、纯空格、纯全角空格都是 empty", () => {
    for (const raw of ["", "   ", "\u3000", "\t"]) {
      const cell = parseCell(raw);
      expect(cell.kind, JSON.stringify(raw)).toBe("empty");
      expect(cell).not.toHaveProperty("value");
    }
  });

  it("“无”“——”“—”“-”是明确的空值，不是零", () => {
    for (const raw of ["无", "——", "—", "-", "--", "…", "......"]) {
      expect(parseCell(raw).kind, raw).toBe("empty");
    }
    expect(parseCell("——")).toEqual({ kind: "empty", raw: "——" });
  });

  it("百分数：96.48%（001 表1 执行率）标记为百分比", () => {
    expect(numberOf("96.48%")).toEqual({ value: "96.48", percent: true });
    expect(numberOf("71%")).toEqual({ value: "71", percent: true });
    expect(numberOf("90.58%")).toEqual({ value: "90.58", percent: true });
  });

  it("负数：-7.65（001 表1 超支（+）/结余（-））", () => {
    expect(numberOf("-7.65")).toEqual({ value: "-7.65", percent: false });
    expect(numberOf("-9.09").value).toBe("-9.09");
    expect(numberOf("+3.5").value).toBe("3.5");
  });

  it("全角数字与标点转半角：５，４８７．１８", () => {
    expect(numberOf("５，４８７．１８").value).toBe("5487.18");
  });

  it("精确十进制：不经过浮点数", () => {
    expect(numberOf("12,345,678,901,234,567.89").value).toBe("12345678901234567.89");
    expect(numberOf("0.1").value).toBe("0.1");
    expect(numberOf("1,234.567").value).toBe("1234.567");
    // 0.1 + 0.2 in floats is 0.30000000000000004; the parsed strings add exactly.
    expect(new Decimal(numberOf("0.1").value).plus(numberOf("0.2").value).toFixed()).toBe("0.3");
  });

  it("文字单元格保持 text：科目名称、行次标题、带单位的说明", () => {
    for (const raw of [
      "一般行政管理事务",
      "合计",
      "人员经费合计",
      "栏次",
      "35 万元",
      "≥95%",
      "5 个工作日、7 天回复",
      "99%以上",
      "12,34a",
    ]) {
      const cell = parseCell(raw);
      expect(cell.kind, raw).toBe("text");
      expect(cell).toEqual({ kind: "text", raw });
    }
  });

  it("空值与文字保留原文 raw，便于引用", () => {
    expect(parseCell("无")).toEqual({ kind: "empty", raw: "无" });
    expect(parseCell(" \u3000")).toEqual({ kind: "empty", raw: " \u3000" });
  });
});

describe("parseDecimal：句中数字", () => {
  it("句中金额", () => {
    expect(parseDecimal("5487.18")).toBe("5487.18");
    expect(parseDecimal("5,487.18")).toBe("5487.18");
    expect(parseDecimal("40")).toBe("40");
    expect(parseDecimal("-326.65")).toBe("-326.65");
  });

  it("不是数字时抛错，而不是返回 0", () => {
    expect(() => parseDecimal("无")).toThrow(/not a number/);
    expect(() => parseDecimal("")).toThrow(/not a number/);
    expect(() => parseDecimal("约五万元")).toThrow(/not a number/);
  });
});

describe("辅助函数", () => {
  it("squeezeNumber 去掉空格、全角空格、NBSP 和千分位", () => {
    expect(squeezeNumber("5, 487. 18\u3000")).toBe("5487.18");
    expect(squeezeNumber("\u00a01,234")).toBe("1234");
  });

  it("toHalfWidth 把全角字符转为半角，全角空格转为空格", () => {
    expect(toHalfWidth("１２３．４５％")).toBe("123.45%");
    expect(toHalfWidth("（款）")).toBe("(款)");
    expect(toHalfWidth("a\u3000b")).toBe("a b");
  });

  it("isSubjectCode：功能分类 3/5/7 位、经济分类 3/5 位", () => {
    for (const code of ["201", "20103", "2010302", "301", "30217", "2210201"])
      expect(isSubjectCode(code), code).toBe(true);
    for (const text of ["2010", "201030", "20103021", "12", "行政运行", "2024年", ""])
      expect(isSubjectCode(text), text).toBe(false);
  });
});
