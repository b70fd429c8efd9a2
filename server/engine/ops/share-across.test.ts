import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * One share in two units. From data/docs: 000 table 03 line 184 (合计 项目支出 763.33) and table 01
 * line 131 (本年支出合计 5,487.18); 002 table 03 line 173 (项目支出 209.59), table 01 line 121
 * (840.70) and line 356 "项目支出 209.59 万元，占 24.9%". By hand: 763.33 ÷ 5487.18 = 13.91%,
 * 209.59 ÷ 840.70 = 24.93% (the document rounds to 24.9%).
 */
const { ask } = useSampleEngine();

describe("a share in several units", () => {
  it("one computed line per unit, with the document's own rounding beside it", async () => {
    const r = await ask("2024年区委办、市政府办的项目支出分别占支出合计多少");
    expect(r.plan.operation).toBe("share");
    expect(r.status).toBe("answered");
    expectFacts(r, "763.33万元 5487.18万元 209.59万元 840.70万元 24.9%");
    expect(r.answer).toContain("13.91%");
    expect(r.answer).toContain("24.93%");
    expectGrounded(r);
  });
});

/**
 * A class's share with no whole named is its share of the spending total. 002 table 01 (lines
 * 113–121): 社会保障和就业支出 64.82, 本年支出合计 840.70; by hand 64.82 ÷ 840.70 = 7.71%.
 */
describe("a class's share with no whole named", () => {
  it("is its share of the spending total, asked alone or after the class", async () => {
    const alone = await ask("区委办2024年社会保障和就业支出占比多少");
    expectFacts(alone, "64.82万元 840.70万元");
    expect(alone.answer).toContain("7.71%");
    expectGrounded(alone);
    const after = await ask("天元区委办2024年社保就业花了多少", "占比呢");
    expect(after.answer).toContain("7.71%");
  });
});
