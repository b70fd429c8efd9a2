import { decimalsOf, money, percentOf, type Money } from "../../lib/money.js";
import { FUND_SCOPE_WORDS, FUND_SCOPES, headingFund, type FundScope } from "../domain/fund-scopes.js";
import { METRICS, selectorHolds, type MetricDef, type TableSelector } from "../domain/metrics.js";
import { isBudgetCell } from "../domain/select-figures.js";
import type { Fact } from "../schema.js";
import { pushTo, withinRounding, type CheckOutcome } from "./check-outcome.js";

/** What a narrative figure is about: its metric, else its subject (the same 项 name occurs under many 款). */
function subjectOf(f: Fact): string {
  return f.metric ?? f.rowCode ?? f.rowPath?.join("/") ?? f.row;
}

/** Where a reader finds a narrative figure: its page in a PDF, else its line. */
function where(f: Fact): string {
  return f.source.page ? `第${f.source.page}页` : `第${f.source.lines[0]}行`;
}

/** The subject as a reader knows it: "2210201 住房公积金". */
function subjectLabel(f: Fact): string {
  return f.metric ?? (f.rowCode && f.rowCode !== f.row ? `${f.rowCode} ${f.row}` : f.row);
}

const COMPARABLE = new Set(["决算数", "预算数", "年初预算数", "全年预算数", "比上年增减额", "比上年增减率"]);

/** The same figure stated twice in the narrative: the same value (holds) or not (公务接待费 3.9 and 3.97). */
export function textRepeats(facts: Fact[]): CheckOutcome[] {
  const seen = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.table || !COMPARABLE.has(f.column)) continue;
    pushTo(seen, `${subjectOf(f)}|${f.column}|${f.period ?? ""}|${f.measure}`, f);
  }
  const outcomes: CheckOutcome[] = [];
  for (const group of seen.values()) {
    if (group.length < 2) continue;
    const factIds = group.map((g) => g.id);
    const values = new Set(group.map((f) => money(f.value).toFixed()));
    if (values.size < 2) {
      outcomes.push({ kind: "text_repeat", holds: true, factIds });
      continue;
    }
    const f = group[0];
    // "基本支出" under 收支总体情况 (every fund) and under 一般公共预算拨款支出情况: two figures of two
    // funds, each stated alike wherever its fund is, are no slip (reported, not counted).
    if (oneValuePerFund(group)) {
      const message = `说明中“${subjectLabel(f)}”的${f.column}按资金口径不同：${group.map((g) => `${g.value}${g.measure}（${where(g)}，${FUND_SCOPE_WORDS[headingFund(g.source.section) ?? "all"]}）`).join("、")}`;
      outcomes.push({ kind: "text_repeat", factIds, warning: { code: "basis_differs", message, factIds } });
      continue;
    }
    const message = `说明中“${subjectLabel(f)}”的${f.column}前后不一致：${group.map((g) => `${g.value}${g.measure}（${where(g)}）`).join("、")}`;
    outcomes.push({
      kind: "text_repeat",
      holds: false,
      factIds,
      warning: { code: "text_conflict", message, factIds },
    });
  }
  return outcomes;
}

/** Figures stated under headings of two or more funds, one value per fund. */
function oneValuePerFund(group: Fact[]): boolean {
  const byFund = new Map<string, Set<string>>();
  for (const g of group) {
    const fund = headingFund(g.source.section) ?? "all";
    byFund.set(fund, (byFund.get(fund) ?? new Set()).add(money(g.value).toFixed()));
  }
  return byFund.size > 1 && [...byFund.values()].every((values) => values.size === 1);
}

/** Narrative figures against the table cells that hold the same metric. */
export function tableVsText(facts: Fact[]): CheckOutcome[] {
  const byTable = new Map<string, Fact[]>();
  for (const c of facts) if (c.table && !c.period) pushTo(byTable, c.table, c);
  const outcomes: CheckOutcome[] = [];
  const compared = new Set<string>();
  for (const f of facts) {
    if (f.table || !f.metric || f.period || !/^(决算数|预算数|年初预算数)$/.test(f.column)) continue;
    const def = METRICS.find((m) => m.key === f.metric);
    // A table's selectors together (a row and its fallback, 本年收入合计 and 收入总计): one set of cells.
    const byTableSelectors = new Map<string, TableSelector[]>();
    for (const sel of def?.tables ?? []) pushTo(byTableSelectors, sel.table, sel);
    for (const [table, selectors] of byTableSelectors) {
      const cells = (byTable.get(table) ?? []).filter(
        (c) => c.docId === f.docId && selectors.some((sel) => selectorHolds(sel, c)),
      );
      const wantBudget = f.column !== "决算数";
      // A metric printed in two rows (本年收入合计, 收入总计): the narrative states one of them, the
      // nearer (a 元 table's cell beside the text's 万元 with two decimals differs by rounding).
      const ofBasis = cells.filter((c) => isBudgetCell(c) === wantBudget);
      const distance = (c: Fact) => money(c.value).minus(f.value).abs();
      const nearest = ofBasis.reduce<Fact | undefined>(
        (best, c) => (best && distance(best).lte(distance(c)) ? best : c),
        undefined,
      );
      const cell = nearest ?? (wantBudget ? undefined : cells[0]);
      if (!cell) continue;
      const key = `${f.metric}|${f.column}|${f.value}|${cell.id}`;
      if (compared.has(key)) continue;
      compared.add(key);
      outcomes.push(
        compareToCell(f, cell, {
          wantBudget,
          byCode: selectors.some((each) => !!each.code),
          funds: fundsOf(def),
        }),
      );
    }
  }
  return outcomes;
}

