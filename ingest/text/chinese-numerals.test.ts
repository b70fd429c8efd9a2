import { describe, expect, it } from "vitest";
import { chineseNumeral, numeralValue } from "./chinese-numerals.js";

describe("Chinese numerals of numbered lists", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
  ] as const)("%s ↔ %i", (text, n) => {
    expect(numeralValue(text)).toBe(n);
    expect(chineseNumeral(n)).toBe(text);
  });

  it("is NaN for what is no numeral", () => {
    expect(numeralValue("十十")).toBeNaN();
    expect(numeralValue("甲")).toBeNaN();
  });
});
