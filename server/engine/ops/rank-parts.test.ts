import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * "哪个…最多" of one unit: the parts of a figure ranked. From data/docs: 000 table 09 line 356
 * (公务用车购置及运行维护费 85.75, 因公出国（境）费 49.98, 公务接待费 1.12); 000's project
 * paragraphs (line 660: 市长热线 510, the largest; line 656: 政府门户网站专项资金 48.89); 002 table 06 line 284
 * (30239 其他交通费用 24.4, the largest 302 item of 公用经费合计 86.7 on line 287).
 */
const { ask } = useSampleEngine();

describe("the parts of one unit's figure, ranked", () => {
  it("the lexicon's parts: 三公经费", async () => {
    const r = await ask("市政府办三公经费哪一项最多");
    expect(r.plan.operation).toBe("rank");
    expect(r.answer.split("\n")[0]).toContain("公务用车购置及运行维护费");
    expectFacts(r, "85.75万元 49.98万元 1.12万元");
    expectCited(r, DOC.cityFinal, 356, "09");
    expectGrounded(r);
  });

  it("the named projects of 项目支出, not the 项目支出 total", async () => {
    const r = await ask("市政府办2024年项目支出里最大的是哪个项目");
    expect(r.answer.split("\n")[0]).toContain("市长热线");
    expectFacts(r, "510万元 48.89万元");
    expectCited(r, DOC.cityFinal, 660);
    // The total is the whole of the first one's share, never the answer itself.
    expect(r.answer.split("\n")[0]).not.toContain("763.33");
    expectGrounded(r);
  });

  it("a subject's child codes: 302 商品和服务支出", async () => {
    const r = await ask("区委办商品和服务支出里哪项最高");
    expect(r.answer.split("\n")[0]).toContain("其他交通费用（30239）");
    expectFacts(r, "24.4万元");
    expectCited(r, DOC.tianyuanFinal, 284, "06");
  });

  it("公用经费's parts are its 经济分类 items (302, 310) in table 06", async () => {
    const r = await ask("区委办2024年公用经费里开销最大的是哪一项");
    expect(r.plan.operation).toBe("rank");
    expect(r.answer.split("\n")[0]).toContain("其他交通费用（30239）");
    expectCited(r, DOC.tianyuanFinal, 284, "06");
    expectGrounded(r);
  });

  // 机关运行经费 42.22 (002 line 482) is stated whole; no table lists what it is made of.
  it("a figure with no parts the documents list is not ranked: a refusal naming the figure", async () => {
    const r = await ask("区委办2024年机关运行经费里开销最大的是哪一项");
    expect(r.plan.operation).toBe("rank");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("42.22万元");
    expectGrounded(r);
  });
});

describe("the first part's share of the whole ranked", () => {
  // 000: 项目支出 763.33 (公开03表, line 184); 市长热线项目 510 (line 660). 510 ÷ 763.33 = 66.81 %.
  it("is stated with the whole, and is what a bare 占多少 asks next", async () => {
    const ranked = await ask("市政府办2024年项目里哪一个花钱最多");
    expect(ranked.answer.replace(/\*\*/g, "")).toContain("510 ÷ 763.33 = 66.81%");
    const next = await ask("市政府办2024年的项目支出是多少", "其中最大的一笔是什么", "那它占了多少");
    expect(next.answer.replace(/\*\*/g, "")).toContain("510 ÷ 763.33 = 66.81%");
  });
});
