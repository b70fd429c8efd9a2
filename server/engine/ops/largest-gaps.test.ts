import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * 002 lines 384–410 (年初预算 / 支出决算 of each 项): 行政运行 368.29 / 322.85 (退休人员职业年金支出减少);
 * 一般行政管理事务 20 / 93.49 (党政二级网建设、因公出国、机关干部进小区等项目支出增加); 职业年金缴费
 * 53.13 / 11.98. By hand: 93.49 − 20 = 73.49; 368.29 − 322.85 = 45.44; 53.13 − 11.98 = 41.15.
 */
const { ask } = useSampleEngine();

describe("the rows whose actual is furthest from their budget", () => {
  it("ranks the unit's rows by the gap, either way, with formulas and reasons", async () => {
    const r = await ask("区委办2024年哪几个科目的预算跟决算差得最多？");
    expect(r.status).toBe("answered");
    const answer = r.answer;
    expect(answer).toContain("93.49 − 20 = 73.49");
    expect(answer).toContain("368.29 − 322.85 = 45.44");
    expect(answer).toContain("53.13 − 11.98 = 41.15");
    expect(answer.indexOf("73.49")).toBeLessThan(answer.indexOf("45.44"));
    expect(answer).toContain("党政二级网建设");
    expectGrounded(r);
  });

  it("a draft asked of the largest gaps lists the rows with their reasons", async () => {
    const r = await ask("帮我拟一段文字，说明区委办2024年哪几项决算跟年初预算出入最大，原因也写上");
    expect(r.plan.operation).toBe("explain_variance");
    expect(r.answer).toContain("93.49 − 20 = 73.49");
    expect(r.answer).toContain("退休人员职业年金支出减少");
    expectGrounded(r);
  });

  // 002 line 390: "…支出决算为93.49万元，完成年初预算的467.5%".
  it("'超了最多的科目' is the rows over budget, with the rate the document states", async () => {
    const r = await ask("区委办2024年哪个科目决算比预算超了最多");
    expect(r.answer.split("\n")[2]).toContain("一般行政管理事务");
    expect(r.answer).toContain("93.49 − 20 = 73.49");
    expectFacts(r, "467.5%");
    expectGrounded(r);
  });

  it("over the budget only, when that is asked", async () => {
    const r = await ask("区委办2024年超预算最多的是哪一项");
    expect(r.answer).toContain("93.49 − 20 = 73.49");
    expect(r.answer).not.toContain("45.44");
  });

  it("is no comparison of the totals", async () => {
    const r = await ask("区委办2024年差距最大的科目是哪个，预算和决算");
    expect(r.answer).not.toContain("863.4 − 840.7");
  });

  it("a ranking by the amount itself, or of several units, is no gap list", async () => {
    const own = await ask("区委办2024年哪个科目支出最多");
    expect(own.answer).not.toContain("按差额排序");
    const units = await ask("2024年哪家单位预算最多");
    expect(units.answer).not.toContain("按差额排序");
    expect(units.plan.metrics.length).toBeGreaterThan(0);
  });
});

/**
 * 000 lines 398–466 (each 项's 年初预算 / 支出决算): the nine with a budget above zero complete 107.68, 81.83
 * (一般行政管理事务 683 / 558.89, line 402), 100.00, 105.21, 102.17, 87.42 (公务员医疗补助 47.15 / 41.22,
 * line 442), 107.96 and 109.93 %, by hand.
 */
describe("the rows by their completion rate", () => {
  it("'完成率最低' ranks the rows with a budget by actual over budget, lowest first", async () => {
    const r = await ask("株洲市政府办24年决算里哪个科目的预算完成率最低？");
    const answer = r.answer;
    expect(answer).toContain("558.89 ÷ 683 = 81.83%");
    expect(answer).toContain("41.22 ÷ 47.15 = 87.42%");
    expect(answer.indexOf("81.83%")).toBeLessThan(answer.indexOf("87.42%"));
    expect(answer).not.toContain("467");
    expectGrounded(r);
  });
});
