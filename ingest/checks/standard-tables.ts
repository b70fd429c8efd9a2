import type { DocKind, ParsedTable } from "../schema.js";

/**
 * The standard tables of the national templates, recognised by title. `key` names a table for
 * the checks (same-figure pairs, the 06 basic-spending identities); `name` is what the report
 * shows. A title none of these matches is placed by the template the parser recognised.
 */
export const STANDARD_TABLES = [
  { key: "决算01", kind: "决算", name: "收入支出决算总表", title: /^收入支出决算总表$/ },
  { key: "决算02", kind: "决算", name: "收入决算表", title: /^收入决算表$/ },
  { key: "决算03", kind: "决算", name: "支出决算表", title: /^支出决算表$/ },
  { key: "决算04", kind: "决算", name: "财政拨款收入支出决算总表", title: /^财政拨款收入支出决算总表$/ },
  {
    key: "决算05",
    kind: "决算",
    name: "一般公共预算财政拨款支出决算表",
    title: /^一般公共预算财政拨款支出决算表$/,
  },
  {
    key: "决算06",
    kind: "决算",
    name: "一般公共预算财政拨款基本支出决算表",
    title: /^一般公共预算财政拨款基本支出决算(明细)?表$/,
  },
  {
    key: "决算07",
    kind: "决算",
    name: "政府性基金预算财政拨款收入支出决算表",
    title: /^政府性基金预算财政拨款收入支出决算表$/,
  },
  {
    key: "决算08",
    kind: "决算",
    name: "国有资本经营预算财政拨款支出决算表",
    title: /^国有资本经营预算财政拨款(收入)?支出决算表$/,
  },
  {
    key: "决算09",
    kind: "决算",
    name: "财政拨款“三公”经费支出决算表",
    title: /^(一般公共预算)?财政拨款三公经费支出决算表$/,
  },
  { key: "预算01", kind: "预算", name: "财务收支预算总表", title: /^财务收支预算总表$/ },
  { key: "预算02", kind: "预算", name: "收入预算总表", title: /^收入预算总表$/ },
  { key: "预算03", kind: "预算", name: "支出预算总表", title: /^支出预算总表$/ },
  { key: "预算04", kind: "预算", name: "财政拨款收支预算总表", title: /^财政拨款收支预算总表$/ },
  {
    key: "预算05",
    kind: "预算",
    name: "一般公共预算支出功能分类预算表",
    title: /^一般公共预算支出功能分类预算表$/,
  },
  {
    key: "预算06",
    kind: "预算",
    name: "政府性基金预算支出功能分类预算表",
    title: /^政府性基金预算支出功能分类预算表$/,
  },
  {
    key: "预算07",
    kind: "预算",
    name: "国有资本经营预算支出功能分类预算表",
    title: /^国有资本经营(财政拨款)?预算支出功能分类预算表$/,
  },
  {
    key: "预算08",
    kind: "预算",
    name: "一般公共预算基本支出部门预算经济分类预算表",
    title: /^一般公共预算基本支出(部门预算)?经济分类预算表$/,
  },
  {
    key: "预算09",
    kind: "预算",
    name: "“三公”经费和机关运行经费预算表",
    title: /^(财政拨款)?三公经费(和机关运行经费)?预算表$/,
  },
] as const satisfies readonly { key: string; kind: DocKind; name: string; title: RegExp }[];

export type StandardTable = (typeof STANDARD_TABLES)[number];
export type StandardKey = StandardTable["key"];

/** 收支总表: income and spending side by side, 总计 on both sides. */
export const STATEMENT_TABLES: readonly StandardKey[] = ["决算01", "决算04", "预算01", "预算04"];
/** Tables whose column totals are the 三公经费 identities. */
export const THREE_PUBLIC_TABLES: readonly StandardKey[] = ["决算09", "预算09"];

/**
 * What a title says beyond the standard name: unit and year ("株洲市机关事务管理局2023年度"),
 * edition (部门/单位/预算单位), numbering ("表1", "2.15"), quotes, "（续）" and spaces.
 */
const TITLE_NOISE = [
  /^[\s\u3000]*(公开)?[\s\u3000]*表?[\s\u3000]*\d+(\.\d+)*(?![\s\u3000]*年)[\s\u3000]*表?[.、．:：\s\u3000]+/,
  /[\s\u3000]+/g,
  /[“”"'‘’「」]/g,
  /^.{0,40}?\d{4}年度?/,
  /^(部门|预算单位|单位|本级)/,
  /[（(]续[)）]$/,
];

export function standardTitle(title: string): string {
  return TITLE_NOISE.reduce((text, noise) => text.replace(noise, ""), title);
}

/**
 * The standard table by its title, else by the template the parser recognised it as (another
 * province's title, "部门收支总表", or its header alone).
 */
export function standardTableOf(table: Pick<ParsedTable, "title" | "template">): StandardTable | undefined {
  const title = standardTitle(table.title);
  const key = table.template ? STANDARD_BY_TEMPLATE[table.template] : undefined;
  return STANDARD_TABLES.find((s) => s.title.test(title)) ?? STANDARD_TABLES.find((s) => s.key === key);
}

/** The standard key of each table template (ingest/domain/table-templates.ts). */
const STANDARD_BY_TEMPLATE: Readonly<Record<string, StandardKey>> = {
  "final-summary": "决算01",
  "final-income": "决算02",
  "final-expense": "决算03",
  "final-appropriation-summary": "决算04",
  "final-general-expense": "决算05",
  "final-general-basic-expense": "决算06",
  "final-fund": "决算07",
  "final-state-capital": "决算08",
  "final-three-public": "决算09",
  "budget-summary": "预算01",
  "budget-income": "预算02",
  "budget-expense": "预算03",
  "budget-appropriation-summary": "预算04",
  "budget-general-function": "预算05",
  "budget-fund-function": "预算06",
  "budget-state-capital-function": "预算07",
  "budget-general-basic-economic": "预算08",
  "budget-three-public": "预算09",
};

/** Standard tables of a document's kind, in template order. */
export function standardTablesOf(kind: DocKind): StandardTable[] {
  return STANDARD_TABLES.filter((s) => s.kind === kind);
}