/** The same budget figure: the same basis, or a 部门预算's own budget (its 预算数 is the 年初预算). */
function sameBudget(cell: Fact, f: Fact): boolean {
  if (cell.basis === f.basis) return true;
  const initial = (b: Fact["basis"]) => b === "预算" || b === "年初预算";
  return f.kind === "预算" && !cell.period && initial(cell.basis) && initial(f.basis);
}

/** A table as the document prints it ("公开07表", its title), else by its standard number ("表09"). */
const tableNamed = (cell: Fact) =>
  cell.tableLabel ?? (cell.tableTitle ? `《${cell.tableTitle}》` : `表${cell.table}`);

/** How many fund scopes the tables holding a metric count (基本支出: all funds in 03, the general budget in 05). */
function fundsOf(def: MetricDef | undefined): number {
  return new Set((def?.tables ?? []).map((sel) => FUND_SCOPES[sel.table])).size;
}

/**
 * A narrative figure of another fund than the table's: [table's, narrative's]. Its heading names its
 * fund; under a heading naming none, a figure tables print for several funds is of all funds
 * (收支总体情况), and one printed for one fund only (三公经费) is of that fund.
 */
function fundsDiffer(cell: Fact, f: Fact, funds: number): [FundScope, FundScope] | undefined {
  const stated = headingFund(f.source.section) ?? (funds > 1 ? "all" : undefined);
  const printed = cell.table ? FUND_SCOPES[cell.table] : undefined;
  return stated && printed && stated !== printed ? [printed, stated] : undefined;
}

/** A narrative figure against the table cell holding the same figure; basis and fund first. */
export function compareToCell(
  f: Fact,
  cell: Fact,
  how: { wantBudget: boolean; byCode: boolean; funds: number },
): CheckOutcome {
  const { wantBudget, byCode } = how;
  const factIds = [cell.id, f.id];
  const diff = money(f.value).minus(cell.value);
  if (diff.isZero()) return { kind: "table_text", holds: true, factIds };
  // Table 06 lists basic spending only; a narrative total may include project spending.
  const scopeDiffers = cell.table === "06" && byCode && !wantBudget;
  const fundDiffers = fundsDiffer(cell, f, how.funds);
  const basisDiffers = (wantBudget && !sameBudget(cell, f)) || scopeDiffers || !!fundDiffers;
  if (basisDiffers) {
    const message = scopeDiffers
      ? `“${subjectLabel(f)}”表06（仅基本支出）为${cell.value}${cell.measure}，说明为${f.value}${f.measure}（${where(f)}，可能含项目支出）`
      : fundDiffers
        ? `“${subjectLabel(f)}”资金口径不同：${tableNamed(cell)}${FUND_SCOPE_WORDS[fundDiffers[0]]}，为${cell.value}${cell.measure}；说明（${where(f)}）${FUND_SCOPE_WORDS[fundDiffers[1]]}，为${f.value}${f.measure}`
        : `“${subjectLabel(f)}”预算口径不同：${tableNamed(cell)}为${cell.basis ?? "预算"}数${cell.value}${cell.measure}，说明为${f.basis === "预算" ? "预算" : f.basis}数${f.value}${f.measure}`;
    return { kind: "table_text", factIds, warning: { code: "basis_differs", message, factIds } };
  }
  const rounding = withinRounding([cell.value, f.value], diff, 1);
  const message = `“${subjectLabel(f)}”${tableNamed(cell)}为${cell.value}${cell.measure}，说明为${f.value}${f.measure}（${where(f)}）`;
  return {
    kind: "table_text",
    holds: rounding,
    factIds,
    warning: { code: rounding ? "rounding" : "table_vs_text", message, factIds },
  };
}

/** The narrative facts stated in the same sentence, about the same subject, as a given one. */
function narrativeBySentence(facts: Fact[]): (f: Fact) => Fact[] {
  const sentence = (f: Fact) => `${f.source.lines[0]}|${subjectOf(f)}|${f.source.excerpt}`;
  const bySentence = new Map<string, Fact[]>();
  for (const f of facts) if (!f.table) pushTo(bySentence, sentence(f), f);
  return (f) => bySentence.get(sentence(f)) ?? [];
}

