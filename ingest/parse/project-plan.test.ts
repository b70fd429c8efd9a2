import { describe, expect, it } from "vitest";
import type { Paragraph } from "./parse-sections.js";
import { projectNamedIn, projectPlanFacts, projectTitleIn } from "./project-plan.js";
import type { DocContext } from "./table-facts.js";

/**
 * A project's explanation page as 上海 budgets print it: putuo-swh-2025-bumen-yusuan p24 (rendered
 * with pdftoppm -r 110): "生命健康专项（政策资金）经费情况说明 … 六、年度预算安排 2025年度项目总预算
 * 1170.00万，其中支持企业规模化发展870.00万，…，合计1170.00万。"
 */
const doc: DocContext = { docId: "swh", unit: "某区商务委员会", year: 2025, kind: "预算" } as DocContext;
const paragraph = (text: string): Paragraph => ({ text, lines: [10, 11], section: ["六、年度预算安排"] });

describe("a project's stated split", () => {
  it("the page title names the project", () => {
    expect(projectTitleIn("详见单位的项目绩效目标表\n生命健康专项（政策资金）经费情况说明")).toBe(
      "生命健康专项",
    );
  });

  it("the total as the page words it, and each part under the project", () => {
    const text =
      "2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计1170.00万。";
    const facts = projectPlanFacts(paragraph(text), "生命健康专项", doc, "swh:p1");
    expect(facts.map((f) => [f.rowPath?.join("/"), f.column, f.value])).toEqual([
      ["项目/生命健康专项", "项目总预算", "1170"],
      ["项目/生命健康专项/支持企业规模化发展", "年初预算数", "870"],
      ["项目/生命健康专项/支持企业创新化发展", "年初预算数", "70"],
      ["项目/生命健康专项/支持企业协同化发展", "年初预算数", "180"],
      ["项目/生命健康专项/支持企业国际化发展", "年初预算数", "50"],
    ]);
    expect(facts[0].basis).toBeUndefined();
  });

  it("nothing without a project page above it or without a split", () => {
    expect(
      projectPlanFacts(
        paragraph("2025年度项目总预算1170.00万，其中支持甲870.00万，支持乙300.00万。"),
        undefined,
        doc,
        "x",
      ),
    ).toEqual([]);
    expect(projectPlanFacts(paragraph("2025年度项目总预算1170.00万。"), "某专项", doc, "x")).toEqual([]);
  });
});

describe("a project's budget stated on its own under 年度预算安排", () => {
  // putuo-sfj-2026-bumen-yusuan p23 (rendered with pdftoppm -r 110): "人民调解项目经费情况说明 …
  // 六、年度预算安排 / 795万元 / 七、绩效目标 …".
  const sfj: DocContext = { docId: "sfj", unit: "某区司法局", year: 2026, kind: "预算" } as DocContext;

  it("the page's title names the project; the amount alone is its budget for the year", () => {
    const project = projectTitleIn("人民调解项目经费情况说明");
    expect(project).toBe("人民调解");
    const facts = projectPlanFacts(paragraph("795万元"), project, sfj, "sfj:p1");
    expect(facts.map((f) => [f.rowPath?.join("/"), f.column, f.basis, f.value, f.measure])).toEqual([
      ["项目/人民调解", "年初预算数", "年初预算", "795", "万元"],
    ]);
  });

  it("an amount under another heading is no budget", () => {
    const other: Paragraph = { text: "795万元", lines: [3, 3], section: ["五、实施周期"] };
    expect(projectPlanFacts(other, "人民调解", sfj, "sfj:p2")).toEqual([]);
  });
});

/**
 * A page titled without its project's name: putuo-wanli-2024-bumen-yusuan p33 (pdftoppm -r 70):
 * "项目经费情况说明 / 一、项目概况 由上海市普陀区人民政府万里街道办事处建设的万里街道社区公共服务中心新建
 * 工程，… 六、年度预算安排 第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划
 * 158.05万元，第四季度用款计划158.05万元。"
 */
describe("a project page without its name, its budget split by quarter", () => {
  it("the title names no project; the overview does", () => {
    expect(projectTitleIn("项目经费情况说明")).toBe("");
    expect(
      projectNamedIn(
        "由上海市普陀区人民政府万里街道办事处建设的万里街道社区公共服务中心新建工程，位于普陀区真金路与交通路路口",
      ),
    ).toBe("万里街道社区公共服务中心新建工程");
  });

  it("each quarter's 用款计划 is a part of the project, with no total invented", () => {
    const text =
      "第一季度用款计划158.05万元，第二季度用款计划158.05万元，第三季度用款计划158.05万元，第四季度用款计划158.05万元。";
    const facts = projectPlanFacts(paragraph(text), "万里街道社区公共服务中心新建工程", doc, "wl:p1");
    expect(facts.map((f) => [f.rowPath?.at(-1), f.column, f.value])).toEqual([
      ["第一季度用款计划", "年初预算数", "158.05"],
      ["第二季度用款计划", "年初预算数", "158.05"],
      ["第三季度用款计划", "年初预算数", "158.05"],
      ["第四季度用款计划", "年初预算数", "158.05"],
    ]);
  });
});
