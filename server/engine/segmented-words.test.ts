import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/** Everyday words read where the segmenter joins them with the word before. */
const { ask } = useSampleEngine();
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("an everyday word the segmenter joins with the place word before it", () => {
  // 003 line 58: 2024年“三公”经费预算154万元 … “公务用车购置及运行费”101万元: 101 ÷ 154 = 65.58 %.
  it("'…预算中车的钱' (中车 is one word to the segmenter) is the cars' money", async () => {
    const r = await ask("株洲市人民政府办公室2024年的三公经费预算中车的钱占比多少");
    expect(plain(r.answer)).toContain("101 ÷ 154 = 65.58%");
  });
});

describe("cars said in passing, inside a whole named with 里头", () => {
  // 002 line 338 (公开09表): 公务用车购置及运行维护费 3.50 of 三公 9.00.
  it("'车子花了多少' after '三公里头' is the cars' money, not the whole", async () => {
    const r = await ask("天元区委办2024年三公里头，车子一共花掉多少");
    expect(plain(r.answer)).toMatch(/公务用车购置及运行维护费支出决算为 3\.50万元/);
    expect(plain(r.answer)).not.toMatch(/“三公”经费支出决算为 9\.00万元/);
  });
});
