import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A class printed under two names, and income asked by class. Read off the rendered pages of
 * 普陀区社会福利院 2024 单位预算: p10 (财政拨款收支预算总表: 社会保障和就业支出 8,661,624,
 * 医疗卫生与计划生育支出 503,724, 住房保障支出 335,816; 收入 9,501,164) and p11 (功能分类预算表:
 * 208 8,661,624, 210 卫生健康支出 503,724, 221 335,816).
 */
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("the appropriation by functional class", () => {
  it("lists class 210 once although p10 prints its older name and p11 its current one", async () => {
    const r = await ask("社会福利院的财政拨款支出按功能科目分别多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "8661624元 503724元 335816元");
    expect(r.answer.match(/^- 卫生健康支出/gm)?.length).toBe(1); // one line for class 210
    expect(r.answer).not.toContain("医疗卫生与计划生育支出");
    expectGrounded(r);
  });

  it("every class listed is added up and set against the total (9,501,164)", async () => {
    const r = await ask("社会福利院2024年的财政拨款按功能科目一共分成几类支出");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("各类合计");
    expect(r.answer).toContain("相符");
    expect(r.answer).toContain("9501164");
  });

  it("the appropriation named without 支出 is its spending by class, not a refusal about income", async () => {
    const r = await ask("社会福利院财政拨款是按哪几类功能科目安排的");
    expect(r.status).toBe("answered");
    expectFacts(r, "8661624元 503724元 335816元");
    expect(r.answer).toContain("财政拨款支出按功能分类");
  });
});
