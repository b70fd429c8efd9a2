import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A project's self-evaluation score is the 总分 on its own 项目支出绩效自评表, not the department's.
 * data/docs/000: the 市长热线专项 form's 总分 row, line 848 ("总分 … 100 95"); the department's
 * whole-spending score, line 532 ("绩效自评得分 99.5 分"). data/docs/001: the 驻京工作经费 form's
 * 总分, lines 1834–1836 ("总分", "100", "99.7").
 */
const { ask } = useSampleEngine();

describe("a project's self-evaluation score", () => {
  it("is read from the project's own form", async () => {
    const r = await ask("市政府办2024年市长热线这个专项绩效自评多少分");
    expect(r.status).toBe("answered");
    expectFacts(r, "95分");
    expectCited(r, DOC.cityFinal, 848);
    expect(r.answer).not.toContain("99.5");
    expectGrounded(r);
  });

  it("of another unit's project, from that unit's form", async () => {
    const r = await ask("驻京办驻京工作经费项目的自评分数是多少");
    expectFacts(r, "99.7分");
  });

  it("the department's own score is still the department's", async () => {
    const r = await ask("市政府办2024年部门整体绩效自评得分");
    expectFacts(r, "99.5分");
  });
});

describe("a project's execution rate and score asked together", () => {
  // 000 line 821: the 市长热线专项 form's 当年财政拨款 510 | 510 | 510 (年初预算, 全年预算, 全年执行).
  it("computes the rate and says the project's own score beside it", async () => {
    const r = await ask("市政府办热线专项执行得怎么样，打了多少分");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("100.00%");
    expectFacts(r, "95分");
    expect(text).not.toContain("99.5");
  });

  it("in a follow-up, the score is the project's, with its unit carried", async () => {
    const r = await ask("市长热线专项的预算和实际支出各多少", "那它的自评得分呢");
    expect(r.status).toBe("answered");
    expectFacts(r, "95分");
  });

  // data/docs/002: the 国安机要保密经费 form (line 732) has 总分 100 / 98.20 (line 763); the project's
  // 项目支出 30.54万元 (line 616).
  it("a project's bare “得分” is its self-evaluation score", async () => {
    const r = await ask("天元区委办的国安机要保密经费项目得分为多少");
    expectFacts(r, "98.2分");
    expectCited(r, DOC.tianyuanFinal, 763);
  });

  it("the score and the money asked in two questions of one message are both answered", async () => {
    const r = await ask("国安机要保密经费这个项目的自评分数多少？钱花了多少？");
    expectFacts(r, "98.2分");
    expectFacts(r, "30.54万元");
    expectGrounded(r);
  });

  // data/docs/002 line 500–502: "…等14个专项开展了评价"; the function row 2013105 专项业务 (63.31) is
  // no list of special funds.
  it("“评了哪些专项” is no question about the 专项业务 row", async () => {
    const r = await ask("天元区委办今年都评了哪些专项");
    expect(r.answer).not.toContain("专项业务");
    expect(r.answer).not.toContain("63.31");
  });
});

describe("how a project's evaluation came out, asked in words", () => {
  // data/docs/002, the “党政专用通信二级网建设”项目 form (附件 7-3): 年度资金总额 0 | 106.08 | 79.55 | 10 |
  // 74.00% | 7.40 (line 809), 总分 100 | 97.40 (line 834); its write-up (line 647): "因此项目为涉密项目，
  // 不作公开评价。" The department's own score is 96.22 (its 整体支出绩效自评表).
  it("is the project's own form — money, spending, rate and score — and its own write-up only", async () => {
    const r = await ask("区委办的党政专用通信二级网建设项目绩效怎么样");
    expectFacts(r, "106.08万元 79.55万元 74.00% 97.40分");
    expect(r.answer).toContain("因此项目为涉密项目，不作公开评价");
    expect(r.answer).not.toContain("96.22");
    // Another project's write-up that only lists this one's name is not quoted beside it.
    expect(r.answer).not.toContain("党史研究");
  });
});
