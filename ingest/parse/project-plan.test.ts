import { describe, expect, it } from "vitest";
import type { Paragraph } from "./parse-sections.js";
import { projectPlanFacts, projectTitleIn } from "./project-plan.js";
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
