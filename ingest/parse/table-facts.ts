import {
  INDICATOR_COLUMN,
  INDICATOR_NAME,
  COUNT_MEASURE,
  countedColumnMeasure,
  formMetric,
  indicatorValue,
  MEASURE_COLUMN,
  QUANTITY_COLUMN,
} from "../domain/indicator-values.js";
import { findMetricMentions, METRIC_BY_KEY, YEAR_FIGURE_ROW } from "../domain/metrics.js";
import { CODE_COLUMN } from "../domain/project-tables.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import { cleanLabel } from "../text/normalize-text.js";
import { parseCell } from "../text/parse-amount.js";
import type { Basis, DocKind, Fact, ParsedTable } from "../schema.js";
import type { Placer } from "./place-facts.js";
import { rowBodies } from "./project-bodies.js";
import { isCountUnit } from "./find-table-starts.js";

/** A column of rates, its cells printed without "%" ("完成率（%）", "增长率", "占比"): in %, never an amount. */
const PERCENT_COLUMN = /[（(]\s*%\s*[)）]|完成率|执行率|增长率|增减率|占比|比重/;

export interface DocContext {
  docId: string;
  unit: string;
  year: number;
  kind: DocKind;
}

/** Ordinals and "其中：" prefixes are layout, not part of the row's name. */
export function canonicalRowName(name: string): string {
  return (
    cleanLabel(name)
      .replace(/^(其中[:：])/, "")
      .replace(/^([一二三四五六七八九十]+、|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/, "")
      .replace(/^(其中[:：])/, "")
      .replace(/[:：]$/, "")
      // A footnote's mark after the name ("…考古调查*", "…※") is no part of it.
      .replace(/(?<=[\u4e00-\u9fa5）)])[*※]+$/, "")
  );
}

/**
 * One fact per numeric cell. Blank and "无"/"——" cells yield none: blank is not zero. Amounts
 * are stated in 万元 whatever the table prints them in; the printed figure is kept beside.
 */
