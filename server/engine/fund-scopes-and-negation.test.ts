import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages:
 * - 社会福利院 2024 单位预算 (元): p8 收入预算总表, 208 10 05 社会福利事业单位 合计 9,584,796 of which
 *   财政拨款收入 6,964,796 and 事业收入 2,620,000; p9 支出预算总表 the same row 9,584,796.
 * - 普陀区财政局 2024 部门决算 p6 收入支出决算总表 (万元): 一般公共预算财政拨款收入 2,940.05, 其他收入
 *   6.20, 本年收入合计 2,946.25; 2,946.25 − 2,940.05 = 6.20.
 */
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);

describe("a row's money by fund", () => {
  it("“只要财政拨款的” after a row is that row's 财政拨款 cell, not the unit's appropriation", async () => {
    const r = await ask("福利院2024年社会福利事业单位那一行预算是多少？", "只要财政拨款部分的");
    expect(r.answer).toContain("6964796元");
    expect(r.answer).not.toContain("9501164");
    expectGrounded(r);
  });

  it("an all-funds table and a general-budget table of a unit with other money differ in scope, not in error", async () => {
    const r = await ask("福利院2024年社会福利事业单位这一项预算多少？");
    expect(r.answer).toContain("9584796元");
    expect(r.answer).toContain("口径不同（前者含全部资金来源，后者只含一般公共预算财政拨款）");
    expect(r.answer).not.toMatch(/9584796元[^。]*文件前后不一致/);
  });
});

describe("a figure named by what it is not", () => {
  it("“不是财政拨款的收入” is the income total less the appropriation", async () => {
    const r = await ask("普陀区财政局2024年的收入里，不是财政拨款的那部分有多少？");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("6.20万元");
    expect(r.answer).toContain("2946.25 − 2940.05");
    expectGrounded(r);
  });
});

describe("the rest of a whole once a part is taken off", () => {
  it("“除了<甲>，别的<整体>” is the whole less the part, not a row named 其他<整体> less it", async () => {
    const r = await ask("普陀区财政局2024年除了财政拨款收入以外，别的收入还有吗？多少");
    expect(r.answer).toContain("2946.25 − 2940.05");
    expect(r.answer).toContain("**6.20万元**");
    expect(r.answer).not.toContain("2933.85");
    expectGrounded(r);
  });
});
