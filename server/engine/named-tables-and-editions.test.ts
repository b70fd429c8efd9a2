import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * 普陀区司法局 2026 单位预算, read off the rendered pages: page 19 (基本支出 经济分类预算表, 元) 合计
 * 22,118,861.34 = 人员经费 20,272,981.00 + 公用经费 1,845,880.34; page 8 (财务收支预算总表, 元) 支出总计
 * splits its 基本支出 otherwise: 人员经费 20,374,181, 公用经费 1,744,680. 上海市财政局 2025 is published
 * as a 单位预算 only.
 */
describe("the table a question names, and an edition not published", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-danwei-yusuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("reads a figure two tables print differently from the table named", async () => {
    const economic = await ask("司法局2026年单位预算的经济分类表里人员经费是多少");
    expectFacts(economic, "20272981元");
    const statement = await ask("司法局2026年单位预算财务收支总表里人员经费是多少");
    expectFacts(statement, "20374181元");
    expectGrounded(statement);
  });

  it("says which edition the figures are from when the one asked is not published", async () => {
    const r = await ask("上海市财政局2025年部门预算的收入合计是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("只有单位预算（本级），没有部门预算（含所属单位）");
  });

  it("refuses the consolidated figure asked in so many words, naming the edition's own", async () => {
    const r = await ask("上海市财政局2025年部门预算（包括所属单位）收入一共多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("没有部门预算（含所属单位）");
    expect(r.answer).toContain("最接近的公开数字");
  });
});

/**
 * 市政府办 2024 决算 (data/docs/000): lines 291–292 (公开06表) 培训费 22.70. 驻北京联络处 2024 决算 (001)
 * line 1134: 公务接待费 "支出预算为22万元，支出决算为3.6万元".
 */
describe("how people put a question", () => {
  const { ask } = useSampleEngine();

  it("counts 去年 back from the present the asker states", async () => {
    const r = await ask("今年是2025年。市政府办公室去年的培训费是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "22.7万元");
  });

  it("counts back from a present said with two digits", async () => {
    const r = await ask("现在是25年，市政府办公室去年花了多少培训费");
    expectFacts(r, "22.7万元");
  });

  it("reads a question filled in like a form by its values, in either script", async () => {
    const simplified = await ask(
      "请帮忙查：\n- 单位：驻北京联络处\n- 年度：2024\n- 问题：公务接待费决算多少",
    );
    expect(simplified.status).toBe("answered");
    expectFacts(simplified, "3.6万元");
    const traditional = await ask(
      "請幫忙查：\n- 單位：駐北京聯絡處\n- 年度：2024\n- 問題：公務接待費決算多少",
    );
    expectFacts(traditional, "3.6万元");
  });

  it("the joints of a message run on without punctuation are no qualifiers", async () => {
    const r = await ask(
      "驻北京联络处2024年三公经费里接待那块到底花了多少我看到三公总共二十多万但是不清楚接待是多少请告诉我具体数字",
    );
    expect(r.status).toBe("answered");
    expectFacts(r, "3.6万元");
  });

  it("a request opening a later clause is no part of the unit's name", async () => {
    const r = await ask("打扰了，我想问市政府办2024年的培训费");
    expect(r.status).toBe("answered");
    expectFacts(r, "22.7万元");
  });

  it("how a draft is to be written is no qualifier of the figure", async () => {
    const r = await ask("请用公文口吻起草驻北京联络处2024年公务接待费决算少于预算的说明");
    expect(r.status).toBe("answered");
    expectFacts(r, "22万元 3.6万元");
  });
});

/**
 * Two bodies named 财政局, read off the rendered pages: 上海市财政局 2025 单位预算 page 20, 三公经费
 * 预算数 合计 346.30 万元; 普陀区财政局 2024 决算 page 18, 财政拨款“三公”经费 合计 预算数 0.95 万元.
 */
describe("a short name several bodies share", () => {
  const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("asks which one is meant, with each one's figure beside the question", async () => {
    const r = await ask("财政局的三公经费预算是多少钱");
    expect(r.status).toBe("clarify");
    expect(r.answer).toContain("请问您指的是哪一个");
    expectFacts(r, "346.3万元 0.95万元");
    expectGrounded(r);
  });
});
