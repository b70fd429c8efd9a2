import { describe, expect, it } from "vitest";
import { BEIJING, CITY, DOC, TIANYUAN } from "../../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Units ranked by their actual against their budget, or by their change on last year, never by
 * the amount itself. From data/docs (final accounts 2024):
 * - 三公 budget and actual: 000 line 480 (136.85, 136.85, 100%); 001 line 1132 (40, 23.3,
 *   58.25%); 002 line 458 (4.80, 9.00, 187.5%, "与上年相比增加4.26").
 * - 财政拨款支出 年初预算 and 决算 (the final accounts' own budget for 支出合计's amount): 000 line
 *   394 (5054.92, 5487.18, 108.55%); 001 line 1119 (257, 247.8, 96.4%); 002 line 374 (863.40,
 *   840.70, 97.4%).
 * - 三公 last year: 000 line 729 (2023年决算数 151.98); 001 line 1323 (26.42).
 */
const { ask } = useSampleEngine();
const firstLine = (answer: string) => answer.split("\n")[0];

describe("units ranked by their gap to the budget", () => {
  it("超预算最多: the one unit over its 三公 budget, the others shown as not over", async () => {
    const r = await ask("哪个单位三公经费超预算最多");
    expect(r.plan.operation).toBe("rank");
    expect(firstLine(r.answer)).toContain(TIANYUAN);
    expectFacts(r, "4.80万元 9.00万元 4.2万元");
    expect(r.answer).toContain("9 − 4.8 = 4.2");
    expectCited(r, DOC.tianyuanFinal, 458);
    // The units under their budget are shown with their figures, not ranked (001 line 1132: 40, 23.3).
    expect(r.answer).toContain(`${BEIJING}（2024年，未参与排序）`);
    expectFacts(r, "40万元 23.3万元");
    expectGrounded(r);
  });

  it("执行率最高: each unit's own final accounts, rates as stated, highest first", async () => {
    const r = await ask("哪个单位的预算执行率最高");
    expect(firstLine(r.answer)).toContain(CITY);
    expectFacts(r, "108.55% 97.4% 96.4% 5054.92万元 5487.18万元 863.40万元 840.70万元 257万元 247.8万元");
    const order = [CITY, TIANYUAN, BEIJING].map((unit) => r.answer.indexOf(`位 ${unit}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expectCited(r, DOC.cityFinal, 394);
    expectCited(r, DOC.beijingFinal, 1119);
    expect(r.answer).toContain("财政拨款支出");
    expectGrounded(r);
  });

  it("执行率最低: the lowest completion rate first", async () => {
    const r = await ask("三公经费预算执行率最低的是哪个单位");
    expect(firstLine(r.answer)).toContain(BEIJING);
    expectFacts(r, "58.25% 23.3万元 40万元");
    expectCited(r, DOC.beijingFinal, 1132);
    expectGrounded(r);
  });

  it("a balance carried over is an amount to rank, not a gap", async () => {
    const r = await ask("哪个单位年末结转和结余最多");
    expect(r.answer).not.toContain("超出预算");
    expect(r.answer).not.toContain("完成率");
  });
});

describe("units ranked by their change on last year in money", () => {
  it("降得最多: the largest fall in 万元, from both years' figures or the stated change", async () => {
    const r = await ask("哪家单位的三公经费较上年减少得最多");
    expect(firstLine(r.answer)).toContain(CITY);
    expect(r.answer).toContain("136.85 − 151.98 = -15.13");
    expect(r.answer).toContain("23.3 − 26.42 = -3.12");
    expectFacts(r, "4.26万元");
    expectCited(r, DOC.cityFinal, 729);
    expectGrounded(r);
  });

  it("增加最多: the one that rose, not the largest amount", async () => {
    const r = await ask("三公经费比上年增加最多的单位是哪个");
    expect(firstLine(r.answer)).toContain(TIANYUAN);
    expect(firstLine(r.answer)).toContain("4.26");
    expectGrounded(r);
  });
});

/**
 * 上海 PDFs: 普陀区财政局 2024 final accounts, p.21 "一般公共预算财政拨款支出年初预算为2993.92万元，
 * 支出决算为2940.05万元，完成年初预算的98.20%" (read on the page rendered at -r 80); 普陀区司法局
 * publishes only a 2026 budget, which has no actual to set against it.
 */
describe("units ranked by execution in the 上海 PDFs", () => {
  const pdf = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);

  it("a unit with only a budget is named as lacking, never ranked on its budget", async () => {
    const r = await pdf.ask("两个单位谁的预算执行率最高");
    expect(firstLine(r.answer)).toContain("上海市普陀区财政局");
    expectFacts(r, "98.20% 2993.92万元 2940.05万元");
    expect(r.answer).toMatch(/未参与排序（文件中未同时列出预算数和决算数）：上海市普陀区司法局/);
    expect(r.citations.some((c) => c.page === 21)).toBe(true);
    expectGrounded(r);
  });
});
