import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 458: “三公”经费…支出决算为9.00万元…与上年相比增加4.26万元，增长89.9%. Last year is
 * 9.00 − 4.26 = 4.74; 4.26 ÷ 4.74 = 89.87%, which the document prints rounded to one decimal.
 */
describe("last year's figure derived from this year's and the stated change", () => {
  it("checks the stated rate against the derived figure, at the decimals printed", async () => {
    const text = plain((await sample.ask("天元区委办2023年的三公经费花了多少")).answer);
    expect(text).toContain("9 − 4.26 = 4.74");
    expect(text).toContain("(9 − 4.74) ÷ 4.74 = 89.87%");
    expect(text).toContain("按文件所印小数位取整后与所写一致");
  });
});
