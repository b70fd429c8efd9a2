import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { labelledClauses } from "./labelled-clauses.js";
import { UNIT_TOPICS } from "../lexicon/unit-topics.js";

/**
 * A self-evaluation's problems said inside a paragraph of results, not under a heading of their
 * own. 株洲市人民政府办公室 2024 决算 (000, line 530, 十三、关于2024年度预算绩效情况的说明 > （二）绩效评价
 * 结果): "…八是服务对象满意度指标：市长热线办结率达到 100%。发现的主要问题及原因：服务对象满意度指标：
 * 市长热线首次办理市民满意度未达到 100%。下一步改进措施：加强与部门及反应问题市民之间的沟通协调，争取市长
 * 热线首次办理市民满意度达到 100%。**二是部门评价结果…".
 */
const EXCERPT =
  "八是服务对象满意度指标：市长热线办结率达到 100%。发现的主要问题及原因：服务对象满意度指标：市长热线首次办理市民满意度未达到 100%。下一步改进措施：加强与部门及反应问题市民之间的沟通协调，争取市长热线首次办理市民满意度达到 100%。**二是部门评价结果（如有，一级预算部门填写）。**";
const labels = UNIT_TOPICS.find((topic) => topic.headings.includes("存在的问题"))!.labels!;

describe("labelled clauses", () => {
  it("are the sentences a label opens, each from its label on", () => {
    expect(labelledClauses(EXCERPT, labels)).toEqual([
      "发现的主要问题及原因：服务对象满意度指标：市长热线首次办理市民满意度未达到 100%。",
      "下一步改进措施：加强与部门及反应问题市民之间的沟通协调，争取市长热线首次办理市民满意度达到 100%。",
    ]);
  });

  it("of the bodies a unit runs: the sentence listing them", () => {
    // data/docs/000 line 592: "…离退休人员管理服务科。所属事业单位 5 个，分别是：株洲市人民政府驻北京联络处、…".
    const bodies = UNIT_TOPICS.find((topic) => topic.headings === "机构设置 单位构成")!.labels!;
    expect(
      labelledClauses(
        "…离退休人员管理服务科。所属事业单位 5 个，分别是：株洲市人民政府驻北京联络处。",
        bodies,
      ),
    ).toEqual(["所属事业单位 5 个，分别是：株洲市人民政府驻北京联络处。"]);
  });

  it("a text without a label has none", () => {
    expect(labelledClauses("八是服务对象满意度指标：市长热线办结率达到 100%。", labels)).toEqual([]);
  });
});

describe("what a unit's own evaluation found wanting", () => {
  const { ask } = useSampleEngine();

  it.each([
    "市政府办绩效自评发现了什么问题",
    "株洲市政府办公室在自评里承认了哪些不足",
    "市政府办自评有啥问题？下一步打算怎么改",
  ])("%s: the labelled sentences of the results beside the section on problems", async (question) => {
    const text = (await ask(question)).answer.replace(/\s+/g, "");
    expect(text).toContain("市长热线首次办理市民满意度未达到100%");
    expect(text).toContain("存在的问题及原因分析");
  });

  // 000 line 530: "…绩效自评得分 99.5 分，评价等级为“优”。…发现的主要问题及原因：…"
  it("asked after the score, in the same message: the score, then the problems", async () => {
    const r = await ask("市政府办2024年绩效自评多少分，存在哪些问题");
    const text = r.answer.replace(/\s+/g, "").replace(/\*\*/g, "");
    expect(text).toContain("99.5分");
    expect(text).toContain("市长热线首次办理市民满意度未达到100%");
  });

  // 001 line 11: "株洲市人民政府驻北京联络处是市政府直属正处级公益一类事业单位单位，现有科室1个，编制7人，…"
  it("a topic of the unit first, then a figure after a comma: both answered", async () => {
    const r = await ask("驻京办属于什么性质的单位，编制有多少人");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("市政府直属正处级公益一类事业单位");
    expect(text).toMatch(/编制数[为：]\s*7人/);
    expect(text).not.toContain("文件没有");
  });
});
