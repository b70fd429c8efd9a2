import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";

/**
 * 株洲市人民政府办公室 2024: the budget (003 line 32) covers "办公室机关本级和株洲市人民政府驻北京联络处"; the final
 * accounts (000 line 88) "本级以及株洲市优化营商环境协调事务中心、株洲市人民政府驻上海联络处、市人民政府12345市长热线
 * 办公室". 三公: budget 154 (003 line 58), final 136.85 (000 line 356); 驻京办 publishes its own final
 * accounts, 三公 23.3 (001 line 1132).
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a budget and final accounts that add up different bodies", () => {
  it("a follow-up for the actual after the budget says what each covers, and the body's own figure", async () => {
    const r = await ask("市政府办2024年三公经费预算多少", "那最后实际花了多少");
    const text = plain(r.answer);
    expect(text).toContain("136.85万元");
    expect(text).toContain("预算文件汇总的是本级和株洲市人民政府驻北京联络处");
    expect(text).toContain("株洲市人民政府驻北京联络处单独公开决算");
    expectFacts(r, "23.30万元");
  });

  it("names the other document's own figure beside what it covers", async () => {
    const r = await ask("株洲市政府办2024年三公经费预算安排了多少？", "最后实际用掉多少");
    expect(plain(r.answer)).toMatch(/不宜直接对比；预算文件所列“三公”经费为 154\.00万元\[\d+\]/);
  });

  it("is not said for a follow-up that keeps to the same kind", async () => {
    const r = await ask("市政府办2024年三公经费预算多少", "其中公务接待费呢");
    expect(r.answer).not.toContain("范围不同");
  });

  it("is said beside the budget document's figure in a completion rate", async () => {
    const text = plain((await ask("市政府办2024年三公经费预算完成情况")).answer);
    expect(text).toContain("两者范围不同，不宜直接对比");
  });
});
