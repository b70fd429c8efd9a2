import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * Read off the sources:
 * - 社会福利院 2024 单位预算 p16 (rendered at -r 80): 2024年“三公”经费预算数为6.40万元. A budget only: what
 *   was spent in the end is not disclosed.
 * - 司法局 2026 部门预算 (its only document): a budget published ahead of any final accounts.
 * - 001 (驻京办): 2024 决算 only; no budget for a later year.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf", "putuo-sfj-2026-bumen-yusuan.pdf"]);

describe("money said as really spent", () => {
  it("“到头来实际用掉” of a budget-only unit is not disclosed; the budget is named as the closest", async () => {
    const r = await ask("普陀区社会福利院2024年三公经费到头来用掉了多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("6.40万元");
    expect(r.answer).toContain("不是实际支出");
  });
});

describe("next year", () => {
  it("with final accounts only, next year's figure is not disclosed", async () => {
    const r = await samples.ask("驻京办明年的三公经费预计会涨吗");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toMatch(/23\.30万元/);
  });

  it("with a budget published ahead of the final accounts, next year is that budget's year, said so", async () => {
    const r = await ask("司法局下一年度的三公预算安排多少");
    expect(r.status).toBe("answered");
    expect(r.plan.years).toEqual([2026]);
    expect(r.answer).toContain("按2026年理解（已公开预算的年度）");
  });

  it("“说明年初…” is no next year", async () => {
    const r = await samples.ask("帮我写一段驻京办一般行政管理事务的说明年初预算也写上");
    expect(r.plan.yearSource).not.toBe("relative");
  });

  it("a hypothetical's “明年再压减” is of the latest figure", async () => {
    const r = await samples.ask("驻京办三公经费假如明年再压缩两成是多少");
    expect(r.plan.yearSource).not.toBe("relative");
  });
});
