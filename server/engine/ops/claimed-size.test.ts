import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * Sizes claimed in words, checked against the computed figure:
 * - 万里街道 2024 部门预算 p10 (rendered, 元): 城乡社区支出 119,385,303 of 支出总计 156,211,123 = 76.43%.
 * - 000 (市政府办 2024 决算) 公开01表 line 131: 本年支出合计 5,487.18; 002 (区委办) line 121: 840.70.
 *   5487.18 ÷ 840.70 = 6.53 times.
 * - 上海市财政局 2025 单位预算 p7 (rendered, 元): 支出总计 171,915,169, over a hundred million.
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);
const samples = useSampleEngine();

describe("a size claimed in words", () => {
  it("a share said as a fraction is computed and the claim answered in words", async () => {
    const r = await ask("万里街道2024年预算里城乡社区支出是不是占了四分之三以上？");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("76.43%");
    expect(r.answer).toContain("是的，超过了“四分之三”");
    expectGrounded(r);
  });

  it("a share claimed as 成 that the figure misses is contradicted", async () => {
    const r = await ask("万里街道2024年城乡社区支出大概占支出的九成吧？");
    expect(r.answer).toContain("76.43%");
    expect(r.answer).toContain("明显低于“九成”");
  });

  it("a multiple claimed between two units is the computed multiple, checked", async () => {
    const r = await samples.ask("听说市政府办2024年决算支出只比区委办多一倍，是这样吗？");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("6.53倍");
    expect(r.answer).toContain("明显高于“多一倍”");
  });

  it("no claim, no verdict", async () => {
    const r = await ask("万里街道2024年城乡社区支出占支出合计多少？");
    expect(r.answer).toContain("76.43%");
    expect(r.answer).not.toMatch(/是的|不是|大致是/);
  });

  it("a follow-up checking the figure just given against an amount keeps that figure", async () => {
    const r = await ask("上海市财政局2025年单位预算一共多少？", "有一个亿吗？折合成亿元大约是多少");
    expect(r.answer).toContain("171915169元");
    expect(r.answer).toContain("1.72亿元");
    expect(r.answer).toContain("超过了“一个亿”");
  });
});

/** 000 (市政府办 2024 决算) lines 470–474: 基本支出4723.85万元, 人员经费2619.09万元, 公用经费2104.76万元. */
describe("two shares of one whole set against each other", () => {
  it("each share, then the gap in points between the shares shown", async () => {
    const r = await samples.ask("市政府办2024年基本支出中，人员经费的占比和公用经费的占比相差多少个百分点？");
    expect(r.answer).toContain("55.44%");
    expect(r.answer).toContain("44.56%");
    expect(r.answer).toContain("10.88个百分点");
    expectGrounded(r);
  });
});
