import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages:
 * - 上海市财政局 2025 单位预算 p6: "政府性基金拨款支出预算为0" (its fund table prints no rows and no note).
 * - 司法局 2026 部门预算 p8 item 5: 信息化建设 "2025年当年预算执行数为60.41万元，2026年预算安排227.88万元，比2025年
 *   预算执行数增加277.22%"; 227.88 ÷ 60.41 = 3.77 times.
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf", "putuo-sfj-2026-bumen-yusuan.pdf"]);

describe("a figure the narrative says is zero", () => {
  it("is answered with that sentence, not refused", async () => {
    const r = await ask("上海市财政局2025年政府性基金的支出预算有没有？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("政府性基金拨款支出预算为0");
  });
});

describe("a budget set against last year's execution as a multiple", () => {
  it("“翻了几倍” between two years is the change on the year, with the multiple", async () => {
    const r = await ask("司法局2026年信息化建设预算和2025年的执行数比，翻了几倍？");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("60.41万元");
    expect(r.answer).toContain("227.88万元");
    expect(r.answer).toContain("3.77倍");
    expectGrounded(r);
  });
});

/** 商务委 2025 部门预算 p22 (rendered): 因公出国（境）费 0, "此部分预算由区外办统一安排". */
describe("the document's own words asked for", () => {
  const { ask: askSwh } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
  it("“原文怎么说的” is no qualifier: the zero and its stated reason", async () => {
    const r = await askSwh("商务委2025年三公经费预算是多少？", "因公出国为什么是0，原文是怎么写的？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("此部分预算由区外办统一安排");
  });
});
