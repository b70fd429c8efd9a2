/**
 * Performance forms (绩效自评表, 绩效目标表) state each indicator's target and result in their own
 * measure ("13 人", "125批次", "95%"): these cells are counts or rates, never money, whatever the
 * table's amount unit says.
 */

/** Titles of performance forms: their rows are indicators, scores and funds, never projects. */
export const PERFORMANCE_FORM = /绩效自评表|绩效目标(?:填报|申报)?表/;

/** Columns whose cells state an indicator's value. */
export const INDICATOR_COLUMN = /指标值|完成值|目标值/;

/** The column naming each indicator (三级指标: "完成公务接待", "群众满意度"). */
export const INDICATOR_NAME = /三级指标|指标名称/;

/** Measures an indicator value is written with, longest first. */
const INDICATOR_MEASURES =
  "人次|批次|平方米|篇|份|人|名|户|次|个|件|条|项|家|场|期|辆|批|天|所|台|本|栋|套|册|张|%";

/** A value with its measure ("13 人", "125批次"); approximate values ("100余份", "95%以上") are not exact figures. */
const MEASURED = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*(${INDICATOR_MEASURES})$`);

/** A bare value takes its measure from the indicator's "<某>数" name ("撰写篇数" → 篇). */
const COUNTED_ROW = /(人次|批次|[篇份人户次个件条项家场期辆批天所台])数量?$/;

/** The value and measure an indicator cell states, or undefined when it states no exact figure. */
export function indicatorValue(raw: string, row: string): { value: string; measure: string } | undefined {
  const cell = raw.replace(/[\s\u3000\u00a0]+/g, "");
  const measured = MEASURED.exec(cell);
  if (measured) return { value: measured[1], measure: measured[2] };
  const counted = /^\d+(?:\.\d+)?$/.test(cell) ? COUNTED_ROW.exec(row) : null;
  return counted ? { value: cell, measure: counted[1] } : undefined;
}

/** A table of the year's purchases ("政府采购预算表", "政府采购明细表"): its total and its kinds. */
const PROCUREMENT_TABLE = /政府采购(?:预算|支出)?(?:明细|情况)?表/;
const PROCUREMENT_AMOUNT = /金额|合计|预算数?$/;

/**
 * Figures of an attachment form that are lexicon metrics, by its title, row and column: the 总分 a
 * department's whole-spending self-evaluation scored is its 绩效自评得分 (a project form's 总分 is
 * the project's, no metric); a procurement table's 合计 and its kinds' rows (其中：货物类 …).
 */
export const FORM_METRICS: readonly { title: RegExp; row: RegExp; column: RegExp; metric: string }[] = [
  { title: /整体支出绩效自评表/, row: /^总分$/, column: /^得分$/, metric: "绩效自评得分" },
  { title: PROCUREMENT_TABLE, row: /^合\s*计$/, column: PROCUREMENT_AMOUNT, metric: "政府采购支出总额" },
  { title: PROCUREMENT_TABLE, row: /^货物类?$/, column: PROCUREMENT_AMOUNT, metric: "政府采购货物支出" },
  { title: PROCUREMENT_TABLE, row: /^工程类?$/, column: PROCUREMENT_AMOUNT, metric: "政府采购工程支出" },
  { title: PROCUREMENT_TABLE, row: /^服务类?$/, column: PROCUREMENT_AMOUNT, metric: "政府采购服务支出" },
];

/** The lexicon metric a performance form's cell states, if any. */
export function formMetric(title: string, row: string, column: string): string | undefined {
  return FORM_METRICS.find((m) => m.title.test(title) && m.row.test(row) && m.column.test(column))?.metric;
}

/**
 * A column of counts in a money table ("公务接待费 / 批次（个）", "人次（人）", "车辆数（辆）"): its cells
 * are counted in the word's own measure (批次, 人次) or the one in its brackets, never in the table's
 * amount unit.
 */
const COUNT_WORD_COLUMN = /(人次|批次)(?:[（(][^（()）]{1,3}[)）])?$/;
const COUNT_UNIT_COLUMN = /[（(](个|人|名|辆|台|套|家|项|所|户|场|期|件|次|批)[)）]$/;
/** A staff count's column named without its unit ("编制数", "实有人数"): counted in people. */
const STAFF_COLUMN = /^(?:核定)?(?:编制|编制人|实有|实有在职|在职|在编|退休|离退休|离休)(?:人)?数$/;

/** A header cell naming a column of counts in words ("编制数（名）", "实有人数（人）"), not a bare unit. */
export function namesCounts(header: string): boolean {
  return /[\u4e00-\u9fa5]{2}/.test(header) && !!countedColumnMeasure(header);
}

/** The measure a column's last header names for its counts, if it names one. */
export function countedColumnMeasure(column: string): string | undefined {
  const last = column.split(" / ").at(-1) ?? "";
  const measure =
    COUNT_WORD_COLUMN.exec(last)?.[1] ??
    COUNT_UNIT_COLUMN.exec(last)?.[1] ??
    (STAFF_COLUMN.test(last) ? "人" : undefined);
  // "编制数（名）": people are counted in 名 as in 人.
  return measure === "名" ? "人" : measure;
}

/** A table's column of each row's measure ("计量单位": 台, 辆) and the column of counts it measures ("数量"). */
export const MEASURE_COLUMN = /^(?:计量单位|单位)$/;
export const QUANTITY_COLUMN = /^数量$/;
/** A column of unit prices ("单价"): no amount of its row. */
export const UNIT_PRICE_COLUMN = /单价/;
/** The measures a 计量单位 cell may name for a count. */
export const COUNT_MEASURE =
  /^(?:台|辆|个|套|件|项|人|名|批|次|把|张|部|只|块|座|处|组|本|册|栋|间|亩|公里|米|平方米)$/;
