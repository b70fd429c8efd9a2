import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const pdf = usePdfEngine([
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: putuo-wanli-2024-bumen-yusuan.pdf page 9, item 26 城管执法: 2023年当年预算执行数为676.66万元，
 * 2024年预算安排604.34万元; putuo-wanli-2023-bumen-yusuan.pdf page 9, item 27: 2023年预算安排690.58万元.
 */
describe("a budget set against last year's execution", () => {
  it("is also set against last year's own start-of-year budget, like with like", async () => {
    const text = plain((await pdf.ask("万里街道城管执法2024年预算跟上一年比变了多少")).answer);
    expect(text).toContain("减少 72.32万元");
    expect(text).toContain("2023年度预算文件所列2023年年初预算为 690.58万元");
    expect(text).toContain("减少 86.24万元");
  });
});

/**
 * putuo-swh-2025-bumen-yusuan.pdf page 7, rendered at 80 dpi: 财政拨款收入37,151.47万元，比2024年预算执行数增加
 * 24,558.18万元; 财政拨款支出预算37,151.47万元，比2024年预算增加24,491.71万元.
 */
describe("two figures of one amount stating changes on different bases", () => {
  it("works out the last year each change implies", async () => {
    const text = plain((await pdf.ask("普陀区商务委2025年部门预算总额比上年多了多少")).answer);
    expect(text).toContain("37151.47 − 24491.71 = 12659.76");
    expect(text).toContain("按此推算上年为 12593.29万元");
  });
});
