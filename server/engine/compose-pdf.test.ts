import { describe, expect, it } from "vitest";
import { Fact } from "../../ingest/schema.js";
import { compose } from "./compose.js";
import { DraftBuilder } from "./draft.js";
import { QueryPlan } from "./plan-schema.js";

/**
 * Answers citing PDF facts: the page, the table's own title (上海 tables print no 公开NN表 label) and,
 * for a table printed in 元, the figure as printed beside the canonical 万元.
 * Fixture: putuo-sfj-2026-bumen-yusuan.pdf page 13, 2026年部门支出预算总表 (单位：元), row 合计:
 * 96282213.44 | 25741666.44 | 70540547.00 (read off the rendered page, pdftoppm -r 110 -f 13).
 */
const basic = Fact.parse({
  id: "putuo-sfj-2026-bumen-yusuan:t03:r40:c2",
  docId: "putuo-sfj-2026-bumen-yusuan",
  unit: "上海市普陀区司法局",
  year: 2026,
  kind: "预算",
  table: "03",
  tableTitle: "2026年部门支出预算总表",
  template: "budget-expense",
  row: "合计",
  column: "支出预算 / 基本支出",
  value: "2574.166644",
  measure: "万元",
  printed: { value: "25741666.44", unit: "元" },
  basis: "预算",
  source: {
    section: ["五、部门预算表"],
    lines: [120, 120],
    excerpt: "2026年部门支出预算总表｜合计｜支出预算 / 基本支出：25741666.44",
    page: 13,
    box: [845.5, 418.1, 1009.2, 432.6],
  },
});
// The same document's 三公 table is printed in 万元 (p21): no second figure.
const threePublic = Fact.parse({
  ...basic,
  id: "putuo-sfj-2026-bumen-yusuan:t09:r0:c0",
  table: "09",
  tableTitle: "2026年部门“三公”经费和机关运行经费预算表",
  row: "“三公”经费",
  column: "“三公”经费预算数 / 合计",
  value: "10.81",
  printed: undefined,
  source: { ...basic.source, page: 21, excerpt: "…“三公”经费预算数 / 合计：10.81" },
});

function answerOf(...facts: Fact[]) {
  const b = new DraftBuilder();
  b.d.headline = facts.flatMap((f, i) => [i ? "；" : "", b.fact(f)]);
  const plan = QueryPlan.parse({
    units: ["上海市普陀区司法局"],
    years: [2026],
    metrics: [{ type: "metric", key: "基本支出" }],
    operation: "value",
  });
  return compose(b.build(), plan);
}

describe("compose: PDF facts", () => {
  it("shows the figure a 元 table printed beside the canonical 万元, grouping removed", () => {
    const r = answerOf(basic);
    expect(r.answer).toContain("**2574.17万元**[1]（表中列为25741666.44元）");
    // The printed figure is an answer fact too, so every amount in the text is grounded.
    expect(r.facts.map((f) => [f.value, f.measure])).toEqual([
      ["2574.166644", "万元"],
      ["25741666.44", "元"],
    ]);
  });

  it("prints no second figure for a table printed in 万元, nor for a computed figure", () => {
    expect(answerOf(threePublic).answer).not.toContain("表中列为");
  });

  it("cites a PDF fact by page and by the table's own title, with no invented 公开NN表 label", () => {
    const r = answerOf(basic, threePublic);
    const sources = r.answer.split("**来源**")[1];
    expect(sources).toContain(
      "1. 上海市普陀区司法局 2026年度预算｜2026年部门支出预算总表｜合计｜支出预算 / 基本支出｜第13页",
    );
    expect(sources).toContain("2026年部门“三公”经费和机关运行经费预算表｜“三公”经费｜");
    expect(sources).not.toMatch(/公开\d\d表|第\d+行/);
    expect(r.citations[0]).toMatchObject({ page: 13, table: "03" });
  });
});