export function tableFacts(table: ParsedTable, doc: DocContext, place?: Placer): Fact[] {
  const facts: Fact[] = [];
  const segmentMeasure = new Map<number, string>();
  const indicators = new Set(table.columns.filter((c) => INDICATOR_COLUMN.test(c.path.join(" / "))));
  const namedBy = indicatorNameColumns(table);
  const bodies = rowBodies(table);
  // A column of subject codes beside the amounts ("功能科目" in a grid of projects) holds no amount.
  const codes = new Set(table.columns.filter((c) => CODE_COLUMN.test(c.path.at(-1) ?? "")));
  // A row's name is read against the lexicon once, not once per cell.
  const rowMetrics = new Map<string, string | undefined>();
  const metricOf = (name: string) => {
    if (!rowMetrics.has(name)) rowMetrics.set(name, metricOfRow(name));
    return rowMetrics.get(name);
  };
  // Whether any row is named by a year: looked at once, and only for a table with a change row.
  let yearRows: boolean | undefined;
  const hasYearRows = () =>
    (yearRows ??= table.rows.some(
      (row) => !row.header && row.cells.some((cell) => YEAR_FIGURE_ROW.test(cell.trim())),
    ));
  table.rows.forEach((row, r) => {
    if (row.header) {
      const unit = /[（(](人|万元|元|辆|个)[)）]/.exec(row.cells[0] ?? "");
      if (unit) segmentMeasure.set(row.segment, unit[1]);
      return;
    }
    const headUnit = /[（(](人|万元|元|辆|个)[)）]/.exec(table.headerLabel ?? "");
    if (row.segment === 0 && headUnit) segmentMeasure.set(0, headUnit[1]);
    for (const col of table.columns) {
      if (col.segment !== row.segment || codes.has(col)) continue;
      const raw = row.cells[col.index] ?? "";
      const cell = parseCell(raw);
      const indicator = indicators.has(col);
      if (cell.kind !== "number" && !indicator) continue;
      const key = row.keys[col.group] ?? row.keys[0];
      // Side-by-side groups label their own rows: a nameless cell never borrows another group's label.
      // …but a table's total row is that ("合计" under 单位名称 where the 项目名称 column is blank).
      const fallback =
        table.groups.length > 1
          ? (row.cells.find((cell) => TOTAL_LABEL.test(cell.trim()))?.trim() ?? "")
          : labelBefore(row.cells, col.index) || segmentLabel(table, row.segment);
      const named = namedBy.get(row.segment);
      const name = canonicalRowName(
        (named === undefined ? "" : (row.cells[named] ?? "").trim()) || key?.name || fallback,
      );
      if ((!name && !key?.code) || COLUMN_NUMBERS_ROW.test(name)) continue;
      // Under rows named by years ("2024年预算数", "2025年预算数"), "增减额" / "增减率" rows are the
      // change between them, no level of the items (the change is computed from the years' rows).
      if (CHANGE_ROW.test(name) && hasYearRows()) continue;
      const title = table.groups[col.group]?.title;
      const column = [
        ...(title && table.groups.length > 1 ? [title] : []),
        ...moneyOfParent(col.path, table.columns),
      ].join(" / ");
      // A row named by a year and a figure ("2024年预算数") dates the row's cells, as such a column does.
      const periodRow = YEAR_FIGURE_ROW.test(name);
      const dating = periodRow ? `${name} ${column}` : column;
      const period = periodRow && /^上年/.test(name) ? doc.year - 1 : periodOf(dating, doc.year);
      // 年度资金总额 is the department's only in the 整体支出 self-evaluation, not in a project's.
      const rowMetric = table.number
        ? undefined
        : (formMetric(table.title, name, column) ?? metricOf(name) ?? countTotalMetric(table, name, column));
      const metric = rowMetric === "部门整体支出" && !/整体支出/.test(table.title) ? undefined : rowMetric;
      const amount = indicator
        ? indicatorValue(raw, name)
        : cell.kind === "number" &&
          toCanonicalAmount(
            cell.value,
            cell.percent || PERCENT_COLUMN.test(column)
              ? "%"
              : /分值|得分/.test(column)
                ? "分"
                : (countedColumnMeasure(column) ??
                  rowQuantityMeasure(table, row.cells, col.path) ??
                  segmentMeasure.get(row.segment) ??
                  table.amountUnit),
          );
      if (!amount) continue;
      // A score (分) is no figure of a money metric: "培训费用 分值 10" is an indicator's weight.
      const scored = amount.measure === "分" && !!metric && METRIC_BY_KEY.get(metric)?.measure !== "分";
      const fact: Fact = {
        id: `${table.id}:r${r}:c${col.index}`,
        docId: doc.docId,
        unit: doc.unit,
        year: doc.year,
        kind: doc.kind,
        table: table.number ?? table.id.split(":").pop(),
        tableTitle: table.title,
        ...(table.template ? { template: table.template } : {}),
        ...(table.label ? { tableLabel: table.label } : {}),
        ...(metric && !scored ? { metric } : {}),
        row: name || key?.code || "",
        ...(key?.code ? { rowCode: key.code } : {}),
        column,
        ...amount,
        // A rate is neither a budget nor an actual, whatever words its column path carries.
        ...(amount.measure === "%" ? {} : basisOf(dating, table, doc.kind, amount.measure)),
        ...(period && period !== doc.year ? { period } : {}),
        ...(bodies[r] ? { body: bodies[r] } : {}),
        source: {
          section: table.section,
          lines: [row.line, row.line],
          excerpt: `${table.title}｜${name || key?.code}｜${column}：${raw.trim()}`,
          ...place?.cell(row.line, col.index, raw),
        },
      };
      facts.push(fact);
    }
  });
  return facts;
}

/** A performance form's rows are named by their indicator (三级指标), not by the cell before a figure: that column per segment. */
function indicatorNameColumns(table: ParsedTable): Map<number, number> {
  const columns = new Map<number, number>();
  for (const column of table.columns)
    if (!columns.has(column.segment) && INDICATOR_NAME.test(column.path.join(" / ")))
      columns.set(column.segment, column.index);
  return columns;
}

/**
 * A table of counts' 合计 row ("合计 232 216" under 编制数 | 实有人数): the whole department's counts, the
 * metrics its columns name.
 */
function countTotalMetric(table: ParsedTable, name: string, column: string): string | undefined {
  if (!isCountUnit(table.amountUnit) || !/^(?:合计|总计)$/.test(name.replace(/\s/g, ""))) return undefined;
  const metric = metricOfRow(column.split(" / ").pop() ?? column);
  return metric && METRIC_BY_KEY.get(metric)?.measure ? metric : undefined;
}

/** Attachment rows ("3、公务接待", "其中：公车购置") name lexicon metrics in their own words. */
function metricOfRow(name: string): string | undefined {
  const m = findMetricMentions(name)[0];
  return m && m.end - m.start >= name.length * 0.7 ? m.key : undefined;
}

