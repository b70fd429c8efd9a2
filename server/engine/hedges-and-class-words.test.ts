import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * Read off the rendered pages:
 * - 司法局 2026 部门预算 p10 (-r 90), 部门财务收支预算总表 (元): 公共安全支出 87,267,272.44; 社会保障和就业支出
 *   3,343,704.00; 卫生健康支出 1,149,678.00; 住房保障支出 4,521,559.00.
 * - 社会福利院 2024 单位预算 p6 (-r 80): 事业收入262.00万元.
 * - 商务委 2025 部门预算 p22 (-r 80, and -r 200 for the line): 因公出国（境）费0万元，与2024年预算持平，
 *   主要原因是此部分预算由区外办统一安排.
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
]);

describe("spending by its broad classes", () => {
  it("“按支出大类” lists the functional classes", async () => {
    const r = await ask("司法局2026年部门预算按支出大类列一下各多少");
    expect(r.answer).toContain("8726.73万元");
    expect(r.answer).toContain("334.37万元");
    expect(r.answer).toContain("114.97万元");
    expect(r.answer).toContain("452.16万元");
  });
});

describe("hedges and emphasis name no figure", () => {
  it("“预估” before a budget figure", async () => {
    const r = await ask("社会福利院2024年事业收入预估是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("262.00万元");
  });

  it("“一分钱都不安排” asks why a figure is nil, answered with the stated reason", async () => {
    const r = await ask("商务委因公出国经费为啥一分钱也没安排");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("此部分预算由区外办统一安排");
  });
});
