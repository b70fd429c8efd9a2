import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 (驻北京联络处 2024 决算): line 1119 年初预算数为257万元，决算247.8万元，完成年初预算的
 * 96.4%; 附件2 整体支出绩效自评表, lines 1451–1457: 年初预算数 257, 全年预算数 257.00, 全年执行数 247.80,
 * 执行率 96%. By hand: 247.80 ÷ 257.00 = 96.42%.
 * data/docs/000 (市政府办 2024 决算) line 775: 5061.48, 5667.65, 5487.17, 96.81%; 5487.17 ÷ 5667.65 =
 * 96.8155…, 96.82% rounded half up.
 */
describe("the whole unit's execution rate", () => {
  it("names the self-evaluation table's own rate beside the narrative's", async () => {
    const text = plain((await sample.ask("驻北京联络处2024年整体预算执行得咋样")).answer);
    expect(text).toContain("96.40%");
    expect(text).toContain("执行率 96%");
    expect(text).toContain("247.8 ÷ 257 = 96.42%");
  });

  it("with the full-year budget it is of, which differs from the year-start one", async () => {
    const text = plain((await sample.ask("市政府办去年预算的执行比例是多少")).answer);
    expect(text).toContain("5667.65万元");
    expect(text).toContain("96.81%");
    expect(text).toContain("5487.17 ÷ 5667.65 = 96.82%");
  });
});
