import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded, figureNumbers } from "./answer-expect.js";

/**
 * The government-fund and state-capital budgets are their own figures, not the appropriation
 * total whose words they contain. 株洲 天元区委办 2024 决算 says "本单位无政府性基金收支。" and
 * "本单位无国有资本经营预算收支。" (lines 448, 452); 市政府办's table note says "我单位没有政府性基金
 * 收入，也没有使用政府性基金安排的支出" (line 325); its appropriation total is 5487.18万元.
 */
describe("the other funds' appropriations (株洲 samples)", () => {
  const { ask } = useSampleEngine();

  it("does not give the appropriation total for the government-fund spending", async () => {
    const r = await ask("市政府办2024年政府性基金预算财政拨款支出是多少");
    expect(figureNumbers(r.answer)).not.toContain("5487.18");
    expect(r.answer).toContain("没有使用政府性基金安排的支出");
  });

  it("answers a fund the unit has none of with the document's statement, not “not found”", async () => {
    const r = await ask("天元区委办有没有国有资本经营预算的支出");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("本单位无国有资本经营预算收支");
    expect(r.answer).not.toContain("未找到");
  });

  it("reads 收入和支出 after the fund as the fund's", async () => {
    const r = await ask("区委办政府性基金收入和支出有吗");
    expect(r.answer).toContain("本单位无政府性基金收支");
  });
});

/**
 * 万里街道 2024 部门预算 p6 (rendered): "政府性基金拨款支出预算0.00万元，比2023年预算持平"; its
 * spending total is 15621.11万元. 普陀区财政局 2024 部门决算 has no such spending (its table note).
 */
describe("the other funds' appropriations (上海 PDFs)", () => {
  const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);

  it("reads the budget's stated zero for the fund, with a word between fund and spending", async () => {
    const r = await ask("万里街道2024年政府性基金支出预算安排了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "0.00万元");
    expect(figureNumbers(r.answer)).not.toContain("15621.11");
    expectGrounded(r);
  });

  it("answers a final account without the fund with its table note, not its spending total", async () => {
    const r = await ask("普陀财政局2024年政府性基金决算支出");
    expect(r.answer).not.toContain("2940.05");
    expect(r.answer).toContain("无政府性基金预算财政拨款支出");
  });
});
