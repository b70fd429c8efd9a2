import { describe, expect, it } from "vitest";
import { narrativeFacts } from "./narrative-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md, line 635 (济宁市文化和旅游局 2025年部门预算): "2025年
 * 收入预算合计8318.88万元，其中：本年收入8273.88万元，上年结转结余45.00万元。" Its 表1 prints 本年收入合计
 * 8273.88 and 收入总计 8318.88: the sentence's "收入预算合计" is the whole with the carry-in.
 */
const doc = { docId: "d", unit: "某局", year: 2025, kind: "预算" } as DocContext;
/** The metric and value of the sentence's figure for its whole (the parts' own facts left out). */
const read = (text: string) =>
  narrativeFacts([{ text, lines: [1, 1], section: ["二、收入预算情况"] }], doc)
    .filter((f) => f.value === "8318.88")
    .map((f) => [f.metric, f.value]);

describe("a total said as the year's income whose parts include the carry-in", () => {
  it("is the whole with the carry-in (收支总计), as its parts add up to it", () => {
    expect(read("2025年收入预算合计8318.88万元，其中：本年收入8273.88万元，上年结转结余45.00万元。")).toEqual(
      [["收支总计", "8318.88"]],
    );
  });

  it("stays the year's income when its parts are this year's only, or do not add up", () => {
    expect(
      read("2025年收入预算合计8318.88万元，其中：一般公共预算拨款8273.88万元，事业收入45.00万元。"),
    ).toEqual([["收入合计", "8318.88"]]);
    expect(read("2025年收入预算合计8318.88万元，其中：本年收入8273.88万元，上年结转结余44.00万元。")).toEqual(
      [["收入合计", "8318.88"]],
    );
  });
});
