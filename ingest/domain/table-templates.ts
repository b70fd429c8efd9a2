import type { DocKind } from "../schema.js";

/**
 * The standard tables of the two disclosure kinds, as the national and local templates name
 * them (the aliases include 广东's "…总体情况表" / "…支出情况表" set). A table is recognised by its title (any alias below, after the year, the 部门/单位
 * edition word, quotes, spaces and any printed label such as 公开01表 / 表一 / 1. / 2.15 are
 * taken away) or, when the title is missing or odd, by its header signature.
 *
 * `number` is the table's standard number in the 部门决算 set (公开01表–公开09表), the numbering
 * the rest of the code reads (`Fact.table`). A 部门预算 table carries the number of the 决算
 * table with the same content: the economic-subject table of basic spending is 06 in both, the
 * “三公” table 09, and so on, so a budget's 三公 figures sit where a final account's do. The
 * printed position (上海 prints the 预算 tables 1–9 in another order) is the table's label.
 */
export interface TableTemplate {
  /** Canonical id, stable across documents and years. */
  id: string;
  kind: DocKind;
  number: string;
  /** The title as the standard template prints it, without year or edition. */
  title: string;
  /** Further titles seen for the same table (other templates, other provinces). */
  aliases: readonly string[];
  /**
   * Header words that identify the table without its title: every entry of `all` must occur
   * (an entry with "|" is satisfied by any of its alternatives), no word of `none` may.
   */
  header: { all: readonly string[]; none?: readonly string[] };
}

