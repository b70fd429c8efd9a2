import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 (天元区委办 2024 决算): line 442 人员经费544.36万元，占基本支出的86.3%; line 444
 * 公用经费86.75万元; 基本支出 631.11 (line 356). By hand: 544.36 ÷ 631.11 = 86.25%, 86.75 ÷ 631.11 =
 * 13.75%. data/docs/001 (驻北京联络处 2024 决算) line 1134: 公务接待费 3.6万元，与上年相比减少6.12万元，
 * 减少62.96%; 3.6 + 6.12 = 9.72. No other document prints either number for these figures.
 */
describe("a figure quoted with no unit named", () => {
  it("is read in the one document that prints it, and the amount quoted is the one used", async () => {
    const text = plain((await sample.ask("看到有份决算说人员经费544.36万元，占基本支出多少？")).answer);
    expect(text).toContain("中共株洲市天元区委办公室");
    expect(text).toContain("544.36 ÷ 631.11 = 86.25%");
    expect(text).toContain("86.75 ÷ 631.11 = 13.75%");
    expect(text).toContain("所引数字见于");
  });

  it("a change is found by its size, printed signed", async () => {
    const r = await sample.ask("公务接待费比上年下降了62.96%，上年是多少");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("株洲市人民政府驻北京联络处");
    expect(text).toContain("3.6 − (-6.12) = 9.72");
  });

  it("a number no document prints leaves the unit to be asked", async () => {
    const r = await sample.ask("公务接待费比上年增长了12.34%，上年多少");
    expect(r.status).toBe("clarify");
  });
});
