import { describe, expect, it } from "vitest";
import type { Fact } from "../schema.js";
import { statedChanges } from "./text-checks.js";

/**
 * putuo-sfj-2026-bumen-yusuan as rendered (pdftoppm -r 80): p8 "行政运行（01项）… 2025年当年预算执行数为
 * 1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%"; p9 "其他司法支出（99项）… 2025年当年
 * 预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%"; the 单位 edition p7
 * "其他行政事业单位养老支出（99项）… 执行数为0.50万元，2026年预算安排0.62万元，…增加22.22%". The facts are
 * as the narrative reader makes them: one sentence, one subject, last year's 执行数 with its period.
 */
function sentence(code: string, line: number, previous: string, current: string, rate: string): Fact[] {
  const base = {
    docId: "sfj",
    unit: "某区司法局",
    year: 2026,
    kind: "预算" as const,
    row: code,
    rowCode: code,
    source: {
      section: ["四、部门预算编制说明"],
      lines: [line, line] as [number, number],
      excerpt: `${code}句`,
    },
  };
  return [
    { ...base, id: `${code}:p`, column: "决算数", value: previous, measure: "万元", period: 2025 },
    { ...base, id: `${code}:c`, column: "年初预算数", value: current, measure: "万元", basis: "年初预算" },
    { ...base, id: `${code}:r`, column: "比上年增减率", value: rate, measure: "%" },
  ];
}

describe("a stated change on last year against the two figures beside it", () => {
  it("holds when (this year − last year) ÷ last year gives the stated rate", () => {
    // (1672.67 − 1690.69) ÷ 1690.69 = −1.066% ≈ −1.07%
    const [outcome] = statedChanges(sentence("2040601", 40, "1690.69", "1672.67", "-1.07"));
    expect(outcome).toMatchObject({ kind: "stated_change", holds: true });
  });

  it("fails, naming the three numbers, when they do not (a misprinted 执行数)", () => {
    // (3845.49 − 43269.3) ÷ 43269.3 = −91.11%, stated +17.62%
    const [outcome] = statedChanges(sentence("2040699", 55, "43269.3", "3845.49", "17.62"));
    expect(outcome.holds).toBe(false);
    expect(outcome.warning?.message).toContain("(3845.49 − 43269.3) ÷ 43269.3 = -91.11%");
  });

  it("allows what rounding the printed amounts moves the rate by", () => {
    // (0.62 − 0.5) ÷ 0.5 = 24%, stated 22.22%: amounts printed to 0.01 can move it by ±2.24 points.
    const [outcome] = statedChanges(sentence("2080599", 60, "0.5", "0.62", "22.22"));
    expect(outcome.holds).toBe(true);
  });
});
