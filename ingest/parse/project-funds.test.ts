import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";

/**
 * A 项目支出绩效自评表 names its project in the header and states the money on its 年度资金总额
 * row: data/docs/002 附件7-3, lines 803–811 (“党政专用通信二级网建设”项目: 年初预算数 0,
 * 全年预算数 106.08, 全年执行数 79.55, 执行率 74.00%).
 */
let docs: Record<DocId, ParsedDocument>;
beforeAll(async () => {
  docs = await parseCorpus();
});

describe("a project's funds from its self-evaluation form", () => {
  it("the funds row becomes the project's own budget, spending and rate (quotes and 项目 dropped)", () => {
    const own = docs["002"].facts.filter(
      (f) => f.rowPath?.join("/") === "项目/党政专用通信二级网建设" && f.table && f.source.lines[0] === 809,
    );
    expect(own.map((f) => [f.column, f.value, f.measure, f.basis ?? ""])).toEqual([
      ["年初预算数", "0", "万元", "年初预算"],
      ["全年预算数", "106.08", "万元", "全年预算"],
      ["全年执行数", "79.55", "万元", "决算"],
      ["执行率", "74.00", "%", ""],
    ]);
  });

  // Lines 1173–1180 (“年鉴编纂”): the funds row's label is printed over two cells ("年度资金总额\t\t18\t28
  // \t28\t10\t100.00%\t10.00"), one more than the header row; its amounts still sit under their columns.
  it("a funds row one cell wider than its header is read aligned", () => {
    const own = docs["002"].facts.filter(
      (f) => f.rowPath?.join("/") === "项目/年鉴编纂" && f.table && f.source.lines[0] === 1180,
    );
    expect(own.map((f) => [f.column, f.value])).toEqual([
      ["年初预算数", "18"],
      ["全年预算数", "28"],
      ["全年执行数", "28"],
      ["执行率", "100.00"],
    ]);
  });

  it("scores and the per-source rows stay the form's own", () => {
    const own = docs["002"].facts.filter((f) => f.rowPath?.[0] === "项目" && f.table);
    expect(own.some((f) => /分值|得分/.test(f.column))).toBe(false);
  });
});
