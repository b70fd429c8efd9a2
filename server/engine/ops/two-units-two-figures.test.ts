import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 (天元区委办 2024 决算) line 173 公开03表 合计: 基本支出 631.11, 项目支出 209.59; line 462:
 * 公务接待费支出决算为0.13万元. data/docs/000 (市政府办) line 184: 基本支出 4,723.85, 项目支出 763.33.
 * data/docs/001 (驻京办) line 1132: “三公”经费支出决算为23.3万元. By hand: 631.11 − 4723.85 = -4092.74,
 * 209.59 − 763.33 = -553.74, 23.3 ÷ 0.13 = 179.23.
 */
describe("two units and two figures", () => {
  it("'甲和乙，A和B对比' compares each figure across the units", async () => {
    const r = await ask("天元区委办同市政府办，基本支出、项目支出分别对比一下");
    const text = plain(r.answer);
    expect(text).toContain("631.11 − 4723.85 = -4092.74");
    expect(text).toContain("209.59 − 763.33 = -553.74");
  });

  it("'甲的A是乙的B的几倍' sets each unit's own figure against the other's", async () => {
    const r = await ask("驻北京联络处的三公经费，是天元区委办公务接待费的多少倍");
    const text = plain(r.answer);
    expect(text).toContain("23.3 ÷ 0.13 = 179.23倍");
    expect(text).not.toContain("23.3 ÷ 3.6");
  });
});
