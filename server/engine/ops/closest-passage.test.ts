import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { figureNumbers } from "../answer-expect.js";

/**
 * A score the document does not state: 002 (区委办 2024 决算) gives no self-evaluation score in
 * its prose (only the self-evaluation tables' headers say 得分); its line 686 says how the
 * self-evaluation results are presented ("此次绩效自评结果主要以《…整体支出绩效自评报告》…").
 */
const { ask } = useSampleEngine();

describe("a count or score the document does not state", () => {
  it("refuses, gives no figure and quotes what the document says instead", async () => {
    const r = await ask("天元区委办2024年的绩效自评打了几分");
    expect(r.status).toBe("not_found");
    expect(figureNumbers(r.answer)).toEqual([]);
    expect(r.answer).toContain("此次绩效自评结果主要以");
    expect(r.answer).toContain("文件没有给出这个数字");
    expect(r.citations.some((c) => c.docId === "002_f16b9cd1552d1230")).toBe(true);
  });
});
