import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-swh-2025-danwei-yusuan.pdf page 22 (rendered): "（一）因公出国（境）费0万元，与2024年预算持平，主要原因是此部分
 * 预算由区外办统一安排。" and "截至2024年8月31日，上海市普陀区商务委员会共有车辆0辆".
 */
describe("why one figure is what it is, and another figure, in one message", () => {
  it("answers both", async () => {
    const r = await ask("商务委单位预算为什么出国经费是0？那单位有没有车？");
    const text = plain(r.answer);
    expect(text).toContain("区外办统一安排");
    expect(text).toContain("车辆数为 0辆");
  });
});
