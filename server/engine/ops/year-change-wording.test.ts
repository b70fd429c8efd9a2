import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: putuo-wanli-2023-bumen-yusuan.pdf page 29 机关运行经费预算为786.09万元;
 * putuo-wanli-2024-bumen-yusuan.pdf page 32 机关运行经费预算为443.18万元; page 6 财政拨款支出预算15621.11万元，
 * 比2023年预算减少876.75万元 … 财政拨款收入支出减少的主要原因是项目调整. By hand: 443.18 − 786.09 = -342.91.
 */
describe("a change over a year, asked loosely", () => {
  it("'一年少了多少' compares the two years' budgets", async () => {
    const r = await ask("万里街道办的机关运行经费预算，一年下来少了多少");
    expect(plain(r.answer)).toContain("443.18 − 786.09 = -342.91");
  });

  it("the two years' totals, with the reason the document gives for the same-amount appropriation", async () => {
    const r = await ask("万里街道办2023年和2024年的预算总盘子变化");
    const text = plain(r.answer);
    expect(text).toContain("876.75万元");
    expect(text).toContain("项目调整");
  });
});
