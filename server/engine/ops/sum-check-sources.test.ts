import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002: line 440 基本支出631.11万元; line 442 人员经费544.36万元; line 444 公用经费86.75万元;
 * line 287 (公开06表, one decimal) 人员经费合计 544.3, 公用经费合计 86.7. By hand: 544.36 + 86.75 = 631.11,
 * 544.3 + 86.7 = 631.0.
 */
describe("parts checked against a whole the asker quotes", () => {
  it("are read where they add up to it, the table's rounder pair said beside", async () => {
    const text = plain(
      (await sample.ask("天元区委办的基本支出631.11万元，是人员经费和公用经费相加得来的吗")).answer,
    );
    expect(text).toContain("544.36 + 86.75 = 631.11");
    expect(text).toContain("544.3 + 86.7 = 631");
  });

  it("asked plainly, are the table's, with the narrative's pair beside when it states them otherwise", async () => {
    const text = plain((await sample.ask("天元区委办人员经费和公用经费加起来是不是基本支出")).answer);
    expect(text).toContain("544.3 + 86.7 = 631");
    expect(text).toContain("544.36 + 86.75 = 631.11");
    expect(text).toContain("与基本支出相等");
  });
});
