import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";

/**
 * 普陀区司法局 2026 单位预算: p8 (财务收支预算总表) 支出总计 — 基本支出 人员经费 20,374,181, 公用经费 1,744,680;
 * p19 (rendered, 基本支出经济分类预算表) 合计 22,118,861.34 | 人员经费 20,272,981.00 | 公用经费 1,845,880.34. Both
 * tables' 基本支出 agree (to the 元); 101,200 moved from one part to the other.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a part two tables print otherwise while their whole agrees", () => {
  it("is said to be a different split, with the other part's two figures", async () => {
    const r = await ask("司法局单位预算里两张表的人员经费为什么对不上");
    expectFacts(r, "20374181元 20272981元 1744680元 1845880.34元");
    expect(plain(r.answer)).toContain("两表的基本支出合计相同，差别在人员经费与公用经费的划分");
  });

  it("asked of the other part, names the first", async () => {
    const r = await ask("司法局单位预算公用经费是多少");
    expect(plain(r.answer)).toContain("差别在公用经费与人员经费的划分");
  });
});