export const TABLE_TEMPLATES = [
  {
    id: "final-summary",
    kind: "决算",
    number: "01",
    title: "收入支出决算总表",
    aliases: ["收入支出决算表"],
    header: { all: ["收入", "支出", "决算数|金额"], none: ["一般公共预算", "政府性基金", "本年收入合计"] },
  },
  {
    id: "final-income",
    kind: "决算",
    number: "02",
    title: "收入决算表",
    aliases: [],
    header: { all: ["本年收入合计", "财政拨款收入"] },
  },
  {
    id: "final-expense",
    kind: "决算",
    number: "03",
    title: "支出决算表",
    aliases: [],
    header: { all: ["本年支出合计", "基本支出", "项目支出"] },
  },
  {
    id: "final-appropriation-summary",
    kind: "决算",
    number: "04",
    title: "财政拨款收入支出决算总表",
    aliases: ["财政拨款收支决算总表"],
    header: { all: ["收入", "支出", "一般公共预算", "政府性基金"], none: ["功能分类", "科目编码"] },
  },
  {
    id: "final-general-expense",
    kind: "决算",
    number: "05",
    title: "一般公共预算财政拨款支出决算表",
    aliases: [
      "一般公共预算财政拨款支出决算明细表",
      "一般公共预算支出决算表",
      // Sichuan's form, with the year's carry-overs beside its spending (as 政府性基金's table).
      "一般公共预算财政拨款收入支出决算表",
    ],
    header: {
      all: ["基本支出", "项目支出", "小计|合计"],
      none: ["本年支出合计", "上缴上级", "经营支出", "年初结转", "经济分类"],
    },
  },
  {
    id: "final-general-basic-expense",
    kind: "决算",
    number: "06",
    title: "一般公共预算财政拨款基本支出决算表",
    aliases: [
      "一般公共预算财政拨款基本支出决算明细表",
      "一般公共预算基本支出决算表",
      "一般公共预算财政拨款基本支出经济分类决算表",
    ],
    header: { all: ["经济分类|人员经费", "决算数"], none: ["功能分类"] },
  },
  {
    id: "final-fund",
    kind: "决算",
    number: "07",
    title: "政府性基金预算财政拨款收入支出决算表",
    aliases: ["政府性基金预算财政拨款支出决算表"],
    header: { all: ["年初结转", "本年收入", "本年支出", "政府性基金"] },
  },
  {
    id: "final-state-capital",
    kind: "决算",
    number: "08",
    title: "国有资本经营预算财政拨款支出决算表",
    aliases: ["国有资本经营预算财政拨款收入支出决算表"],
    header: { all: ["本年支出", "国有资本经营"] },
  },
  {
    id: "final-three-public",
    kind: "决算",
    number: "09",
    title: "财政拨款“三公”经费支出决算表",
    aliases: [
      "“三公”经费支出决算表",
      "一般公共预算财政拨款“三公”经费支出决算表",
      "财政拨款“三公”经费支出决算明细表",
    ],
    header: { all: ["因公出国", "公务接待", "决算数"] },
  },
  {
    id: "budget-summary",
    kind: "预算",
    number: "01",
    title: "财务收支预算总表",
    aliases: ["收支预算总表", "收支总表", "财务收支总表", "收支总体情况表"],
    header: {
      all: ["本年收入|收入", "本年支出|支出"],
      none: ["一般公共预算", "功能分类", "科目编码", "因公出国", "决算数"],
    },
  },
  {
    id: "budget-income",
    kind: "预算",
    number: "02",
    title: "收入预算总表",
    aliases: ["收入总表", "收入预算表", "收入总体情况表"],
    header: { all: ["财政拨款收入", "事业收入", "科目"], none: ["决算", "本年收入合计"] },
  },
  {
    id: "budget-expense",
    kind: "预算",
    number: "03",
    title: "支出预算总表",
    // (…and the all-funds spending by function some counties print in its place.)
    aliases: ["支出总表", "支出预算表", "支出总体情况表", "支出预算功能分类表", "支出功能分类预算表"],
    header: {
      all: ["支出预算", "基本支出", "项目支出"],
      none: ["一般公共预算", "政府性基金", "国有资本经营", "决算"],
    },
  },
  {
    id: "budget-appropriation-summary",
    kind: "预算",
    number: "04",
    title: "财政拨款收支预算总表",
    aliases: ["财政拨款收支总表", "财政拨款收支预算表", "财政拨款收支总体情况表"],
    header: { all: ["财政拨款收入", "财政拨款支出"], none: ["决算"] },
  },
  {
    id: "budget-general-function",
    kind: "预算",
    number: "05",
    title: "一般公共预算支出功能分类预算表",
    aliases: [
      "一般公共预算支出表",
      "一般公共预算支出预算表",
      "一般公共预算财政拨款支出预算表",
      "一般公共预算支出情况表",
    ],
    header: { all: ["一般公共预算支出", "基本支出", "项目支出"], none: ["决算", "经济分类"] },
  },
  {
    id: "budget-general-basic-economic",
    kind: "预算",
    number: "06",
    title: "一般公共预算基本支出部门预算经济分类预算表",
    aliases: [
      "一般公共预算基本支出经济分类预算表",
      "一般公共预算基本支出表",
      "一般公共预算基本支出预算表",
      "一般公共预算财政拨款基本支出预算表",
      "一般公共预算基本支出情况表",
    ],
    header: { all: ["经济分类", "人员经费", "公用经费"], none: ["决算"] },
  },
  {
    id: "budget-fund-function",
    kind: "预算",
    number: "07",
    title: "政府性基金预算支出功能分类预算表",
    aliases: [
      "政府性基金预算支出表",
      "政府性基金预算支出预算表",
      "政府性基金预算财政拨款支出预算表",
      "政府性基金预算支出情况表",
    ],
    header: { all: ["政府性基金预算支出"], none: ["决算", "一般公共预算"] },
  },
  {
    id: "budget-state-capital-function",
    kind: "预算",
    number: "08",
    title: "国有资本经营预算支出功能分类预算表",
    aliases: [
      "国有资本经营预算支出表",
      "国有资本经营预算支出预算表",
      "国有资本经营预算财政拨款支出预算表",
      "国有资本经营预算支出情况表",
    ],
    header: { all: ["国有资本经营预算支出"], none: ["决算", "一般公共预算"] },
  },
  {
    id: "budget-three-public",
    kind: "预算",
    number: "09",
    title: "“三公”经费和机关运行经费预算表",
    aliases: [
      "“三公”经费预算表",
      "“三公”经费支出预算表",
      "一般公共预算“三公”经费支出表",
      "一般公共预算“三公”经费支出预算表",
      "财政拨款“三公”经费预算表",
      "“三公”经费和机关运行经费预算情况表",
      "一般公共预算“三公”经费支出情况表",
    ],
    header: { all: ["因公出国", "公务接待"], none: ["决算数"] },
  },
] as const satisfies readonly TableTemplate[];

export type TableTemplateId = (typeof TABLE_TEMPLATES)[number]["id"];

export const TEMPLATE_BY_ID: ReadonlyMap<string, TableTemplate> = new Map(
  TABLE_TEMPLATES.map((t) => [t.id, t]),
);

/**
 * Words a table title may start with before the standard name: the edition (部门 consolidated,
 * 单位 / 预算单位 one unit) and the level of government. Longest first.
 */
export const TITLE_EDITION_PREFIXES = [
  "部门（单位）",
  "部门(单位)",
  "预算主管部门",
  "预算单位",
  "区级部门",
  "区级单位",
  "市级部门",
  "市级单位",
  // "<某馆>2025年单位预算支出总表": the edition said with its kind before the table's name.
  "部门预算",
  "单位预算",
  "部门",
  "单位",
  "本级",
] as const;

/**
 * Attachment tables laid out as forms, not grids: each amount is labelled by the text cell just
 * left of it ("项目资金总额 | 2,500,000.00 | 年度资金申请总额 | 2,500,000.00") and grouped by the
 * label in the first column ("项目资金（元）"), which may state the unit.
 */
export const FORM_TABLE_TITLES = [/绩效目标(?:填报|申报)?表$/] as const;

/**
 * Columns that hold words, never amounts: why a figure deviates, what will be done about it,
 * remarks. A number printed under one was shifted by the export (an extra empty cell before it).
 */
export const TEXT_COLUMNS = /原因|措施|备注|说明/;
