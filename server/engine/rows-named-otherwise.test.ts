import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts } from "./answer-expect.js";

/**
 * Rows a question names otherwise than the table that holds the figure: by name and code together,
 * by the economic row where the narrative compares the functional one, by the everyday name of a
 * total, by class where only prose breaks the total down. Expected figures are read from data/docs
 * at the lines given.
 */
const { ask } = useSampleEngine();
const headline = (answer: string) => answer.split("\n")[0];

describe("a row named with its code", () => {
  // 002 line 386, under "党委办公厅（室）及相关机构事务（款）行政运行（项）": 年初预算 368.29, 决算 322.85,
  // 87.7%; the other 行政运行 (2012601) is another row.
  it("行政运行（2013101） is that code's row, and its 款 named in the question is no doubt", async () => {
    const r = await ask("天元区委办党委办公厅的行政运行（2013101）预算多少、实际花了多少");
    expect(headline(r.answer)).toContain("2013101");
    expectFacts(r, "368.29万元 322.85万元");
    expect(r.answer).not.toContain("2012601");
    expectCited(r, DOC.tianyuanFinal, 386);
  });
});

describe("the same expense in the other classification", () => {
  // 002 line 410 (机关事业单位职业年金缴费支出, 2080506): 年初预算 53.13, 决算 11.98, 22.5%; the tables
  // print 职业年金缴费 (30109) 11.98 with no budget beside it (line 266).
  it("an economic row without a budget is compared through its functional row, with a note", async () => {
    const r = await ask("天元区委办的职业年金缴费，年初预算和实际支出分别是多少");
    expectFacts(r, "53.13万元 11.98万元");
    expect(r.answer).toContain("2080506");
    expect(r.answer).toContain("按同一支出的另一分类科目");
    expectCited(r, DOC.tianyuanFinal, 410);
  });
});

describe("a total by class", () => {
  // 003 line 37: 支出预算5311.92万元，其中一般公共服务支出4327.7万元，社会保障和就业支出616.11万元，
  // 卫生健康支出203.08万元，住房保障支出165.03万元.
  it("a spending budget by class, stated only in prose", async () => {
    const r = await ask("市政府办2024年支出预算按功能分类是多少");
    expectFacts(r, "4327.70万元 616.11万元 203.08万元 165.03万元");
    expectCited(r, DOC.cityBudget, 37);
  });
});

describe("a total compared through the total of the same amount", () => {
  // 002 line 374: "2024 年度财政拨款支出年初预算数为 863.40 万元，支出决算数为 840.70 万元，完成年初预算的 97.4%";
  // every yuan the unit spent was an appropriation (支出合计 840.70, line 173). Table 04's column
  // "支出 / 一般公共预算财政拨款" (line 217) names a fund: an actual, never a budget.
  it("支出 against 年初预算 uses the appropriation's stated budget, with a note", async () => {
    const r = await ask("区委办2024年支出决算比年初预算少了百分之几");
    expect(r.status).toBe("answered");
    expectFacts(r, "863.40万元 840.70万元");
    expect(r.answer).toContain("97.40%");
    expect(r.answer).toContain("按财政拨款支出比较");
    expect(r.answer).not.toContain("完成决算");
  });
});
