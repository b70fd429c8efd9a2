import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A figure less a part of it, the part read where the whole is printed:
 * - 002 (区委办 2024 决算) 公开06表: 公用经费合计 86.7 (line 287); the 三公 rows it lists are 30217 公务接待费
 *   0.13 (line 275) and 30231 公务用车运行维护 3.50 (line 283), 30212 因公出国（境）费用 empty (line 270).
 *   By hand 86.7 − 0.13 − 3.50 = 83.07.
 * - 003 (市政府办 2024 预算) line 42: 项目支出 2351.15万元, of it 市长热线项目 510万元; 2351.15 − 510 = 1841.15.
 * - 上海市财政局 2025 单位预算 p7 (rendered, 元): 社会保障和就业支出 合计 17,560,320, 项目支出 1,200,000;
 *   17,560,320 − 1,200,000 = 16,360,320.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

describe("a whole less a part", () => {
  it("三公 taken off 公用经费 is only its rows in the basic-spending table, not the whole 三公", async () => {
    const r = await samples.ask("区委办2024年公用经费里扣掉三公以后还剩多少");
    expect(r.answer).toContain("83.07万元");
    expectFacts(r, "86.7万元 0.13万元 3.50万元");
    expect(r.answer).toContain("不在此表，未扣除");
    expectGrounded(r);
  });

  it("“除了<某项目>之外…一共” is the projects less it, never their sum", async () => {
    const r = await samples.ask("市政府办2024年预算的项目支出，除去市长热线项目以外一共多少");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("1841.15万元");
    expect(r.answer).not.toContain("2861.15");
  });

  it("a column taken off a class row is the row's own cell in it", async () => {
    const r = await ask("上海市财政局2025年社会保障和就业支出不算项目支出是多少元");
    expect(r.answer).toContain("16360320元");
    expectFacts(r, "1756.032万元 120万元");
    expect(r.answer).not.toContain("4427.31");
  });
});
