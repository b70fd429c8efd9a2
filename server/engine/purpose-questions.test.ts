import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * What a named expense is for, asked of a published 上海 budget whose figure sentences give no
 * purpose: the document's glossary entry says it. 普陀区司法局 2026 部门预算 p7 (rendered with
 * pdftoppm), 名词解释 (七): "公务接待费主要安排全国性专业会议、国家重大政策调研、专项检查以及外事团组
 * 接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出".
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

describe("what an expense is for", () => {
  it("asked in one message, quotes the glossary entry naming it", async () => {
    const r = await ask("普陀区司法局2026年的公务接待费一般花在什么用途上");
    expect(r.status).toBe("answered");
    // The glossary heads the answer: the figure sentences only say the amount did not change.
    expect(r.answer.split("\n")[0]).toContain("名词解释");
    expect(r.answer).toContain("全国性专业会议");
  });

  it("asked after the amount ('这些钱用来干嘛的'), is the same entry, not a refusal", async () => {
    const r = await ask("普陀区司法局2026年公务接待费预算多少", "这些钱用来干嘛的");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("名词解释");
    expect(r.answer).toContain("外事团组接待交流");
  });
});

/**
 * A functional class read through its name and its code (两个 refs of one row): the narrative's
 * sentence saying what it is spent on is quoted. 上海市财政局 2025 p6 (rendered): "“一般公共服务支出”科目
 * 12,789万元，主要用于人员经费、公用经费等基本支出，国库集中收付银行代理银行费等项目支出".
 */
const shanghai = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

describe("what a functional class is spent on", () => {
  it("quotes the sentence stating it beside the amount", async () => {
    const r = await shanghai.ask("上海市财政局2025年一般公共服务支出多少钱？主要用于什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("国库集中收付银行代理银行费");
  });
});

/**
 * data/docs/003 line 60: "2024年预算安排会议费1万元，主要是主要是驻沪办招商项目对接会议，共计4次，每次30人；培训费1.4万元，
 * 主要包括事业编制人员在职培训0.4万元，共计12人…": one sentence states both figures and their plans.
 */
describe("how two figures are arranged, asked together", () => {
  const sample = useSampleEngine();

  it("'怎么安排的' quotes the sentence stating both, once", async () => {
    const r = await sample.ask("株洲市政府办2024年预算的会议费和培训费都是怎么安排的");
    expect(r.answer).toContain("1.00万元");
    expect(r.answer).toContain("1.40万元");
    expect(r.answer).toContain("共计4次，每次30人");
    expect(r.answer.split("共计4次，每次30人")).toHaveLength(2);
    expectCited(r, DOC.cityBudget, 60);
  });
});
