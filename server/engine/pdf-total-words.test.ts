import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/** A total people name in everyday words, read off the rendered page (pdftoppm -r 80). */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("totals in everyday words", () => {
  // putuo-czj-2024 p21 (rendered page): 一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，
  // 完成年初预算的98.20%.
  it("一般公共预算支出 is the 一般公共预算财政拨款支出 the document compares", async () => {
    const r = await ask("普陀区财政局2024年一般公共预算支出年初预算多少，决算多少");
    expectFacts(r, "2993.92万元 2940.05万元");
  });
});

describe("a part's share of the total the conversation is about", () => {
  // putuo-shfly-2024-danwei-yusuan p7 (财务收支预算总表): 支出总计 12,121,164, of which 人员经费 7,380,214;
  // 7,380,214 ÷ 12,121,164 = 60.89%.
  it("人员经费占多少 after the spending total is its share of that total", async () => {
    const r = await ask("社会福利院2024年预算支出多少", "人员经费占多少");
    expect(r.answer).toContain("占支出合计的");
    expect(r.answer).toContain("60.89%");
  });

  // putuo-shfly-2024 p6 (rendered page): 收入预算1,212.12万元，其中：财政拨款收入950.12万元…事业收入262.00万元.
  it("a loose word after an income total is the part it begins (财政 → 财政拨款收入)", async () => {
    const r = await ask("普陀区社会福利院2024年收入预算多少", "财政出了多少");
    expectFacts(r, "950.12万元");
    expect(r.answer).not.toContain("财政拨款支出");
  });
});
