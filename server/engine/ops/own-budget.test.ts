import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited } from "../answer-expect.js";

/**
 * The same year's budget and final accounts of one body state different budgets: data/docs/003 (2024
 * 部门预算) gives 支出 5311.92万元; data/docs/000 line 394 (2024 决算): "2024年度财政拨款支出年初预算数为
 * 5054.92万元，支出决算数为5487.18万元，完成年初预算的108.55%". By hand: 5487.18 − 5054.92 = 432.26.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a total compared with the budget document's figure", () => {
  it("also names the budget the final accounts state for the same actual", async () => {
    const r = await ask("市政府办公室24年实际支出比当初的预算超了多少");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("5487.18万元");
    expect(text).toMatch(/决算文件所列财政拨款支出年初预算为 5054\.92万元/);
    expect(text).toContain("5487.18 − 5054.92 = 432.26");
    expectCited(r, DOC.cityFinal, 394);
  });
});
