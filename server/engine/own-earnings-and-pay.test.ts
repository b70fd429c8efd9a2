import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * Everyday words for a unit's own income, and a person's pay asked as an average. Values read from
 * the documents: 福利院 2024 预算 PDF page 7 (财务收支预算总表, 事业收入 2,620,000 元); data/docs/002
 * line 259 (table 06, 301 工资福利支出 537.80), line 580 (编制 22 人, 实有 29 人).
 */
const { ask } = useSampleEngine();

describe("what a unit earns itself", () => {
  const pdf = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
  it("'自己挣的' after its appropriation is its 事业收入", async () => {
    const r = await pdf.ask("社会福利院2024年的财政拨款是多少", "它自己挣的有多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("事业收入");
    expect(r.answer).toContain("262.00万元");
    expect(r.answer).toContain("2620000元");
  });
});

describe("a person's pay asked as an average", () => {
  it("is refused: 工资福利支出 also holds the employer's contributions, so its average is no one's pay", async () => {
    const r = await ask("天元区委办的人一年平均每人工资多少钱");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("个人薪酬明细");
    expect(r.answer).toContain("537.80万元");
    expect(r.answer).not.toMatch(/万元\/人/);
    expectCited(r, DOC.tianyuanFinal, 259);
  });

  it("as a follow-up of the head count too", async () => {
    const r = await ask("区委办有几个人", "一个人工资拿多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toMatch(/万元\/人/);
  });

  it("while the average personnel cost per head stays a computed figure", async () => {
    const r = await ask("区委办2024年人员经费平均每人多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/万元\/人/);
  });
});
