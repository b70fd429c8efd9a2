import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * 上海市财政局 2025 单位预算: p7 (财务收支预算总表) 支出总计 171,915,169 (元); p6 (说明) "支出预算17,192万元";
 * p20 (三公经费预算表) 346.30 (万元). 346.30 ÷ 17191.5169 = 2.01%.
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a share whose whole the narrative restates rounded", () => {
  it("computes on the table's figure and names the narrative's as the same figure rounded", async () => {
    const text = plain((await ask("上海市财政局2025年三公经费预算占全部支出的比例是多少")).answer);
    expect(text).toContain("346.3 ÷ 17191.5169 = 2.01%");
    expect(text).toMatch(/所列年初预算数为 17192(?:\.00)?万元\[\d+\]，是[^。]*同一数字的四舍五入/);
  });
});
