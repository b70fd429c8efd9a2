import { describe, expect, it } from "vitest";
import { decimalsOf, isRoundingOf, percentOf } from "./money.js";

describe("decimalsOf", () => {
  it("counts the places as printed, trailing zeros included", () => {
    expect(decimalsOf("3.60")).toBe(2);
    expect(decimalsOf("40")).toBe(0);
    expect(decimalsOf("-0.125")).toBe(3);
  });
});

describe("isRoundingOf", () => {
  it("accepts an exact figure rounded half-up to the printed places", () => {
    expect(isRoundingOf("7.2548", "7.25")).toBe(true);
    expect(isRoundingOf("7.255", "7.26")).toBe(true);
    expect(isRoundingOf("19.96", "20.0")).toBe(true);
    expect(isRoundingOf("-3.145", "-3.15")).toBe(true);
  });

  it("rejects another figure, and a printed trailing zero is a place of its own", () => {
    expect(isRoundingOf("7.2548", "7.26")).toBe(false);
    expect(isRoundingOf("12.31", "12.30")).toBe(false);
    expect(isRoundingOf("12.31", "12.3")).toBe(true);
  });
});

describe("percentOf", () => {
  it("rounds half-up and refuses a zero base", () => {
    expect(percentOf("1", "8")?.toFixed(2)).toBe("12.50");
    expect(percentOf("2", "3")?.toFixed(2)).toBe("66.67");
    expect(percentOf("1", "0")).toBeUndefined();
  });
});
