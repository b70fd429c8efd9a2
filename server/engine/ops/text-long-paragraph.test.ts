import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

/**
 * A passage printed as one long paragraph is quoted by its sentences: 001 line 1267 (驻京办's
 * 2024 决算, "二是搭好了联络对接“高架桥”…累计协助争取国家重点建设资金7.3亿元，协助申报专项债项目
 * 128个152亿元…"), a paragraph of some 1,300 characters that line 1284 repeats after "项目支出38.46
 * 万元，主要用于".
 */
const { ask } = useSampleEngine();

describe("a long paragraph", () => {
  it("is quoted by the sentences that answer, skipped ones marked", async () => {
    const r = await ask("驻京办在帮株洲争取国家建设资金上做了些什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("累计协助争取国家重点建设资金7.3亿元");
    expect(r.answer).toContain("……");
    // Not the whole paragraph: its closing sentences about 信息港 and the 接待 counts are left out.
    expect(r.answer).not.toContain("全年编报《京株快讯》12期");
  });

  it("a section that repeats another's words is quoted once", async () => {
    const r = await ask("驻京办在帮株洲争取国家建设资金上做了些什么");
    expect(r.answer.split("累计协助争取国家重点建设资金7.3亿元").length - 1).toBe(1);
  });
});

describe("a rate no table prints", () => {
  // 000 line 642: "12345 热线全年共接通…交办工单 172117 件，办结率 99.56%、满意率 95.73%" under the
  // 市长热线 project (line 660 gives its 510 万元).
  it("is quoted from the sentence that states it, never answered with the project's amount", async () => {
    const r = await ask("株洲市政府办公室的12345热线办结率多少");
    expect(r.answer).toContain("办结率99.56%");
    expect(r.answer.split("\n")[0]).not.toMatch(/510\.00万元/);
  });
});

describe("a compound the segmenter also cuts into parts", () => {
  // 000 line 58: "一、部门职责".
  it("主要职责 finds the duties section", async () => {
    const r = await ask("株洲市政府办公室主要职责有哪些");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("部门职责");
  });
});
