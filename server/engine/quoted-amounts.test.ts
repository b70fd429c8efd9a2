import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * Amounts the asker quotes name their row when the documents print both side by side.
 * 002 line 704 (绩效自评表): "年度资金总额 863.40 1016.64 840.70 10 82.7% 8.27" under the header
 * "年初预算数 全年预算数 全年执行数 分值 执行率 得分".
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a rate of two quoted amounts with no row named", () => {
  it("finds both in one row and computes the rate from the cited cells", async () => {
    const result = await ask("区委办全年预算1016.64万元，实际执行840.7万元，执行率是多少");
    const answer = plain(result.answer);
    expect(result.status).toBe("answered");
    expect(answer).toContain("1016.64万元");
    expect(answer).toContain("840.70万元");
    // 840.70 ÷ 1016.64 = 0.826939… → 82.69 %.
    expect(answer).toContain("82.69%");
  });

  it("does not compute with an amount the documents do not print", async () => {
    const result = await ask("区委办全年预算1016.64万元，实际执行840.9万元，执行率是多少");
    expect(plain(result.answer)).not.toContain("%");
    expect(result.status).not.toBe("answered");
  });
});
