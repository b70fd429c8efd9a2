import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sources:
 * - 002 (区委办 2024 决算) line 173 (公开03表): 合计 840.70, 基本支出 631.11, 项目支出 209.59;
 *   209.59 ÷ 840.70 = 24.93%. Line 410: 职业年金缴费支出 年初预算53.13万元, 决算11.98万元, 完成22.5%;
 *   53.13 − 11.98 = 41.15.
 * - 普陀区财政局 2024 决算 p7 (rendered at -r 80), 收入支出决算总表: 年末结转和结余 55.34.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("a share asked as “按比例说”", () => {
  it("the part's share of the whole it is listed in", async () => {
    const r = await samples.ask("区委办2024年花的钱里项目上用了多少？用比例来讲");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("24.93%");
    expectGrounded(r);
  });
});

describe("words that describe or frame, naming no figure", () => {
  it("an epithet before a figure (“保运转的基本支出”)", async () => {
    const r = await samples.ask("区委办2024年保运转的基本支出决算多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("631.11万元");
  });

  it("what a draft must list (“列明…”)", async () => {
    const r = await samples.ask("帮区委办起草职业年金缴费支出决算低于预算的说明，要写明预算数和差额");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("53.13万元");
    expect(r.answer).toContain("41.15万元");
  });

  it("money carried into next year is the year-end carry-over", async () => {
    const r = await ask("普陀区财政局2024年有多少钱结转到下一年");
    expect(r.answer).toContain("55.34万元");
  });
});
