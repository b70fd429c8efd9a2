import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002: line 462 公务接待费支出预算为1.3万元，支出决算为0.13万元，完成预算的10%; line 338
 * (公开09表, full-year budget adjusted) 公务接待费 预算数 0.13, 决算数 0.13. By hand: 0.13 ÷ 1.3 = 10%,
 * 0.13 ÷ 0.13 = 100%.
 * data/docs/001: line 1134 公务接待费 预算22万元，决算3.6万元，完成预算的16.26%; line 1139 决算3.61万元.
 * By hand: 3.6 ÷ 22 = 16.36%, 3.61 ÷ 22 = 16.41%.
 */
describe("a printed completion rate checked", () => {
  it("is read as budget against actual, with the rate each source's budget gives", async () => {
    const text = plain((await sample.ask("天元区委办公务接待费完成预算的10%，算得对吗")).answer);
    expect(text).toContain("0.13万元");
    expect(text).toContain("1.30万元");
    expect(text).toContain("0.13 ÷ 0.13 = 100.00%");
  });

  it("a rate no source gives is said to be so, with each source's rate", async () => {
    const text = plain((await sample.ask("驻北京联络处公务接待费完成预算的16.26%，这个数靠谱吗")).answer);
    expect(text).toContain("3.6 ÷ 22 = 16.36%");
    expect(text).toContain("3.61 ÷ 22 = 16.41%");
    expect(text).toContain("按决算数 ÷ 预算数计算不是这个数");
  });
});
