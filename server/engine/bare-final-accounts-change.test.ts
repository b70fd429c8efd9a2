import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 line 1106: "2024年度收、支总计247.8万元。与上年相比，减少32.91万元，减少11.72%，主要是因为响应财政号召，
 * 压缩开支，节约经费。"
 */
describe("the final accounts as a whole against last year, no figure named", () => {
  it("reads the total and its stated change", async () => {
    const r = await ask("驻北京联络处24年的决算比上一年少了多少");
    const text = plain(r.answer);
    expect(text).toContain("247.80万元");
    expect(text).toContain("32.91万元");
    expect(text).toContain("11.72%");
    expect(text).toContain("响应财政号召，压缩开支，节约经费");
  });
});
