import { describe, expect, it } from "vitest";
import { canonicalPlaces, toCanonicalAmount } from "./amount-unit.js";

describe("toCanonicalAmount：金额一律以万元记，精确换算，保留原印数字", () => {
  it("371514655.00 元（putuo-swh-2025-bumen-yusuan 第9页 收入总计）→ 37151.4655 万元", () => {
    expect(toCanonicalAmount("371514655.00", "元")).toEqual({
      value: "37151.4655",
      measure: "万元",
      printed: { value: "371514655.00", unit: "元" },
    });
  });

  it("分位不丢：96282213.44 元 → 9628.221344 万元；0.01 元 → 0.000001 万元", () => {
    expect(toCanonicalAmount("96282213.44", "元").value).toBe("9628.221344");
    expect(toCanonicalAmount("0.01", "元").value).toBe("0.000001");
    expect(toCanonicalAmount("-760.00", "元").value).toBe("-0.076");
  });

  it("超出浮点精度的大数也精确：12345678901234567.89 元", () => {
    expect(toCanonicalAmount("12345678901234567.89", "元").value).toBe("1234567890123.456789");
  });

  it("千元、亿元同样换算", () => {
    expect(toCanonicalAmount("1234.5", "千元")).toMatchObject({ value: "123.45", measure: "万元" });
    expect(toCanonicalAmount("1.25", "亿元")).toMatchObject({ value: "12500", measure: "万元" });
  });

  it("已是万元的保持印出的写法（247.80 仍是 247.80），不加 printed", () => {
    expect(toCanonicalAmount("247.80", "万元")).toEqual({ value: "247.80", measure: "万元" });
  });

  it("非金额的计量单位原样保留：%、人、辆、分", () => {
    for (const unit of ["%", "人", "辆", "分"])
      expect(toCanonicalAmount("96.48", unit)).toEqual({ value: "96.48", measure: unit });
  });
});

describe("canonicalPlaces：印出的小数位折算到万元", () => {
  it("元两位小数 → 万元六位；千元一位 → 万元两位；万元不变", () => {
    expect(canonicalPlaces(2, "元")).toBe(6);
    expect(canonicalPlaces(1, "千元")).toBe(2);
    expect(canonicalPlaces(2, "万元")).toBe(2);
    expect(canonicalPlaces(2, "%")).toBe(2);
  });
});
