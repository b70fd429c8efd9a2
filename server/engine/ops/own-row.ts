/** A subordinate's own row in its parent's tables (a table of the bodies' money or staff). */
import { BODIES_LIST_TABLE } from "../../../ingest/domain/project-tables.js";
import type { Fact } from "../../../ingest/schema.js";
import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { countedColumnMeasure } from "../../../ingest/domain/indicator-values.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { isCount } from "../counted-metrics.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { DraftBuilder, Segment } from "../draft.js";
import { untitledYear } from "../select-facts.js";
import { BODY_ROW_TABLES, BODY_TABLE_TITLES } from "../lexicon/body-rows.js";
import { columnLeaf } from "./labels.js";

/** A table's name for the answer: its title, else the heading it sits under ("三、…人员情况"), else "表格". */
export function tableNameOf(cell: Fact): string {
  // "陕西省体育局2024年部门收入总表" is named after the unit and year the answer has just said.
  const title = cell.tableTitle?.startsWith(cell.unit)
    ? cell.tableTitle.slice(cell.unit.length)
    : cell.tableTitle;
  return untitledYear(title || `「${cell.source.section.at(-1) ?? ""}」表格`);
}

/** A count in a column named for it ("编制数", "年末实有人数" of a table of the bodies' staff). */
function countedIn(ref: MetricRef, cell: Fact): boolean {
  const metric = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key) : undefined;
  return !!metric?.measure && cell.measure === metric.measure && metric.pattern.test(cell.column);
}

/**
 * The asked figure is one of the table the row is in (income asked, the income table's row; a
 * count asked, its column of the staff table).
 */
export function ownRowHolds(ref: MetricRef, cell: Fact): boolean {
  if (ref.type !== "metric") return false;
  if (countedIn(ref, cell) || balancedBudgetTotal(ref, cell)) return true;
  return (
    BODY_ROW_TABLES[ref.key] === cell.table ||
    // (A body's clause of a sentence listing the bodies' figures: the cell is named as the figure.)
    (cell.table === BODIES_LIST_TABLE && cell.column === ref.key) ||
    // (…in the column the lexicon reads it from: "机关运行经费" beside the 三公 columns is no 三公 cell.)
    !!METRIC_BY_KEY.get(ref.key)?.tables?.some((t) => t.table === cell.table && t.column.test(cell.column)) ||
    BODY_TABLE_TITLES.some(
      (table) => table.metrics.includes(ref.key) && table.title.test(cell.tableTitle ?? ""),
    )
  );
}

/** A budget's totals a body's income row also gives: a budget balances, so its income is its spending. */
const BALANCED_TOTALS = new Set(["支出合计", "收支总计"]);

/**
 * A body's budget total asked, its row in the income table by body: in a budget each body's income
 * (its carry-in included, in the row's 合计) equals its spending, so the row's 合计 is its budget total.
 * Never of final accounts, whose income and spending differ by what is carried on.
 */
export function balancedBudgetTotal(ref: MetricRef, cell: Fact): boolean {
  return (
    ref.type === "metric" &&
    BALANCED_TOTALS.has(ref.key) &&
    cell.kind === "预算" &&
    cell.table === BODY_ROW_TABLES["收入合计"] &&
    columnLeaf(cell.column) === "合计"
  );
}

/** The cell of a body's row holding a figure: its column ends with the figure's name (合计 for a total). */
export function cellOf(own: Fact[], ref: MetricRef): Fact | undefined {
  if (ref.type !== "metric") return undefined;
  const ending = /合计$/.test(ref.key) ? "合计" : ref.key;
  // A row of both sides ("本年收入 / 合计", "本年支出 / 合计"): the side the figure is of first.
  const side = SIDES.find((word) => ref.key.includes(word));
  const ended = own.filter((cell) => columnLeaf(cell.column) === ending);
  // (A count's column is named as people print it: 在职人数 in "年末实有人数".)
  // (…or in the words the lexicon knows it by: "一般公共预算拨款" under 财政拨款收入.)
  return (
    ended.find((cell) => !!side && cell.column.includes(side)) ??
    ended[0] ??
    own.find((cell) => countedIn(ref, cell)) ??
    own.find((cell) => namedFor(ref, cell))
  );
}

/** An amount's cell whose column's own words name it ("财政拨款收入 / 一般公共预算拨款"); counts are countedIn's. */
function namedFor(ref: MetricRef, cell: Fact): boolean {
  const metric = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key) : undefined;
  const leaf = columnLeaf(cell.column);
  if (!metric || metric.measure || countedColumnMeasure(leaf)) return false;
  return new RegExp(`^(?:${metric.pattern.source})$`).test(leaf);
}

/** The two sides a table of a body's money may print side by side. */
const SIDES = ["收入", "支出"];

/**
 * The cells of a table row of the parent's document labelled with the subordinate's name: in a table
 * of the figure asked when one has the row, else the first.
 */
export function ownRow(k: Knowledge, scope: Scope, name: string | undefined, ref: MetricRef): Fact[] {
  if (!name) return [];
  // Its row by its full name or a name it goes by ("食品药品检验检测中心" without the city's).
  const names = new Set(
    [name, ...(k.units.find((unit) => unit.name === name)?.aliases ?? [])].map((n) => matchKey(n)),
  );
  const cells = k.factsOf(scope.doc.docId).filter((f) => !!f.table && names.has(matchKey(f.row)));
  // (A count asked, 在职人数, is in no money table's row: only a table of the figure answers it; an
  // amount asked, in no row of the bodies' staff.)
  // (A budget's income row gives its total only where no table of the figure itself lists the body.)
  const first =
    cells.find((f) => ownRowHolds(ref, f) && !balancedBudgetTotal(ref, f)) ??
    cells.find((f) => ownRowHolds(ref, f)) ??
    (isCount(ref) ? undefined : cells.find((f) => /元$/.test(f.measure)));
  return first
    ? cells.filter((f) => f.table === first.table && f.source.lines[0] === first.source.lines[0])
    : [];
}

/**
 * The department's total in the body's own table and column ("合计" row of the 部门收入总表 by body):
 * the whole the body's cell is a share of, counted as the cell is (its carry-over column too).
 */
export function tableTotalOf(k: Knowledge, own: Fact | Fact[]): Fact | undefined {
  const part = rowTotal(own);
  return k
    .factsOf(part.docId)
    .find(
      (fact) =>
        fact.table === part.table &&
        fact.column === part.column &&
        !fact.period &&
        /^合\s*计$/.test(fact.row) &&
        fact.measure === part.measure,
    );
}

/** The row's cell of the figure asked, or of a whole row its total (else its first cell). */
export const rowTotal = (own: Fact | Fact[]): Fact =>
  Array.isArray(own) ? (own.find((cell) => /(?:^| \/ )合计$/.test(cell.column)) ?? own[0]!) : own;

/** "<列> A，<列> B…": a row's cells, each cited under the row's name. */
export function rowCellsSaid(b: DraftBuilder, own: Fact[], name: string): Segment[] {
  return own.flatMap((cell, i) => [i ? "，" : "", `${cell.column} `, b.fact(cell, `${name}${cell.column}`)]);
}
