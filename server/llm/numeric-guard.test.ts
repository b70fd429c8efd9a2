import { describe, expect, it } from "vitest";
import { checkNumbers, numbersIn } from "./numeric-guard.js";

/**
 * The guard between LLM text and the user. Values are 驻京办's 2024 三公 figures (data/docs/001…,
 * line 1132): 预算 40, 决算 23.3, 完成率 58.25%; 市政府办's 收支总计 5,487.18 (000 line 104).
 */
const VALUES = ["40", "23.3", "58.25", "5487.18", "-16.7"];
const VERIFIED =
  "株洲市人民政府驻北京联络处2024年度“三公”经费支出决算为 **23.30万元**[1]。\n\n**来源**\n\n1. …｜第1132行";

describe("numbersIn", () => {
  it("reads numbers as written, thousands separators removed", () => {
    expect(numbersIn("收支总计5,487.18万元，占100%，2024年")).toEqual(["5487.18", "100", "2024"]);
  });

  it("has none in plain words", () => {
    expect(numbersIn("决算数小于预算数")).toEqual([]);
  });
});

describe("checkNumbers", () => {
  it("accepts the facts' values as printed, with trailing zeros", () => {
    expect(checkNumbers("决算23.30万元，预算40.00万元，完成58.25%。", VALUES, VERIFIED)).toEqual({
      ok: true,
      unsupported: [],
    });
  });

  it.each([
    ["58.3", "58.25 to one decimal"],
    ["58", "58.25 to a whole number"],
    ["23", "23.3 to a whole number"],
    ["5487.2", "5487.18 to one decimal"],
    ["5,487", "5487.18 with a separator, whole"],
  ])("accepts %s (%s)", (written) => {
    expect(checkNumbers(`约${written}`, VALUES, VERIFIED).ok).toBe(true);
  });

  it.each([
    ["59", "rounds 58.25 the wrong way"],
    ["23.4", "not 23.3 at one decimal"],
    ["5490", "not 5487.18 at the printed precision"],
  ])("rejects %s (%s)", (written) => {
    expect(checkNumbers(`约${written}`, VALUES, VERIFIED)).toEqual({
      ok: false,
      unsupported: [written.replace(",", "")],
    });
  });

  it("accepts a 万元 amount restated in 元", () => {
    expect(checkNumbers("决算233000元，预算400000元。", VALUES, VERIFIED).ok).toBe(true);
    expect(checkNumbers("收支总计54,871,800元。", VALUES, VERIFIED).ok).toBe(true);
    // Off by one place is not a conversion.
    expect(checkNumbers("决算2330000元。", VALUES, VERIFIED).unsupported).toEqual(["2330000"]);
  });

  it("accepts the magnitude of a negative value (a decrease written in words)", () => {
    expect(checkNumbers("决算比预算少16.7万元。", VALUES, VERIFIED).ok).toBe(true);
  });

  it("allows years, line numbers and citation markers of the verified text", () => {
    expect(checkNumbers("2024年度决算23.3万元[1]，见第1132行。", VALUES, VERIFIED).ok).toBe(true);
  });

  it("rejects a year or line number the verified text does not have", () => {
    expect(checkNumbers("2025年度决算23.3万元，见第1133行。", VALUES, VERIFIED)).toEqual({
      ok: false,
      unsupported: ["2025", "1133"],
    });
  });

  it("rejects invented figures, each listed once", () => {
    expect(checkNumbers("三公经费约25万元，比上年增长25%，共3辆车。", VALUES, VERIFIED)).toEqual({
      ok: false,
      unsupported: ["25", "3"],
    });
  });

  it("rejects everything numeric when nothing is verified", () => {
    expect(checkNumbers("23.3万元", [], "").ok).toBe(false);
    expect(checkNumbers("没有数字的回答", [], "").ok).toBe(true);
  });
});
