import { describe, expect, it } from "vitest";
import { BEIJING, CITY, DOC, TIANYUAN } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";
import { CONFIDENCE_FLOOR } from "./read-subject.js";

/**
 * Questions in everyday words, resolved against the index's own vocabulary (the sample corpus in
 * data/docs). Expected figures are read off the documents: 002 table 06 line 265 (30108
 * 机关事业单位基本养老保险缴 51.28) and line 267 (30110 职工基本医疗保险缴费 20.08); 001 table 06
 * lines 731–739 (30214 租赁费 0.00 in the row that starts at 731); 000 table 06 lines 282–283 (水费 54.50, 电费 136.50);
 * 002 project 档案保护及数字化建设 14万元 (line 632 ff.); 001 line 1132 (三公 23.3).
 */
const { ask } = useSampleEngine();

describe("everyday words for the documents' rows", () => {
  it("养老保险 → 30108 机关事业单位基本养老保险缴费 of table 06", async () => {
    const r = await ask("区委办交了多少养老保险");
    expect(r.status).toBe("answered");
    expect(r.plan.units).toEqual([TIANYUAN]);
    expect(r.plan.metrics).toEqual([
      { type: "subject", code: "30108", name: "机关事业单位基本养老保险缴费" },
    ]);
    expectFacts(r, "51.28万元");
    expectCited(r, DOC.tianyuanFinal, 265, "06");
    expect(r.answer).toContain("“养老保险”按“机关事业单位基本养老保险缴费（30108）”理解");
    expectGrounded(r);
  });

  it("房租 → 租赁费, with the note that table 06 lists basic spending only", async () => {
    const r = await ask("市政府办房租一年多少");
    expect(r.status).toBe("answered");
    // 000 line 290: "30199 其他工资福利支出 0.00 | 30214 租赁费 20.49 | …", cited by its line.
    expectFacts(r, "20.49万元");
    expectCited(r, DOC.cityFinal, 290, "06");
    expect(r.answer).toMatch(/租赁费/);
    expect(r.answer).toMatch(/只列基本支出/);
  });

  it("房租 of a unit with no basic spending: table 06's 0 is no answer, its projects are named", async () => {
    // 001 line 734: 30214 租赁费 0.00; line 1110: "基本支出0万元…项目支出247.8万元".
    const r = await ask("驻京办房租一年多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(/租赁费/);
    expectFacts(r, "247.8万元");
  });

  it("水电费 → both 水费 and 电费", async () => {
    const r = await ask("市政府办水电费多少");
    expectFacts(r, "54.5万元 136.5万元");
    expectCited(r, DOC.cityFinal, 282, "06");
    expectCited(r, DOC.cityFinal, 283, "06");
  });

  it("医疗保险 → 30110 职工基本医疗保险缴费", async () => {
    const r = await ask("区委办医疗保险交了多少");
    expectFacts(r, "20.08万元");
    expectCited(r, DOC.tianyuanFinal, 267, "06");
  });

  it("a partial project name → the project it most resembles, said in the answer", async () => {
    const r = await ask("区委办档案数字化项目花了多少");
    expect(r.status).toBe("answered");
    expect(r.plan.metrics).toEqual([{ type: "project", name: "档案保护及数字化建设" }]);
    expectFacts(r, "14万元");
    expect(r.answer).toMatch(/按“档案保护及数字化建设项目”理解/);
  });
});

describe("unit names with a typo", () => {
  it("驻北京连络处 → 株洲市人民政府驻北京联络处, and the answer says how it was read", async () => {
    const r = await ask("驻北京连络处三公经费多少");
    expect(r.status).toBe("answered");
    expect(r.plan.units).toEqual([BEIJING]);
    expect(r.plan.confidence).toBeGreaterThanOrEqual(CONFIDENCE_FLOOR);
    expectFacts(r, "23.3万元");
    expectCited(r, DOC.beijingFinal, 1132);
    expect(r.answer).toContain(`“驻北京连络处”按“${BEIJING}”理解`);
  });

  it("another level of government is another body: 市委办公室 is not the 区委办公室", async () => {
    const r = await ask("市委办公室三公经费");
    expect(r.status).toBe("not_found");
    expect(r.plan.units).toEqual([]);
    expect(r.facts).toEqual([]);
  });

  it("a place in front of a level-of-government alias names another body", async () => {
    const r = await ask("渌口区委办公室三公经费是多少");
    expect(r.status).toBe("not_found");
    expect(r.plan.units).not.toContain(TIANYUAN);
    expect(r.facts).toEqual([]);
  });

  it("a typo of the unit's own place is that place", async () => {
    const r = await ask("株州市人民政府办公室三公经费");
    expect(r.plan.units).toEqual([CITY]);
  });
});

describe("one 项 name under two 款", () => {
  // 002 table 05 lines 232 and 235: 2012601 行政运行 145.09 (档案事务) and 2013101 行政运行 322.85;
  // line 384–386: 党委办公厅（室）及相关机构事务（款）行政运行 年初预算368.29, 决算322.85, 87.7%,
  // reason 退休人员职业年金支出减少.
  it("the 款 named in passing picks its row", async () => {
    const r = await ask("区委办行政运行（党委办公厅那块）年初预算和决算差多少");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2013101", name: "行政运行" }]);
    // 368.29 − 322.85 = 45.44
    expect(r.answer).toContain("368.29 − 322.85 = 45.44");
    expect(r.answer).toContain("退休人员职业年金支出减少");
    expect(r.answer).not.toContain("145.09");
    expectGrounded(r);
  });

  it("a 款 that is also a name of the index picks its row", async () => {
    const r = await ask("区委办档案事务行政运行花了多少");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2012601", name: "行政运行" }]);
    expectFacts(r, "145.09万元");
    expect(r.answer).not.toContain("322.85");
  });

  it("a follow-up naming the other 款 moves to its row", async () => {
    const r = await ask("区委办档案事务行政运行花了多少", "那党委办公厅那块呢");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2013101", name: "行政运行" }]);
    expectFacts(r, "322.85万元");
  });

  it("without a 款 both rows are shown", async () => {
    const r = await ask("区委办行政运行花了多少");
    expectFacts(r, "145.09万元 322.85万元");
  });
});
