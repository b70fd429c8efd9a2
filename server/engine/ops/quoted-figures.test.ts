import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * Two amounts the asker quotes, computed with when the unit's documents state both under a name
 * the question shares. data/docs/000 line 740 (整体支出绩效评价基础数据表): 政府门户网专项 2023年决算 56.3,
 * 2024年预算 173, 2024年决算 48.89; line 297: 30226 劳务费 173.03.
 */
const { ask } = useSampleEngine();

describe("amounts the asker quotes", () => {
  it("are read from the document that states them, and their rate computed", async () => {
    const r = await ask("门户网站那个专项，市政府办安排了173万元，最后用掉48.89万元，完成率多少");
    expect(r.answer).toContain("48.89 ÷ 173 = 28.26%");
    expect(r.answer).toContain("完成预算的");
    expect(r.answer).toContain("与文件一致");
    expectGrounded(r);
  });

  it("a number equal to another row's only once rounded is not taken for it", async () => {
    const r = await ask("门户网站那个专项，市政府办安排了173万元，最后用掉48.89万元，完成率多少");
    expect(r.answer).not.toContain("劳务费");
  });

  it("numbers the documents do not state are not computed with", async () => {
    const r = await ask("门户网站那个专项，市政府办安排了180万元，最后用掉50万元，完成率多少");
    expect(r.answer).not.toContain("50 ÷ 180");
  });
});
