import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * A part some units state within a figure: data/docs/001 line 1141 "公务接待费支出决算为3.6万元，全年
 * 公务接待16批次176人次，支出2.71万元；商务接待5批次47人，支出0.86万元". 商务接待 is not the whole
 * 公务接待费. By hand 0.86万元 ÷ 47人 = 182.98 元/人.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("商务接待", () => {
  it("is the part the sentence states, never the whole 公务接待费", async () => {
    const r = await ask("驻京办搞商务接待用了多少钱");
    const text = plain(r.answer);
    expect(text).toContain("商务接待5批次47人，支出0.86万元");
    expect(text).not.toMatch(/公务接待费支出决算为 3\.60万元/);
  });

  it("named first, then asked per person after a comma, is one question", async () => {
    const r = await ask("驻京办那边的商务接待，摊到每个人头上多少钱");
    expect(plain(r.answer)).toContain("0.86 × 10000 ÷ 47 = 182.98元/人");
    expect(r.answer).not.toContain("在职人数");
  });
});
