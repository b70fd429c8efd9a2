import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * 普陀区司法局 2026, rendered pages (pdftoppm -r 70): 部门预算 p10 收入总计 96,282,213.44 元, p21 “三公”经费
 * 合计 10.81 万元 and 机关运行经费预算数 217.83 万元; 单位预算 p8 收入总计 86,959,408.34 元, p20 10.71 and
 * 184.59 万元. By hand: 96,282,213.44 − 86,959,408.34 = 9,322,805.10 元 (932.28 万元); 10.81 − 10.71 = 0.10;
 * 217.83 − 184.59 = 33.24.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("several figures listed, set against each other across two editions", () => {
  it("each figure across the editions, the loose word of the list read as a figure too", async () => {
    const r = await ask("司法局部门预算跟单位预算比，收入、三公、机关运行经费各相差多少");
    const text = plain(r.answer);
    expect(r.plan.metrics.map((m) => (m.type === "metric" ? m.key : ""))).toContain("收入合计");
    expect(text).toContain("932.28万元");
    expect(text).toContain("10.81 − 10.71 = 0.10");
    expect(text).toContain("217.83 − 184.59 = 33.24");
    // Never one figure less another of the same edition.
    expect(text).not.toMatch(/9628\.\d+ − 10\.81/);
  });
});
