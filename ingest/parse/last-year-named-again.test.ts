import { describe, expect, it } from "vitest";
import { narrativeFacts } from "./narrative-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * ../fixtures/unseen/jining-wenlvju-2025-yusuan.md, line 631 (济宁市文化和旅游局 2025年部门预算): "2025年收支总
 * 预算8318.88万元，比上年收支总预算8298.22万元增加20.66万元，增长0.25%。"
 */
const doc = { docId: "d", unit: "某局", year: 2025, kind: "预算" } as DocContext;
const read = (text: string) =>
  narrativeFacts([{ text, lines: [1, 1], section: ["一、收支预算总体情况"] }], doc).map((f) => [
    f.metric,
    f.column,
    f.value,
    f.period ?? null,
  ]);

describe("a total named again after '比上年'", () => {
  it("is last year's figure, the total said as 收支总预算", () => {
    expect(
      read("2025年收支总预算8318.88万元，比上年收支总预算8298.22万元增加20.66万元，增长0.25%。"),
    ).toEqual([
      ["收支总计", "年初预算数", "8318.88", null],
      ["收支总计", "年初预算数", "8298.22", 2024],
      ["收支总计", "比上年增减额", "20.66", null],
      ["收支总计", "比上年增减率", "0.25", null],
    ]);
  });
});
