import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A change on last year the document does not state. 上海市财政局 2025 单位预算 p21 (rendered):
 * "2025年上海市财政局财政拨款的机关运行经费预算为2,517.78万元。" with no comparison, and no 2024
 * document in the corpus.
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

describe("a change on last year that is not disclosed", () => {
  it("still gives the figure asked first, and says the change is not disclosed", async () => {
    const r = await ask("上海市财政局2025年机关运行经费预算多少，比上年怎么变化");
    expect(r.status).toBe("answered");
    expectFacts(r, "2517.78万元");
    expect(r.answer).toContain("没有“机关运行经费”与上年比较的数字");
    expectGrounded(r);
  });

  it("refuses the change alone, naming this year's figure as the closest disclosed", async () => {
    const r = await ask("上海市财政局2025年机关运行经费比上年增长多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("2517.78万元");
  });
});

/**
 * More than doubled on last year. 000 line 356 (table 09: 因公出国（境）费 决算 49.98) and line 733
 * (附件1: 出国经费 2023年决算数 9.68). By hand 49.98 ÷ 9.68 = 5.16倍, (49.98 − 9.68) ÷ 9.68 = 416.32%.
 */
describe("a figure more than doubled on last year", () => {
  const samples = useSampleEngine();
  it("also says how many times last year's it is", async () => {
    const r = await samples.ask("政府办出国费为啥比上年涨这么多？");
    expect(r.answer).toContain("416.32%");
    expect(r.answer).toContain("是上年的 **5.16倍**");
  });
});
