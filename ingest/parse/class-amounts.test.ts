import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";

/**
 * data/docs/003 (株洲市人民政府办公室 2024年度预算) line 37 breaks its spending budget down by
 * functional class in prose: "2024年年初部门支出预算5311.92万元，其中，一般公共服务支出4327.7万元，
 * 社会保障和就业支出616.11万元，卫生健康支出203.08万元，住房保障支出165.03万元。"
 */
let docs: Record<DocId, ParsedDocument>;
beforeAll(async () => {
  docs = await parseCorpus();
});

describe("a spending total broken down by class in prose", () => {
  it("each class gets its code, the total's column and basis, and the sentence as source", () => {
    const classes = docs["003"].facts.filter((f) => f.source.lines[0] === 37 && f.rowCode?.length === 3);
    expect(classes.map((f) => [f.rowCode, f.row, f.column, f.value, f.measure, f.basis])).toEqual([
      ["201", "一般公共服务支出", "年初预算数", "4327.7", "万元", "年初预算"],
      ["208", "社会保障和就业支出", "年初预算数", "616.11", "万元", "年初预算"],
      ["210", "卫生健康支出", "年初预算数", "203.08", "万元", "年初预算"],
      ["221", "住房保障支出", "年初预算数", "165.03", "万元", "年初预算"],
    ]);
  });

  it("the classes add up to the total the sentence states", () => {
    const line = docs["003"].facts.filter((f) => f.source.lines[0] === 37);
    const total = line.find((f) => f.metric === "支出合计" && f.column === "年初预算数");
    const sum = line
      .filter((f) => f.rowCode?.length === 3)
      .reduce((s, f) => s + Math.round(Number(f.value) * 100), 0);
    expect(sum).toBe(Math.round(Number(total?.value) * 100));
  });

  it("a class list after a part of spending (财政拨款) is not read as the total's breakdown", () => {
    for (const doc of Object.values(docs))
      for (const f of doc.facts.filter((x) => !x.table && x.rowCode?.length === 3))
        expect(f.source.excerpt, f.id).not.toMatch(/^[^其]*财政拨款支出[^其]*其中/);
  });
});
