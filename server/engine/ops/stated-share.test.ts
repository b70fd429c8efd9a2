import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

/**
 * A breakdown's shares are computed from the table; the share the narrative states is said beside
 * one that differs. 002 line 287 (公开06表): 人员经费合计 544.30, 公用经费合计 86.70; line 173 (公开03表):
 * 基本支出 631.11; lines 442, 444: "人员经费544.36万元，占基本支出的86.3%", "公用经费86.75万元，占基本支出的13.7%".
 * By hand: 544.3 ÷ 631.11 = 86.24%; 86.7 ÷ 631.11 = 13.74%.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("the share a document states beside the one computed", () => {
  it("'基本支出里人员经费、公用经费各多少' gives both", async () => {
    const r = await ask("区委办基本支出里人员经费、公用经费各多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("544.3 ÷ 631.11 = 86.24%");
    expect(answer).toContain("文件中写明的占比为 86.3%");
    expect(answer).toContain("文件中写明的占比为 13.7%");
  });
});

/**
 * 003 line 42: "项目支出：2024年年初预算为2351.15万元，占总支出比重为44.26%"; 001 line 1110 states
 * 基本支出 0 万元 (answered as nil, with no share beside it).
 */
describe("a figure read from a sentence that states its share", () => {
  it("is answered with the share the sentence states", async () => {
    const r = await ask("市政府办公室24年的预算中项目支出给了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("2351.15万元");
    expect(answer).toContain("44.26%");
  });

  it("a nil figure is not", async () => {
    const r = await ask("驻京办24年的基本支出是多少");
    expect(plain(r.answer)).toContain("0.00万元");
    expect(plain(r.answer)).not.toContain("占比");
  });
});
