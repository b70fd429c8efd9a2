import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * 002 (区委办 2024 决算) lines 259–281, 公开06表 公用经费 items: 其他交通费用 24.4, 劳务费 16.8,
 * 其他商品和服务支 16.3, 福利费 7.62, 工会经费 3.72, 办公设备购置 3.65, 办公费 3.51, … (each below 5 after
 * 福利费). By hand: 24.4 − 16.8 = 7.60; 24.4 + 16.8 + 16.3 + 7.62 = 65.12.
 */
const { ask } = useSampleEngine();

describe("a ranking with a part set aside", () => {
  it("“除了<某项>，最多的是哪项” ranks the rest and says how far the first is from it", async () => {
    const r = await ask("区委办2024年公用经费中除了其他交通费用以外，哪一项最多");
    expect(r.plan.operation).toBe("rank");
    expect(r.answer).toMatch(/最高的是劳务费[^，。]*，为 \*\*16\.80万元\*\*/);
    expect(r.answer).toContain("24.4 − 16.8 = 7.6）");
    expect(r.answer).toContain("少 **7.60万元**");
    expect(r.answer).toContain("排序不含其他交通费用");
    expectGrounded(r);
  });
});

describe("items past an amount, added", () => {
  it("“超过<金额>的有哪些？合计多少” lists and adds them", async () => {
    const r = await ask("区委办2024年公用经费里5万元以上的有哪些，加起来多少");
    expect(r.answer).toContain("24.4 + 16.8 + 16.3 + 7.62 = 65.12");
    expectGrounded(r);
  });
});
