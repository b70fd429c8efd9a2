import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A change on last year where the document states last year's figure in a sentence, or where
 * last year is another document of the same kind. Figures read off the rendered pages of the
 * 上海 PDFs in data/pdf: 普陀区司法局 2026 部门预算 page 8, "（五）…信息化建设（13项）…2025年当年预算
 * 执行数为60.41万元，2026年预算安排227.88万元，比2025年预算执行数增加277.22%" and "行政运行…2025年当年
 * 预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。主要原因是部分人员
 * 退休"; 万里街道 机关运行经费 预算 786.09万元 (2023, page 28) and 443.18万元 (2024, page 31). By hand:
 * 227.88 − 60.41 = 167.47; 443.18 − 786.09 = −342.91, ÷ 786.09 = −43.62%.
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);

describe("change on last year", () => {
  it("a budget compared with last year's execution the same document states", async () => {
    const r = await ask("司法局信息化建设2026年预算比2025年执行数涨了多少");
    expect(r.plan.operation).toBe("yoy");
    expect(r.plan.years).toEqual([2026]);
    expect(r.status).toBe("answered");
    expectFacts(r, "60.41万元 227.88万元 167.47万元");
    expect(r.answer).toContain("277.22%");
    expectGrounded(r);
  });

  it("“跟2025年执行数比” is a change on that year, with the stated rate and reason", async () => {
    const r = await ask("司法局2026年行政运行预算跟2025年执行数比是多少变化");
    expect(r.plan.operation).toBe("yoy");
    expectFacts(r, "1690.69万元");
    // The table prints 16,726,725.44 元: 1672.67万元 in the answer.
    expect(r.answer).toContain("1672.67万元");
    expect(r.answer).toContain("1.07%");
    expect(r.answer).toContain("部分人员退休");
  });

  it("two years asked together: the later budget document against the earlier one", async () => {
    const r = await ask("万里街道机关运行经费预算2023年和2024年比，变化多大");
    expect(r.plan.years).toEqual([2023, 2024]);
    expect(r.status).toBe("answered");
    expectFacts(r, "786.09万元 443.18万元 -342.91万元");
    expect(r.answer).toContain("43.62%");
    expectGrounded(r);
  });
});
