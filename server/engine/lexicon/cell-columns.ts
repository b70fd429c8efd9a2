/**
 * Lexicon figures that are also columns of the subject tables (收支预算总表, 支出决算表 …):
 * "某科目的人员经费" is one cell, the row of that subject in this column, not the unit's total.
 */
export const CELL_COLUMNS = [
  "人员经费",
  "公用经费",
  "基本支出",
  "项目支出",
  "财政拨款收入",
  // A fund's table carries each row from the year before and to the next (政府性基金 07, 国有资本 08).
  "年初结转和结余",
  "年末结转和结余",
] as const;
export type CellColumn = (typeof CELL_COLUMNS)[number];

/**
 * Words between a subject and a column that make them one cell ("…的", "…里", "…里，", "…中的", "…这一块，",
 * "…的收入里，" of an income column),
 * also the row asked whether it has the column ("…有没有", "…里含不含"), and its total checked by
 * the columns ("…的合计数，拿<列>和<列>验算").
 */
export const CELL_JOINER =
  /^(?:|的|之|的?合计数?[，,]?(?:用|拿|按|由)|(?:(?:这|那)一?(?:块|部分|笔)(?:钱|资金|经费)?)?的?(?:收入|支出)(?:里|中|里面|当中)?的?[，,]?|(?:里|中|里面|当中|之中|其中)[，,]?|中的|里的|里面的|当中的|之中的|(?:这|那)?一?行(?:的|里的?|中的?)?[，,]?|(?:这|那)一?(?:块|部分|笔)(?:钱|资金|经费)?(?:的|里的?|中的?)?[，,]?|(?:里|中|里面)?(?:有没有|有无|有|含不含|含有?|包含|包括))$/;

/**
 * What may close a subject's name before the joiner: its closing quote and its level, written
 * plainly or in brackets ("“<某科目>”款的", "<某科目>（款）里"); never the 项 of 项目支出.
 */
export const SUBJECT_NAME_CLOSE = /^(?:[”"’'」』]|(?:这个|这一|那个)?(?:[（(][类款项][）)]|[类款项](?!目)))+/;

/**
 * Words between two columns of the same row ("<列>和<列>", "<列>加<列>"), also a column's parts
 * glossed in brackets after it ("<列>（<列>+<列>）"): the row's cells of each.
 */
export const COLUMN_JOINER = /^(?:和|与|及|跟|加|加上|、|,|，|以及|[+＋]|[（(](?:含|包括|即)?)$/;

/** Columns of what a row carries in from last year or on to the next (政府性基金 table). */
export const CARRY_OVER = /结转和结余$/;

/**
 * Tables to read a cell from, in order: all funds (支出表 03, 收支总表 01) before one fund's
 * (一般公共预算 05), so the cell is the row's whole spending in that column.
 */
export const CELL_TABLES = ["03", "01", "05", "02", "04", "07", "08"] as const;
