import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Rendered pages (pdftoppm -r 80):
 * - putuo-czj-2024-bumen-juesuan.pdf p18, 财政拨款“三公”经费支出决算表: 合计 预算数 0.95, 决算数 blank;
 *   shanghai-czj-2025-danwei-yusuan.pdf is a budget, with no actuals.
 * - putuo-swh-2025-bumen-yusuan.pdf p26, 贸易高质量发展专项（政策资金）经费情况说明: 2025年度项目总预算2921.00万,
 *   其中支持外贸发展370.00万 … 进博会推进专项153.00万.
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
]);

describe("a name two bodies share, asked what was actually spent", () => {
  it("only the body publishing final accounts can say: it is answered, the reading noted", async () => {
    const r = await ask("财政局三公经费的年初预算和实际支出分别是多少");
    expect(r.status).toBe("answered");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(r.answer).toContain("0.95万元");
    expect(r.answer).toContain("按“上海市普陀区财政局”理解");
  });

  it("a budget asked alone still asks which body is meant", async () => {
    const r = await ask("财政局今年三公经费安排了多少预算");
    expect(r.status).toBe("clarify");
  });
});

describe("a project called by a short name", () => {
  it("“贸易专项” is the asked body's 贸易高质量发展专项, its total first, not one of its parts", async () => {
    const r = await ask("商务委的贸易专项一共多少钱");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2921.00万元");
    expect(r.answer).toContain("按“贸易高质量发展专项");
    expect(r.answer).not.toMatch(/项目中进博会推进专项为/);
    expectGrounded(r);
  });
});