/** A stated completion rate against actual ÷ budget from the same sentence, within their rounding. */
export function statedRates(facts: Fact[]): CheckOutcome[] {
  const sameSentence = narrativeBySentence(facts);
  const outcomes: CheckOutcome[] = [];
  for (const rate of facts) {
    if (rate.table || !/预算完成率$/.test(rate.column)) continue;
    const same = sameSentence(rate);
    const actual = same.find((f) => f.column === "决算数");
    const budget = same.find((f) => /预算数$/.test(f.column));
    if (!actual || !budget) continue;
    const computed = percentOf(actual.value, budget.value, decimalsOf(rate.value));
    if (!computed) continue;
    const factIds = [rate.id, actual.id, budget.id];
    if (computed.eq(money(rate.value)) || withinFenRounding(actual, budget, rate.value)) {
      outcomes.push({ kind: "stated_rate", holds: true, factIds });
      continue;
    }
    const shown = percentOf(actual.value, budget.value, Math.max(2, decimalsOf(rate.value)));
    const message = `“${subjectLabel(rate)}”说明称完成预算的${rate.value}%，但${actual.value} ÷ ${budget.value} = ${shown?.toFixed() ?? computed.toFixed()}%`;
    outcomes.push({
      kind: "stated_rate",
      holds: false,
      factIds,
      warning: { code: "text_conflict", message, factIds },
    });
  }
  return outcomes;
}

/**
 * A rate computed from a table's amounts in 元, beside them stated in 万元 to two decimals: the rate
 * from the rounded amounts stands from it by what half a 分 of 万元 (0.005) on each moves
 * actual ÷ budget by (one unit of the rate's last decimal at least). Amounts printed with fewer
 * decimals ("<整数>万元") are taken as exact.
 */
function withinFenRounding(actual: Fact, budget: Fact, stated: string): boolean {
  if (actual.measure !== "万元" || budget.measure !== "万元" || money(budget.value).isZero()) return false;
  const exact = money(actual.value).div(budget.value).times(100);
  const tolerance = rateTolerance(budget.value, actual.value, decimalsOf(stated), () => money("0.005"));
  return exact.minus(stated).abs().lte(tolerance);
}

/**
 * How far a rate computed from printed amounts may stand from the stated one: one unit of the
 * rate's last decimal, or what half a unit of each amount's last decimal moves (B − A) ÷ A by.
 */
function rateTolerance(
  previous: string,
  current: string,
  places: number,
  /** Half a unit of an amount's last printed decimal, unless its rounding is known otherwise. */
  half = (v: string): Money => money(5).div(money(10).pow(decimalsOf(v) + 1)),
): Money {
  const a = money(previous).abs();
  const moved = half(current)
    .div(a)
    .plus(money(current).abs().times(half(previous)).div(a.times(a)))
    .times(100);
  const unit = money(1).div(money(10).pow(places));
  return moved.gt(unit) ? moved : unit;
}

/**
 * A stated change on last year against last year's and this year's figures the same sentence
 * states ("<上年>执行数为A万元，<本年>预算安排B万元，比<上年>执行数增加r%"): r = (B − A) ÷ A, within
 * one unit of its last printed decimal (the amounts are printed rounded).
 */
export function statedChanges(facts: Fact[]): CheckOutcome[] {
  const sameSentence = narrativeBySentence(facts);
  const outcomes: CheckOutcome[] = [];
  for (const rate of facts) {
    if (rate.table || rate.column !== "比上年增减率" || rate.measure !== "%") continue;
    const same = sameSentence(rate);
    const previous = same.find((f) => f.period === rate.year - 1 && f.column === "决算数");
    // This year's figure on last year's basis first ("预算A，决算B，比<上年>决算C减少…": B).
    const current =
      same.find((f) => !f.period && f !== rate && f.column === previous?.column) ??
      same.find((f) => !f.period && f !== rate && /预算数$|^决算数$/.test(f.column));
    if (!previous || !current || money(previous.value).isZero()) continue;
    const places = decimalsOf(rate.value);
    const computed = money(current.value).minus(previous.value).div(previous.value).times(100);
    const factIds = [rate.id, previous.id, current.id];
    if (
      computed
        .minus(rate.value)
        .abs()
        .lte(rateTolerance(previous.value, current.value, places))
    ) {
      outcomes.push({ kind: "stated_change", holds: true, factIds });
      continue;
    }
    const message = `“${subjectLabel(rate)}”说明称比上年增减${rate.value}%，但(${current.value} − ${previous.value}) ÷ ${previous.value} = ${computed.toFixed(2)}%（${where(rate)}）`;
    outcomes.push({
      kind: "stated_change",
      holds: false,
      factIds,
      warning: { code: "text_conflict", message, factIds },
    });
  }
  return outcomes;
}
