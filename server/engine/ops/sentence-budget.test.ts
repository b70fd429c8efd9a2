import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 lines 1224–1226 (表1.项目资金支出情况, one cell a line): 驻京工作经费 年初预算 217; line 1278 (项目支出绩效情况): 项目支出
 * 209.35万元. 209.35 ÷ 217 = 96.47%.
 */
describe("a project's actual", () => {
  it("names the budget the same document states for it elsewhere, and the share spent", async () => {
    const text = plain((await sample.ask("北京联络处的驻京工作经费2024年最后用了多少")).answer);
    expect(text).toContain("209.35万元");
    expect(text).toContain("所列年初预算数为 217.00万元");
    expect(text).toContain("209.35 ÷ 217 = 96.47%");
  });
});
