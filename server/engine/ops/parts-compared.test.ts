import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 (天元区委办 2024 决算) lines 458–466: “三公”经费 预算4.80 决算9.00; 因公出国（境）费
 * 预算0 决算5.38 (临时因公出国经费追加); 公务接待费 预算1.3 决算0.13 (厉行节约，三公经费压减); 公务用车
 * 运行维护费 3.5 / 3.5. By hand: 1.3 − 0.13 = 1.17.
 */
describe("a variance draft of a figure made of parts", () => {
  it("explains the whole by each part's budget, actual and stated reason", async () => {
    const r = await sample.ask("帮天元区委办写一份三公经费超预算的说明材料");
    const text = plain(r.answer);
    expect(text).toContain("可直接使用的说明草稿");
    expect(text).toMatch(/其中，公务接待费预算1\.30万元\[\d+\]，支出决算0\.13万元/);
    expect(text).toContain("1.3 − 0.13 = 1.17");
    expect(text).toContain("厉行节约，三公经费压减");
    expect(text).toMatch(
      /其中公务用车运行维护费：预算 3\.50万元\[\d+\]，决算 3\.50万元\[\d+\]，与预算持平。/,
    );
  });
});

/** data/docs/000 line 484: 安排因公出国（境）团组6个，累计7人次; 预算20万元，决算49.98万元. */
describe("a variance draft asked for in other words", () => {
  it('"帮<单位>拟一段…说明" is a draft, with the activity\'s counts beside it', async () => {
    const text = plain((await sample.ask("帮市政府办拟一段出国经费超预算的说明")).answer);
    expect(text).toContain("可直接使用的说明草稿");
    expect(text).toContain("团组 6个");
    expect(text).toContain("7人次");
  });
});
