import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * A sentence of a PDF's explanation quoted back: its figure in 万元, and the 元 table's cell of the
 * same line beside it. Read off the rendered pages of 上海市财政局 2025 单位预算: page 6 "3.“卫生健康支出”
 * 科目467万元，主要用于缴纳在职人员医疗保险等支出"; page 7 (财务收支预算总表, 元) 卫生健康支出 合计
 * 4,668,000, which rounds to 467 万元.
 */
describe("a quoted sentence of a PDF", () => {
  const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("names the line the sentence is about, with the 元 table's amount of it", async () => {
    const r = await ask("上海市财政局预算说明里“主要用于缴纳在职人员医疗保险等支出”讲的是哪个科目，金额多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("卫生健康支出");
    expectFacts(r, "467万元 466.8万元");
    expect(r.answer).toContain("4668000");
  });
});