function labelBefore(cells: string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const cell = parseCell(cells[i] ?? "");
    if (cell.kind === "text") return cleanLabel(cells[i]);
  }
  return "";
}

/** Attachment tables label an unlabelled first segment in their header ("财政供养人员情况（人）"). */
function segmentLabel(table: ParsedTable, segment: number): string {
  const header =
    segment === 0 ? table.headerLabel : table.rows.find((r) => r.segment === segment && r.header)?.cells[0];
  return cleanLabel(header ?? "").replace(/[（(].*$/, "");
}

/** A header's column numbers repeated where a table carries on ("栏次 1 2 3 …"): no figures. */
const COLUMN_NUMBERS_ROW = /^(?:栏次|行次)$/;

/** A row's label that totals the table ("合计", "总 计"). */
const TOTAL_LABEL = /^(?:合\s*计|总\s*计)$/;

/** A row of the change between the year rows above it ("增减额", "增减率（%）", "比上年增减"). */
const CHANGE_ROW = /^(?:比上年)?增减(?:额|率|幅度)?(?:[（(]%[)）])?$|^增长率(?:[（(]%[)）])?$/;

/** "上年预算数", "上年决算数": last year's figure printed beside this year's (not 上年结转, this year's income). */
const LAST_YEAR_COLUMN = /上年度?(?:预算|决算|执行|实际|同期|数)/;

function periodOf(label: string, docYear: number): number | undefined {
  const m = /(20\d{2})\s*年/.exec(label);
  return m ? Number(m[1]) : LAST_YEAR_COLUMN.test(label) ? docYear - 1 : docYear;
}

function basisOf(rawColumn: string, table: ParsedTable, kind: DocKind, measure: string): { basis?: Basis } {
  // Fund names ("一般公共预算财政拨款", table 04) say where money comes from, not which figure it is.
  const column = rawColumn.replace(/(一般公共|政府性基金|国有资本经营|社会保险基金)预算/g, "");
  if (/年初预算/.test(column)) return { basis: "年初预算" };
  // "实际指标可用数" is the budget available after adjustments, not an actual.
  if (/可用数|指标数|调整后/.test(column)) return { basis: "全年预算" };
  if (/全年预算|调整后?预算/.test(column)) return { basis: "全年预算" };
  // Table 09's note defines its 预算数 as the adjusted full-year budget.
  if (/预算/.test(column)) return { basis: /全年预算/.test(table.note ?? "") ? "全年预算" : "预算" };
  if (/决算|执行数|支出金额|实际/.test(column)) return { basis: "决算" };
  if (table.number && kind === "决算") return { basis: "决算" };
  // A 部门预算's standard tables are its budget, whatever the column is called (合计, 基本支出…);
  // so is any money its other tables print (a project list's 合计), never an actual.
  if (kind === "预算" && (table.template || /元$/.test(measure))) return { basis: "预算" };
  return {};
}

/**
 * "公务接待费 / 金额" beside "公务接待费 / 批次（个）": the money of the header above it, named by
 * that header (as a table without the count columns prints it).
 */
function moneyOfParent(path: string[], columns: { path: string[] }[]): string[] {
  if (path.length < 2 || !/^金额$/.test(path[path.length - 1])) return path;
  const parent = path.slice(0, -1).join(" / ");
  const countsBeside = columns.some(
    (other) =>
      other.path.slice(0, -1).join(" / ") === parent && !!countedColumnMeasure(other.path.at(-1) ?? ""),
  );
  return countsBeside ? path.slice(0, -1) : path;
}

/** The measure of a count of items of several kinds. */
const ITEMS = "个";

/**
 * "数量 | 计量单位 | 单价 | 金额": a row's 数量 is counted in the measure its 计量单位 cell names ("12 台"),
 * not in the table's amount unit.
 */
function rowQuantityMeasure(table: ParsedTable, cells: string[], path: string[]): string | undefined {
  if (!QUANTITY_COLUMN.test(path.at(-1) ?? "")) return undefined;
  const measureColumn = table.columns.find((c) => MEASURE_COLUMN.test(c.path.at(-1) ?? ""));
  if (!measureColumn) return undefined;
  const measure = (cells[measureColumn.index] ?? "").trim();
  // A total row adds items of several measures (1 辆 + 12 台): a count of items, no amount.
  return COUNT_MEASURE.test(measure) ? measure : ITEMS;
}
