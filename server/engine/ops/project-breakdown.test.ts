import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Projects in the sample final accounts (data/docs). 001: 驻京工作经费 项目支出209.35万元 (line
 * 1278), 招商专项 38.46万元 (line 1284), 项目支出合计 247.80 (公开03表, line 304). 002 附件7-3 (lines
 * 803–811): “党政专用通信二级网建设”项目 年初预算 0, 全年预算 106.08, 全年执行 79.55, 执行率 74.00%.
 */
const { ask } = useSampleEngine();

describe("a unit's projects", () => {
  it("the project spending listed project by project, with its total", async () => {
    const r = await ask("驻京办这两个项目各用了多少钱？");
    expect(r.status).toBe("answered");
    expectFacts(r, "247.80万元 209.35万元 38.46万元");
    expect(r.answer.indexOf("209.35")).toBeLessThan(r.answer.indexOf("38.46"));
    expectGrounded(r);
  });

  // 001 表1.项目资金支出情况 (lines 1224–1233): 驻京工作经费 年初预算 217, 招商专项 年初预算 40.
  it("final accounts: each project with the budget the same document states for it", async () => {
    const r = await ask("驻京办项目支出具体有哪些项目");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toMatch(/209\.35万元\[\d+\]（年初预算 217\.00万元/);
    expect(text).toMatch(/38\.46万元\[\d+\]（年初预算 40\.00万元/);
  });

  it("a project's self-evaluation form gives its budget, spending and the printed execution rate", async () => {
    const r = await ask("区委办党政专用通信二级网建设项目调整后预算和执行数各是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "106.08万元 79.55万元 74.00%");
    expectGrounded(r);
  });

  it("a count of projects is not their money", async () => {
    const r = await ask("区委办2024年有几个项目做了绩效自评");
    expect(r.answer).not.toContain("文件列出的项目如下");
  });
});

/**
 * data/docs/001 line 1110: 项目支出247.8万元; lines 1224–1243 (表1.项目资金支出情况): 驻京工作经费 209.35, 招商专项
 * 38.46 — together 247.81, a fen from the total the narrative rounds to one decimal.
 */
describe("every project of a unit listed", () => {
  it("adds them and sets the sum against the total", async () => {
    const text = (await ask("驻北京联络处2024年的项目支出由哪些项目组成")).answer.replace(/\*\*/g, "");
    expect(text).toContain("209.35 + 38.46 = 247.81");
    expect(text).toContain("相差 0.01万元");
  });
});

describe("the projects' names asked", () => {
  // 001 表1.项目资金支出情况 (lines 1224–1233): 驻京工作经费, 招商专项.
  it("lists the projects the document names, with their amounts", async () => {
    const r = await ask("驻京办的项目分别叫什么名字");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("驻京工作经费");
    expect(r.answer).toContain("招商专项");
  });

  /**
   * putuo-czj-2024-bumen-juesuan.pdf p.10 (支出决算表, rendered): 合计 项目支出 603.14; the document
   * names no project (its 绩效 section counts them only).
   */
  const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
  it("refuses names a document does not print, naming the project spending as closest", async () => {
    const r = await pdf.ask("普陀区财政局有几个绩效项目", "那这几个项目都叫啥");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("没有逐项列出项目名称");
    expect(r.answer).toContain("603.14");
    expect(r.answer).not.toContain("财政委托业务支出");
  });
});
