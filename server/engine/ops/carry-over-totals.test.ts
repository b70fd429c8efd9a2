import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A 收支总表's 总计 row and this year's totals, read off the rendered pages:
 * - 上海市普陀区财政局 2024 部门决算, 收入支出决算总表 (万元): p6 本年收入合计 2,946.25, 本年支出合计
 *   2,940.05; p7 年初结转和结余 49.14, 总计 2,995.39 (income and spending columns).
 *   2,995.39 − 49.14 = 2,946.25: the carry-over is outside this year's income.
 * - 万里街道 2024 部门预算, p10 2024年部门财务收支预算总表 (元): 收入总计 and 支出总计 156,211,123.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("总计 and this year's totals", () => {
  it("收入总计 of a 决算 is the 总计 row, with the carry-overs, not 本年收入合计", async () => {
    const r = await ask("普陀区财政局2024年的收入总计是多少？");
    expect(r.answer).toContain("2995.39万元");
    expect(r.answer).not.toContain("2946.25");
    expectGrounded(r);
  });

  it("the carry-over taken off the 总计 leaves this year's income", async () => {
    const r = await ask("普陀区财政局2024年收入总计去掉年初结转和结余以后是多少？");
    expect(r.answer).toContain("2946.25万元");
    expectFacts(r, "2995.39万元 49.14万元");
    expect(r.answer).not.toContain("2897.11");
  });

  it("“除去结转，本年收入” is 本年收入合计 as printed: nothing is taken off twice", async () => {
    const r = await ask("普陀区财政局2024年度不算年初结转和结余的话，本年收入是多少？");
    expect(r.answer).toContain("2946.25万元");
    expect(r.answer).toContain("2995.39万元");
    expect(r.answer).not.toContain("2897.11");
    expectGrounded(r);
  });

  it("a budget's 收支总计 is its 支出总计 row", async () => {
    const r = await ask("万里街道2024年部门预算收支总计多少元？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("156211123元");
  });
});

/**
 * 002 (区委办 2024 决算) 公开01表: 本年收入合计 840.70 and 本年支出合计 840.70 (line 121), 年初结转和结余 and
 * 年末结转和结余 blank (line 123), 总计 840.70 on both sides (line 124): the blank rows hold 0.
 */
const samples = useSampleEngine();

describe("a blank carry-over row of the 收支总表", () => {
  it("is read as 0 through the table's own identity, the formula shown", async () => {
    const r = await samples.ask("天元区委办2024年的年初结转和结余有多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("0.00万元");
    expect(r.answer).toContain("840.7 − 840.7");
    expectGrounded(r);
  });

  it("is not read when the 总计 differs from this year's total (the blank rows then hold the gap)", async () => {
    const r = await ask("普陀区财政局2024年年末结转和结余是多少");
    expect(r.answer).toContain("55.34万元");
    expect(r.answer).not.toContain("表中此行空白");
  });
});

/**
 * putuo-czj-2024-bumen-juesuan.pdf rendered: p7 年初结转和结余 49.14, 年末结转和结余 55.34; p6 本年收入合计
 * 2,946.25, 本年支出合计 2,940.05. By hand: 49.14 + 2946.25 − 2940.05 = 55.34.
 */
describe("how the year-end carry-over came to be", () => {
  it("is worked out from the start-of-year carry-over, the income and the spending", async () => {
    const r = await ask("普陀区财政局2024年的年末结转和结余是如何得出的");
    expect(r.answer.replace(/\*\*/g, "")).toContain("49.14 + 2946.25 − 2940.05 = 55.34");
    expect(r.answer).toContain("与推算一致");
  });
});
