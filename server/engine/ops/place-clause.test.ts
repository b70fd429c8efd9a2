import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { foreignPlaces } from "../find-units.js";

/**
 * A trip abroad asked by where it went. data/docs 000 line 484 lists the year's delegations, each
 * with its cost ("赴匈牙利、希腊教育考察团支出9.5万元", "赴尼日利亚、埃及考察团支出12.39万元"); its
 * 因公出国（境）费 actual is 49.98万元 (公开09表, line 356). No delegation went to Japan.
 */
const { ask } = useSampleEngine();

describe("foreignPlaces", () => {
  it("finds countries, the longer name first, and no country inside a budget word", () => {
    expect(foreignPlaces("去印度尼西亚和希腊的团")).toEqual(["印度尼西亚", "希腊"]);
    expect(foreignPlaces("非税收入和内蒙古")).toEqual([]);
  });
});

describe("a trip asked by its destination", () => {
  it("quotes the clause that gives that delegation's cost, not the year's total", async () => {
    const r = await ask("市政府办2024年去匈牙利和希腊那一趟出国花了多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("9.5万元");
    expect(r.answer.split("\n")[0]).not.toContain("49.98");
  });

  it("in a follow-up, narrows the figure just discussed", async () => {
    const r = await ask("市政府办2024年因公出国费用多少", "那去尼日利亚、埃及的那次呢");
    expect(r.answer).toContain("12.39万元");
  });

  // data/docs/000 line 484: "赴阿联酋、沙特考察团支出6.58万元…；赴阿联酋、沙特、土耳其考察团支出8.6万元…"
  it("two delegations that went there: each with its cost", async () => {
    const r = await ask("株洲市政府办24年跑到沙特去的那趟出国，开销多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("6.58万元");
    expect(r.answer).toContain("8.60万元");
    expect(r.answer.split("\n")[0]).not.toContain("49.98");
  });

  it("a country no delegation went to is refused, naming the year's total as the closest", async () => {
    const r = await ask("市政府办2024年去日本那次出国花了多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("日本");
    expect(r.answer).toContain("49.98万元");
  });
});
