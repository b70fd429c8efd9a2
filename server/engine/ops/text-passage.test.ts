import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Passages that answer: a "why" quotes the reason line of its section, not only the lines that
 * restate the figures; a stock "截止<年>12月31日" is read from the next year's budget. Read off
 * the rendered pages: 上海市财政局 2025 单位预算 p6 ("财政拨款收入支出减少的主要原因是预计注册
 * 会计师考试人数、科次减少，项目经费减少等。"), 普陀区万里街道 2023 部门预算 p29 ("截止2022年12月
 * 31日，…车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）").
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf", "putuo-wanli-2023-bumen-yusuan.pdf"]);

describe("a why-question answered by a passage", () => {
  it("quotes the line that gives the reason", async () => {
    const r = await ask("上海市财政局2025年预算为何比上年少了");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("主要原因是预计注册会计师考试人数、科次减少");
  });
});

describe("a why with no pair of figures to explain", () => {
  // 上海市财政局 2025 单位预算 p21: "公务用车运行费32.20万元，与2024年预算持平" and "共有车辆0辆"; no
  // reason is given for running costs without vehicles.
  it("says no reason is stated, then gives the figures asked (one never compared with itself)", async () => {
    const r = await ask("上海市财政局一辆车都没有，公车运行费怎么还有预算，原因是什么");
    expect(r.status).toBe("answered");
    expect(r.answer.startsWith("文件没有说明原因")).toBe(true);
    expectFacts(r, "32.20万元");
    expectFacts(r, "0辆");
    expect(r.answer).not.toContain("决算与预算持平");
    expect(r.answer).toContain("文件没有说明原因");
    expectGrounded(r);
  });
});

describe("a why set against a count just given", () => {
  // 上海市财政局 2025 单位预算 p21 ("共有车辆0辆") and p20 (公务用车运行费 32.20万元).
  it("keeps the count beside the figure whose reason is asked", async () => {
    const r = await ask("上海市财政局有公车吗", "怎么还要安排公车运行费呢");
    expect(r.status).toBe("answered");
    expect(r.answer.startsWith("文件没有说明原因")).toBe(true);
    expectFacts(r, "0辆");
    expectFacts(r, "32.20万元");
    expectGrounded(r);
  });
});

describe("a stock at the end of a year", () => {
  it("is read from the budget of the next year, vehicles with their kinds", async () => {
    const r = await ask("万里街道截止2022年12月31日车辆有几辆");
    expect(r.status).toBe("answered");
    expectFacts(r, "7辆");
    expectFacts(r, "3辆");
    expectFacts(r, "4辆");
    expect(r.answer).toContain("一般公务用车");
    expectGrounded(r);
  });
});
