import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, figureNumbers } from "../answer-expect.js";

/**
 * Scores: 002 (区委办 2024 决算) states its department score only in its 整体支出绩效自评表 (总分 /
 * 100 / 96.22, line 728), never in its prose; line 686 says how the self-evaluation results are
 * presented ("此次绩效自评结果主要以《…整体支出绩效自评报告》…"). Its projects' forms score each project.
 */
const { ask } = useSampleEngine();

describe("a score the prose does not state", () => {
  it("is read from the self-evaluation form", async () => {
    const r = await ask("天元区委办2024年的绩效自评打了几分");
    expect(r.status).toBe("answered");
    expectFacts(r, "96.22分");
  });

  it("a project's score asked without naming the project: the department's score is only the closest", async () => {
    const r = await ask("天元区委办2024年的项目绩效评价打了几分");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("最接近的公开数字");
    expect(r.answer.split("\n")[0]).toContain("文件没有“项目”的绩效自评得分");
  });
});

describe("a count the document does not state", () => {
  it("refuses and gives no figure", async () => {
    const r = await ask("天元区委办2024年组织了多少次集中学习");
    expect(r.status).toBe("not_found");
    expect(figureNumbers(r.answer)).toEqual([]);
  });
});
