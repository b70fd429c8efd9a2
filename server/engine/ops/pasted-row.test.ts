import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";
import { normalizeQuestion } from "../normalize-question.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a row pasted from a table", () => {
  it("keeps the cells after the name apart, and a code split in columns whole", () => {
    expect(normalizeQuestion("302 14 租赁费 581,200 0 581,200 这是什么")).toBe(
      "30214租赁费581,200｜0｜581,200这是什么",
    );
  });

  // 市政府办 2024 决算 (data/docs/000): "2010201	行政运行	139.69	139.69" on line 152 (公开02表), 185 (公开03表)
  // and 247 (公开05表).
  const { ask } = useSampleEngine();

  it("is found by its code and the numbers it prints, with every cell cited", async () => {
    const r = await ask("2010201\t行政运行\t139.69\t139.69 这一行什么意思");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("株洲市人民政府办公室2024年度决算");
    expect(text).toContain("公开03表");
    expectFacts(r, "139.69万元");
    expect(text).toContain("项级科目");
    expectGrounded(r);
  });
});

/**
 * 万里街道 2024 部门预算, read off the rendered page 30 (基本支出经济分类预算表, 元): "302 14 租赁费 581,200
 * 0 581,200" (合计, 人员经费, 公用经费).
 */
describe("a pasted economic row that two years print", () => {
  const { ask } = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("is read in the document whose cells print all the pasted numbers", async () => {
    const r = await ask("302 14 租赁费 581,200 0 581,200 这是什么钱");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("2024年度预算");
    expect(text).not.toContain("2023年度预算");
    expectFacts(r, "581200元 0元");
    expectGrounded(r);
  });
});

/** data/docs/000 line 402: 年初预算为683万元，支出决算为558.89万元，完成年初预算的81.83%，…主要原因是：优化营商环境相关业务未开展。 */
describe("numbers inside a sentence about a row", () => {
  const { ask } = useSampleEngine();

  it("are the asker's own figures, not a pasted row: the rate and the reason are answered", async () => {
    const text = plain(
      (await ask("市政府办一般行政管理事务年初683万、实际558.89万，完成率是多少？为什么没花完")).answer,
    );
    expect(text).toContain("81.83%");
    expect(text).toContain("优化营商环境相关业务未开展");
    expect(text).not.toContain("印有这些数");
  });
});
