import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * A short name two bodies share ("财政局": 上海市财政局, 上海市普陀区财政局), listed beside other
 * units. Figures from the rendered pages: 上海市财政局 2025 单位预算 p20 (三公 346.30万元); 普陀区司法局
 * 2026 部门预算 p21 (三公 10.81万元).
 */
const { ask } = usePdfEngine([
  "shanghai-czj-2025-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a shared name listed beside other units", () => {
  it("is never dropped silently: the answer says it was left out and which bodies it may mean", async () => {
    const r = await ask("司法局、财政局两家的三公经费谁多");
    expect(plain(r.answer)).toContain("“财政局”可能指");
    expect(plain(r.answer)).toContain("未计入");
  });

  it("is resolved by the year asked when only one of the bodies publishes it", async () => {
    const r = await ask("2025年财政局和司法局的三公经费哪个多");
    // In the order the question names them; 司法局 publishes no 2025 document, which the answer
    // says: its 2026 budget states the 三公 budget "比2025年预算持平" (10.81万元, p22).
    expect(r.plan.units).toEqual(["上海市财政局", "上海市普陀区司法局"]);
    expect(plain(r.answer)).toContain("346.30万元");
    expect(plain(r.answer)).toContain("未收录上海市普陀区司法局2025年度的文件");
    expect(plain(r.answer)).toContain("10.81万元");
    expect(r.answer.indexOf("346.30")).toBeLessThan(r.answer.indexOf("10.81"));
  });
});
