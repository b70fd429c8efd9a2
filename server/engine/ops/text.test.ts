import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

/**
 * A passage question is answered by the section that holds the question's own wording, from the
 * kind of document it names. 000 (市政府办 2024 决算) line 592: "所属事业单位 5 个，分别是：株洲市
 * 人民政府驻北京联络处、株洲市优化营商环境协调事务中心、…"; 003 (its 2024 预算) lists 4 in its own
 * 机构设置, and several 决算 sections are about "行政事业单位医疗", which only share words.
 */
const { ask } = useSampleEngine();

describe("the section holding the question's phrase", () => {
  it("quotes the final accounts' list of subordinate units, not the budget's or a 医疗 subject", async () => {
    const r = await ask("市政府办2024年决算里所属事业单位是哪几个");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/所属事业单位\s*5\s*个/);
    expect(r.answer).toContain("株洲市优化营商环境协调事务中心");
    // The first passage (the headline's section) is the unit's basic information, not a 医疗 subject.
    expect(r.answer.split("\n")[0]).toContain("部门（单位）基本情况");
    expect(r.citations.every((c) => c.docId === "000_2a4a6f0d8c259386")).toBe(true);
  });
});

/**
 * 天元区委办 2024 决算 (data/docs/002): line 636 heads "（6）“党史研究”项目", line 638 its write-up "项目支出 2.2 万元，
 * 运用“馆院结合”模式…"; lines 502 and 612 only list the project's name among others.
 */
describe("what a project did", () => {
  it("quotes the project's own write-up, headed by its name, before lists that name it", async () => {
    const r = await ask("天元区委办的“党史研究”项目干了些什么");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("（6）“党史研究”项目");
    expect(r.answer).toContain("馆院结合");
  });
});
