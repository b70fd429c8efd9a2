import { describe, expect, it } from "vitest";
import { asksByClass, classMetrics, namedClasses } from "./class-question.js";

/** How a question asks for a total by functional class (lexicon/class-names.ts): wording only. */
describe("questions by functional class", () => {
  it("everyday class names are read as the tables print them, in the question's order", () => {
    expect(namedClasses("按功能分类，社保、卫生和住房各多少")).toEqual([
      "社会保障和就业支出",
      "卫生健康支出",
      "住房保障支出",
    ]);
  });

  it("a compound that only contains a class's short name is no class", () => {
    expect(namedClasses("住房公积金和环境卫生费各多少")).toEqual([]);
  });

  it("asks by class in words, or by naming several classes with 各/分别", () => {
    expect(asksByClass("钱都用在哪几类上")).toBe(true);
    expect(asksByClass("支出按科目类别列一下")).toBe(true);
    expect(asksByClass("教育和科技分别多少")).toBe(true);
    expect(asksByClass("教育支出多少")).toBe(false);
  });

  it("breaks down the one figure named, else the spending total; several figures are no class question", () => {
    expect(classMetrics("收入按功能分类", [{ type: "metric", key: "收入合计" }])).toEqual([
      { type: "metric", key: "收入合计" },
    ]);
    expect(classMetrics("钱花在哪几类", [])).toEqual([{ type: "metric", key: "支出合计" }]);
    expect(
      classMetrics("按类：人员经费和公用经费", [
        { type: "metric", key: "人员经费" },
        { type: "metric", key: "公用经费" },
      ]),
    ).toBeUndefined();
  });
});
