import { describe, expect, it } from "vitest";
import type { Fact } from "../../ingest/schema.js";
import { asksYuan, yuanBeside } from "./amount-in-yuan.js";
import type { Figure } from "./draft.js";

/** A table cell as the index stores it: 万元, with the 元 amount the page prints. */
const cell = (value: string, printed?: string) =>
  ({ value, measure: "万元", ...(printed ? { printed: { value: printed, unit: "元" } } : {}) }) as Fact;

describe("amounts in 元", () => {
  it("reads the question's 元 cues, not 万元 or 亿元", () => {
    expect(asksYuan("商务委单位预算 公务接待费 预算 多少元")).toBe(true);
    expect(asksYuan("单位：元，政府采购是多少")).toBe(true);
    expect(asksYuan("政府采购是多少亿元")).toBe(false);
    expect(asksYuan("按元计算，公务接待费是多少")).toBe(true);
    expect(asksYuan("公务接待费是多少万元")).toBe(false);
  });

  it("restates a 万元 figure in 元 when asked (区委办 公务接待费 0.13万元, 002 line 338)", () => {
    const fig: Figure = { label: "公务接待费", value: "0.13", measure: "万元", facts: [cell("0.13")] };
    expect(yuanBeside(fig, true)).toEqual({
      value: "1300",
      formula: "0.13万元 × 10000 = 1300元",
      measure: "元",
    });
    expect(yuanBeside(fig, false)).toBeUndefined();
  });

  it("states a difference of two 元 cells in 元 (万里街道 基本支出: 2024 p20 99,706,020; 2023 p18 99,406,297)", () => {
    const fig: Figure = {
      label: "基本支出比上年增减",
      value: "29.9723",
      measure: "万元",
      formula: "9970.602 − 9940.6297 = 29.9723",
      facts: [cell("9970.602", "99706020"), cell("9940.6297", "99406297")],
    };
    expect(yuanBeside(fig, false)?.value).toBe("299723");
  });
});
