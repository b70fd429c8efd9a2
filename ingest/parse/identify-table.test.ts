import { describe, expect, it } from "vitest";
import { TABLE_TEMPLATES } from "../domain/table-templates.js";
import { readTitleLine, templateOfHeader, templateOfTitle } from "./identify-table.js";

/**
 * Titles are printed ones: the 株洲 samples (data/docs), the unseen fixtures, and the 上海 PDFs
 * (table titles as ingest/fixtures/pdf/*.expected.json record them from the rendered pages).
 */
const PRINTED: [title: string, template: string][] = [
  // putuo-czj-2024-bumen-juesuan pp. 6-20 (上海 部门决算, tables named, no numbers)
  ["收入支出决算总表", "final-summary"],
  ["收入决算表", "final-income"],
  ["支出决算表", "final-expense"],
  ["财政拨款收入支出决算总表", "final-appropriation-summary"],
  ["一般公共预算财政拨款支出决算表", "final-general-expense"],
  ["一般公共预算财政拨款基本支出决算表", "final-general-basic-expense"],
  ["财政拨款“三公”经费支出决算表", "final-three-public"],
  ["政府性基金预算财政拨款收入支出决算表", "final-fund"],
  ["国有资本经营预算财政拨款收入支出决算表", "final-state-capital"],
  // 株洲 (data/docs 000 公开06表, 公开08表; fixtures/unseen/jiguan-2023.txt 公开1表)
  ["一般公共预算财政拨款基本支出决算明细表", "final-general-basic-expense"],
  ["国有资本经营预算财政拨款支出决算表", "final-state-capital"],
  ["株洲市机关事务管理局2023年度收入支出决算总表", "final-summary"],
  // 上海 部门预算 / 单位预算 (sfj 2026, swh 2025, wanli 2023/2024, shfly 2024, czj 2025)
  ["2026年部门财务收支预算总表", "budget-summary"],
  ["2026年预算单位收入预算总表", "budget-income"],
  ["2025年预算单位支出预算总表", "budget-expense"],
  ["2024年预算单位财政拨款收支预算总表", "budget-appropriation-summary"],
  ["2023年部门一般公共预算支出功能分类预算表", "budget-general-function"],
  ["2026年预算单位政府性基金预算支出功能分类预算表", "budget-fund-function"],
  ["2025年部门国有资本经营预算支出功能分类预算表", "budget-state-capital-function"],
  ["2024年预算单位一般公共预算基本支出部门预算经济分类预算表", "budget-general-basic-economic"],
  ["2026年单位“三公”经费和机关运行经费预算表", "budget-three-public"],
  ["单位“三公”经费和机关运行经费预算表", "budget-three-public"],
  ["部门“三公”经费和机关运行经费预算表", "budget-three-public"],
  // ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html: "表3-1 2025年部门支出总表（按支出功能分类科目）".
  ["2025年部门支出总表（按支出功能分类科目）", "budget-expense"],
];

