import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";
import { EACH_SHARE } from "./each-share.js";

/**
 * "<甲>和<乙>各占多少": each part over the whole they share. From data/docs/003 (2024 部门预算):
 * line 37 "2024年年初部门支出预算5311.92万元", line 41 基本支出 "年初预算为2960.77万元", line 42
 * 项目支出 "年初预算为2351.15万元". By hand: 2960.77 ÷ 5311.92 = 55.74%, 2351.15 ÷ 5311.92 = 44.26%.
 */
const { ask } = useSampleEngine();

describe("each part's share of the whole", () => {
  it("is asked by 各占 / 分别占, not by a plain 占", () => {
    expect(EACH_SHARE.test("甲和乙分别占多少")).toBe(true);
    expect(EACH_SHARE.test("甲和乙各占多少比例")).toBe(true);
    expect(EACH_SHARE.test("甲占乙多少")).toBe(false);
  });

  it("divides each by the common whole, with the formula", async () => {
    const r = await ask("市政府办2024年预算中基本支出、项目支出分别占多少比例");
    expect(r.plan.operation).toBe("share");
    expect(r.status).toBe("answered");
    expectFacts(r, "5311.92万元 2960.77万元 2351.15万元");
    expect(r.answer).toContain("55.74%");
    expect(r.answer).toContain("44.26%");
    expect(r.answer).toContain("2351.15 ÷ 5311.92");
    expectCited(r, DOC.cityBudget, 37);
    expectGrounded(r);
  });
});
