import type { TABLE_TEMPLATES } from "../domain/table-templates.js";
import type { DocKind, ParsedTable } from "../schema.js";

/** A table template's id (ingest/domain/table-templates.ts). */
type TemplateId = (typeof TABLE_TEMPLATES)[number]["id"];

/**
 * The standard tables of the national templates, recognised by title. `key` names a table for
 * the checks (same-figure pairs, the 06 basic-spending identities); `name` is what the report
 * shows. A title none of these matches is placed by the template the parser recognised.
 */
export const STANDARD_TABLES = [
  {
    key: "决算01",
    template: "final-summary",
    kind: "决算",
    name: "收入支出决算总表",
    title: /^收入支出决算总表$/,
  },
  { key: "决算02", template: "final-income", kind: "决算", name: "收入决算表", title: /^收入决算表$/ },
  { key: "决算03", template: "final-expense", kind: "决算", name: "支出决算表", title: /^支出决算表$/ },
  {
    key: "决算04",
    template: "final-appropriation-summary",
    kind: "决算",
    name: "财政拨款收入支出决算总表",
    title: /^财政拨款收入支出决算总表$/,
  },
  {
    key: "决算05",
    template: "final-general-expense",
    kind: "决算",
    name: "一般公共预算财政拨款支出决算表",
    title: /^一般公共预算财政拨款支出决算表$/,
  },
  {
    key: "决算06",
    template: "final-general-basic-expense",
    kind: "决算",
    name: "一般公共预算财政拨款基本支出决算表",
    title: /^一般公共预算财政拨款基本支出决算(明细)?表$/,
  },
  {
    key: "决算07",
    template: "final-fund",
    kind: "决算",
    name: "政府性基金预算财政拨款收入支出决算表",
    title: /^政府性基金预算财政拨款收入支出决算表$/,
  },
  {
    key: "决算08",
    template: "final-state-capital",
    kind: "决算",
    name: "国有资本经营预算财政拨款支出决算表",
    title: /^国有资本经营预算财政拨款(收入)?支出决算表$/,
  },
  {
    key: "决算09",
    template: "final-three-public",
    kind: "决算",
    name: "财政拨款“三公”经费支出决算表",
    title: /^(一般公共预算)?财政拨款三公经费支出决算表$/,
  },
  {
    key: "预算01",
    template: "budget-summary",
    kind: "预算",
    name: "财务收支预算总表",
    title: /^财务收支预算总表$/,
  },
  { key: "预算02", template: "budget-income", kind: "预算", name: "收入预算总表", title: /^收入预算总表$/ },
  { key: "预算03", template: "budget-expense", kind: "预算", name: "支出预算总表", title: /^支出预算总表$/ },
  {
    key: "预算04",
    template: "budget-appropriation-summary",
    kind: "预算",
    name: "财政拨款收支预算总表",
    title: /^财政拨款收支预算总表$/,
  },
  {
    key: "预算05",
    template: "budget-general-function",
    kind: "预算",
    name: "一般公共预算支出功能分类预算表",
    title: /^一般公共预算支出功能分类预算表$/,
  },
  {
    key: "预算06",
    template: "budget-fund-function",
    kind: "预算",
    name: "政府性基金预算支出功能分类预算表",
    title: /^政府性基金预算支出功能分类预算表$/,
  },
  {
    key: "预算07",
    template: "budget-state-capital-function",
    kind: "预算",
    name: "国有资本经营预算支出功能分类预算表",
    title: /^国有资本经营(财政拨款)?预算支出功能分类预算表$/,
  },
  {
    key: "预算08",
    template: "budget-general-basic-economic",
    kind: "预算",
    name: "一般公共预算基本支出部门预算经济分类预算表",
    title: /^一般公共预算基本支出(部门预算)?经济分类预算表$/,
  },
  {
    key: "预算09",
    template: "budget-three-public",
    kind: "预算",
    name: "“三公”经费和机关运行经费预算表",
    title: /^(财政拨款)?三公经费(和机关运行经费)?预算表$/,
  },
] as const satisfies readonly {
  key: string;
  template: TemplateId;
  kind: DocKind;
  name: string;
  title: RegExp;
}[];

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
  return (
    STANDARD_TABLES.find((s) => s.title.test(title)) ??
    STANDARD_TABLES.find((s) => !!table.template && s.template === table.template)
  );
}

/** Standard tables of a document's kind, in template order. */
export function standardTablesOf(kind: DocKind): StandardTable[] {
  return STANDARD_TABLES.filter((s) => s.kind === kind);
}
