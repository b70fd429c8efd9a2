import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/000 line 496: 公务接待费…支出决算为1.12万元…2024年度共接待来访团组8个、来宾64人次; line 484:
 * 因公出国（境）费…团组6个…7人次.
 */
describe("the counts a document states with an amount", () => {
  it("says them after the amount, each cited", async () => {
    const r = await sample.ask("市政府办2024年接待费花了多少钱");
    const text = plain(r.answer);
    expect(text).toContain("1.12万元");
    expect(text).toMatch(/文件同时写明：接待来访团组 8个\[\d+\]，来宾 64人次\[\d+\]/);
  });

  it("adds none when the counts are what was asked", async () => {
    const text = plain((await sample.ask("市政府办2024年接待了多少批次来访团组")).answer);
    expect(text).not.toContain("文件同时写明");
  });
});
