import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * The same glossary in two documents, numbered otherwise: 普陀区社会福利院 2024 单位预算 p5 "（四）机关运行经费：指行政
 * 单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。"; 普陀区司法局 2026
 * 单位预算 p5 "（八）机关运行经费：指…" (the same words).
 */
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

describe("a passage another already quoted says again", () => {
  it("is quoted once, though its items are numbered otherwise", async () => {
    const r = await ask("机关运行经费是什么意思");
    const said = r.answer.split("机关运行经费：指行政单位和参照公务员法管理的事业单位").length - 1;
    expect(said).toBe(1);
  });
});
