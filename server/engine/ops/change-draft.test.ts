import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

/**
 * data/docs/002 (天元区委办 2024 决算), lines 456–462: "“三公”经费…支出决算为9.00万元…与上年相比增加4.26万元，增长
 * 89.9%，增长的主要原因是临时因公出国经费追加"; "因公出国（境）费…与上年相比增加5.38万元，增长的主要原因是临时因公
 * 出国参加党政领导干部培训班经费追加"; "公务接待费…与上年相比减少0.61万元，减少82.4%，减少的主要原因是厉行节约，三公
 * 经费压减".
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a draft of a change on last year", () => {
  it("is a paragraph: the figure, its change and reason, then each part's change and reason", async () => {
    const r = await ask("帮忙起草一段区委办三公经费比上年增长的情况说明");
    expect(r.plan.operation).toBe("yoy");
    const draft = plain(r.answer.split("可直接使用的说明草稿")[1] ?? "");
    expect(draft).toContain("9.00万元");
    expect(draft).toContain("增加 4.26万元");
    expect(draft).toContain("主要原因是：临时因公出国经费追加");
    expect(draft).toMatch(
      /因公出国（境）费增加 5\.38万元\[\d+\]，主要原因是临时因公出国参加党政领导干部培训班经费追加/,
    );
    expect(draft).toMatch(/公务接待费减少 0\.61万元\[\d+\]，主要原因是厉行节约/);
  });

  it("is not written when no draft is asked", async () => {
    const r = await ask("区委办三公经费比上年增长了多少");
    expect(r.answer).not.toContain("可直接使用的说明草稿");
  });
});

describe("a draft of a budget gap that states the change on last year too", () => {
  // data/docs/000 line 496: "公务接待费支出预算为11万元，支出决算为1.12万元，完成预算的10.18%；与上年相比减少
  // 0.86万元，降低43.43%。决算数小于预算数的主要原因是接待任务减少。决算数小于上年数的主要原因是接待任务减少。"
  it("gives the reason once when the change's reason is the gap's", async () => {
    const r = await ask("帮我起草市政府办公务接待费决算比预算少很多的说明");
    const draft = r.answer.split("可直接使用的说明草稿")[1] ?? "";
    expect(draft).toContain("接待任务减少");
    expect(draft.split("接待任务减少").length - 1).toBe(1);
  });
});
