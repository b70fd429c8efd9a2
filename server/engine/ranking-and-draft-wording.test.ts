import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages and the exports:
 * - 上海市财政局 2025 单位预算 p20: “三公”经费预算 合计 346.30万元; 万里街道 2024 部门预算 p31: 合计 47.91万元.
 *   (346.30 + 47.91) ÷ 2 = 197.105 → 197.11.
 * - 001 (驻京办 2024 决算) line 1121: 一般行政管理事务 年初预算257万元, 决算247.8万元, 96.4%, reason stated.
 * - 002 (区委办 2024 决算) line 410: 职业年金 年初预算53.13万元, 决算11.98万元, 22.5%.
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const samples = useSampleEngine();

describe("rankings as people ask them", () => {
  it("“这几个单位…排个名” ranks the money, no count; “平均每家” adds the mean", async () => {
    const r = await ask("上海市财政局和万里街道这几个单位的三公经费预算排个名，平均每家多少？");
    expect(r.plan.operation).toBe("rank");
    expect(r.plan.counts).toBe(false);
    expect(r.answer.indexOf("346.30万元")).toBeLessThan(r.answer.indexOf("47.91万元"));
    expect(r.answer).toContain("197.11万元");
    expectGrounded(r);
  });
});

describe("words of emphasis and genre are no qualifiers", () => {
  it("“写个…说明段落” drafts the paragraph", async () => {
    const r = await samples.ask("帮驻京办写一段一般行政管理事务决算比年初预算少的说明段落");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("257.00万元");
    expect(r.answer).toContain("247.80万元");
  });

  it("“差距很大” asks the gap", async () => {
    const r = await samples.ask("区委办2024年职业年金缴费支出预算和决算差距挺大的，差了多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("41.15万元");
  });
});
