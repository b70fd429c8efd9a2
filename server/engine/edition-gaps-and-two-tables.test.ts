import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * 普陀区司法局 2026, both editions. Read off the rendered pages (-r 70):
 * - 部门预算 p10 (部门财务收支预算总表, 元): 支出总计 96,282,213.44.
 * - 单位预算 p8 (预算单位财务收支预算总表, 元): 支出总计 86,959,408.34; its 人员经费 20,374,181 and 公用经费
 *   1,744,680 (基本支出 22,118,861). 单位预算 p19 (基本支出经济分类预算表): 合计 22,118,861.34, 人员经费
 *   20,272,981.00, 公用经费 1,845,880.34 — the two tables split basic spending differently.
 * - 部门预算 p21 / 单位预算 p20 (“三公”经费和机关运行经费预算表, 万元): 合计 10.81 / 10.71, 因公出国 0 / 0.00,
 *   公务接待费 0.83 / 0.73, 公务用车购置及运行费 9.98 / 9.98.
 * By hand: 96,282,213.44 − 86,959,408.34 = 9,322,805.10 元 = 932.28万元; 20,374,181 ÷ 22,118,861 = 92.11%;
 * 10.81 − 10.71 = 0.10, all of it 公务接待费 (0.83 − 0.73).
 */
const both = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

describe("the other edition asked, then the gap in a sentence of its own", () => {
  it("'单位预算呢？两者差多少？' sets the two editions' totals against each other", async () => {
    const r = await both.ask("司法局26年部门预算一共多少钱？", "那单位预算呢？两者相差多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**9628.22万元**");
    expect(r.answer).toContain("**8695.94万元**");
    expect(r.answer).toContain("**932.28万元**");
    expectGrounded(r);
  });
});

describe("a share whose part two tables print differently", () => {
  it("is worked out from one table and the other table's figure is noted as disagreeing", async () => {
    const r = await both.ask("司法局26年单位预算里，人员经费在基本支出中占几成？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2037.4181 ÷ 2211.8861 = 92.11%");
    expect(r.answer).toMatch(/人员经费：[^\n]*经济分类预算表[^\n]*2027\.30万元[^\n]*不一致/);
    expectGrounded(r);
  });
});

describe("both editions asked, then a follow-up naming neither", () => {
  it("'差在哪' keeps both editions and finds the part the gap is in", async () => {
    const r = await both.ask("司法局部门预算和单位预算的三公经费分别多少", "差在哪");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**10.81万元**");
    expect(r.answer).toContain("**10.71万元**");
    expect(r.answer).toContain("0.83 − 0.73 = 0.10");
    expect(r.answer).toContain("两者的差别在公务接待费");
    expectGrounded(r);
  });
});

/**
 * 上海市财政局 2025 单位预算 p19 (基本支出经济分类预算表, rendered at -r 70, 元): 合计 127,642,039, 人员经费
 * 102,464,260, 公用经费 25,177,779. By hand 102,464,260 + 25,177,779 = 127,642,039.
 */
describe("two figures asked one after the other, then checked against a whole", () => {
  const city = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
  it("'两个加起来等于基本支出吗' adds the two figures before and sets them against the whole", async () => {
    const r = await city.ask("上海市财政局25年人员经费预算多少", "公用经费呢", "两个加起来等于基本支出吗");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("10246.426 + 2517.7779 = 12764.2039");
    expect(r.answer).toMatch(/与基本支出 \*\*12764\.20万元\*\*[^。]*相等/);
    expectGrounded(r);
  });
});