describe("templateOfTitle：按表名认出标准表", () => {
  it.each(PRINTED)("%s → %s", (title, id) => {
    expect(templateOfTitle(title)?.id).toBe(id);
  });

  it("决算 01–09 与预算 01–09 各用一次编号；同号的预算表与决算表内容相当", () => {
    for (const kind of ["决算", "预算"] as const) {
      const numbers = TABLE_TEMPLATES.filter((t) => t.kind === kind).map((t) => t.number);
      expect(numbers.sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    }
  });

  it("每个模板的每个名称，加年度、部门/单位版本字样、直引号或空格后仍认得出", () => {
    for (const t of TABLE_TEMPLATES)
      for (const name of [t.title, ...t.aliases])
        for (const variant of [
          `2025年${name}`,
          `2024年度部门${name}`,
          `2026年预算单位${name}`,
          `单位${name}`,
          name.replace(/“/g, '"').replace(/”/g, '"'),
          name.split("").join(" "),
          `**${name}**`,
        ])
          expect(templateOfTitle(variant, t.kind)?.id, variant).toBe(t.id);
  });

  it.each([
    "部门决算表",
    "第二部分 部门决算表",
    "2024年度部门（单位）整体支出绩效评价基础数据表",
    "2024年度项目支出绩效自评表",
    "财政项目支出绩效目标填报表",
    "收入支出决算总体情况说明",
    "项目支出决算表",
  ])("不是标准表：%s", (title) => {
    expect(templateOfTitle(title)).toBeUndefined();
  });
});

describe("readTitleLine：表号标签与表名分开", () => {
  it.each([
    ["公开 01 表", { label: "公开01表", number: "01", title: "" }],
    ["\t部门：株洲市人民政府驻北京联络处\t\t公开05表", { label: "公开05表", number: "05", title: "" }],
    ["收入支出决算总表    公开01表", { label: "公开01表", number: "01", title: "收入支出决算总表" }],
    ["表一 收入支出决算总表", { label: "表一", title: "收入支出决算总表" }],
    ["表3", { label: "表3", title: "" }],
    // A table carried on, marked before or after its label (pandoc's "续表5", 广东's "附表5（续）").
    ["续表5", { label: "表5", title: "" }],
    ["表5（续）", { label: "表5", title: "" }],
    ["附表3：一般公共预算财政拨款支出决算表", { label: "附表3", title: "一般公共预算财政拨款支出决算表" }],
    // The 上海 tables of contents: "1. 2026年…", "4．2026年…" (full-width point), 单位预算 2.15–2.21.
    ["  1. 2026年部门财务收支预算总表", { label: "1.", title: "2026年部门财务收支预算总表" }],
    ["  4．2026年部门财政拨款收支预算总表", { label: "4.", title: "2026年部门财政拨款收支预算总表" }],
    ["9.单位“三公”经费和机关运行经费预算表", { label: "9.", title: "单位“三公”经费和机关运行经费预算表" }],
    ["2.15 2025年预算单位财务收支预算总表", { label: "2.15", title: "2025年预算单位财务收支预算总表" }],
    ["部门：株洲市人民政府驻北京联络处    表五", { label: "表五", title: "" }],
    ["**一、收入支出决算总表**", { label: "一、", title: "收入支出决算总表" }],
    ["2026年部门收入预算总表", { title: "2026年部门收入预算总表" }],
  ])("%s", (line, expected) => {
    expect(readTitleLine(line)).toEqual(expected);
  });
});

/** Header rows as the documents print them (cells joined), for tables whose title is missing. */
describe("templateOfHeader：没有表名时按表头认出", () => {
  it.each([
    // data/docs/000 公开03表 (line 180)
    ["决算", "项目本年支出合计基本支出项目支出上缴上级支出经营支出对附属单位补助支出", "final-expense"],
    // data/docs/000 公开05表 (lines 243-244)
    ["决算", "项目本年支出科目代码科目名称小计基本支出项目支出", "final-general-expense"],
    // data/docs/000 公开06表 (lines 274-275)
    ["决算", "人员经费公用经费科目代码科目名称决算数科目代码科目名称决算数", "final-general-basic-expense"],
    // data/docs/000 公开09表 (lines 351-353)
    [
      "决算",
      "预算数决算数合计因公出国（境）费公务用车购置及运行维护费公务接待费小计公务用车购置费公务用车运行维护费",
      "final-three-public",
    ],
    // putuo-sfj-2026-bumen-yusuan p. 11, 12, 15, 19, 21 (rendered pages)
    [
      "预算",
      "项目收入预算功能分类科目编码功能分类科目名称合计财政拨款收入事业收入事业单位经营收入其他收入类款项",
      "budget-income",
    ],
    ["预算", "项目支出预算功能分类科目编码功能分类科目名称合计基本支出项目支出类款项", "budget-expense"],
    [
      "预算",
      "项目一般公共预算支出功能分类科目编码功能分类科目名称合计基本支出项目支出类款项",
      "budget-general-function",
    ],
    [
      "预算",
      "项目一般公共预算基本支出部门预算经济分类科目编码经济分类科目名称合计人员经费公用经费类款",
      "budget-general-basic-economic",
    ],
    [
      "预算",
      "“三公”经费预算数机关运行经费预算数合计因公出国(境)费公务接待费公务用车购置及运行费小计购置费运行费",
      "budget-three-public",
    ],
  ])("%s：%s", (kind, header, id) => {
    expect(templateOfHeader(header, kind as "决算" | "预算")?.id).toBe(id);
  });

  it("只有“项目 金额”这样的表头认不出，不乱猜", () => {
    expect(templateOfHeader("项目金额")).toBeUndefined();
    expect(templateOfHeader("序号项目名称2023年决算数2024年预算数")).toBeUndefined();
  });
});
