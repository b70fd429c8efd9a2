import { canonicalRowName } from "../parse/table-facts.js";
import type { Fact } from "../schema.js";
import { defined, sameCheck, sumCheck, type CheckOutcome } from "./check-outcome.js";
import type { IndexedTable } from "./indexed-tables.js";
import { STATEMENT_TABLES } from "./standard-tables.js";

/** The rows of a 收支总表 (收入支出决算总表, 财政拨款收入支出决算总表, 财务收支预算总表 …). */
export const STATEMENT_ROWS = {
  /** 本年收入合计 / 本年支出合计: the year's items add up to it. */
  yearTotal: /^本年(收入|支出)合计$|^(收入|支出)合计$/,
  /** 总计 / 收入总计 / 支出总计: the year total plus carry-overs. */
  grandTotal: /^(收入|支出)?总计$/,
  /** Rows between the year total and 总计 that add to it (年初结转和结余, 结余分配 …). */
  carry: /结转|结余/,
  /** Top-level items carry a Chinese ordinal ("一、"); "1. 一般公共预算" lines below them are breakdowns. */
  item: /^\s*[一二三四五六七八九十]+[、.．]/,
};

/**
 * In a 收支总表 with income and spending side by side: per side and column, 本年合计 = Σ items and
 * 总计 = 本年合计 + 结转和结余 (statement_total); and 收入总计 = 支出总计 (balance).
 */
export function statementChecks(t: IndexedTable): CheckOutcome[] {
  if (!t.standard || !STATEMENT_TABLES.includes(t.standard.key) || t.table.groups.length !== 2) return [];
  const outcomes: (CheckOutcome | undefined)[] = [];
  const grands: (Fact | undefined)[] = [];
  for (const group of [0, 1]) {
    const side = sideOf(t, group);
    const columns = t.table.columns.filter((c) => c.group === group && c.segment === 0);
    columns.forEach((column, i) => {
      outcomes.push(...sideChecks(t, side, column.index));
      if (i === 0 && side.grandRow >= 0) grands[group] = t.cell(side.grandRow, column.index);
    });
  }
  const [income, spending] = grands;
  if (income && spending)
    outcomes.push(sameCheck("balance", income, spending, `${t.table.title}「总计」收入与支出`));
  return outcomes.filter(defined);
}

/** Where one side's totals are, and which rows add up to them (row indexes; -1 when absent). */
interface Side {
  names: string[];
  grandRow: number;
  yearRow: number;
  /** The first total (本年合计, else 总计) and the item rows that add up to it. */
  itemsEnd: number;
  items: number[];
  /** Carry-over rows between 本年合计 and 总计. */
  carries: number[];
}

function sideOf(t: IndexedTable, group: number): Side {
  const raw = t.table.rows.map((row) => row.keys[group]?.name ?? "");
  const names = raw.map((n) => canonicalRowName(n));
  const grandRow = names.findIndex((n) => STATEMENT_ROWS.grandTotal.test(n));
  const yearRow = names.findIndex(
    (n, r) => STATEMENT_ROWS.yearTotal.test(n) && (grandRow < 0 || r < grandRow),
  );
  const itemsEnd = yearRow >= 0 ? yearRow : grandRow;
  const above = raw.slice(0, Math.max(0, itemsEnd)).map((n, r) => ({ n, r }));
  const numbered = above.filter(({ n }) => STATEMENT_ROWS.item.test(n));
  // Without ordinals the items cannot be told from their breakdowns: only the 本年合计 is trusted.
  const items = numbered.length ? numbered : yearRow >= 0 ? above.filter(({ n }) => n.trim()) : [];
  const carries: number[] = [];
  if (yearRow >= 0 && grandRow > yearRow)
    for (let r = yearRow + 1; r < grandRow; r++) if (STATEMENT_ROWS.carry.test(names[r])) carries.push(r);
  return { names, grandRow, yearRow, itemsEnd, items: items.map(({ r }) => r), carries };
}

function sideChecks(t: IndexedTable, side: Side, column: number): (CheckOutcome | undefined)[] {
  const label = (r: number) => `${t.table.title}「${side.names[r]}」${t.cell(r, column)?.column ?? ""}`;
  const cells = (rows: number[]) => rows.map((r) => t.cell(r, column)).filter(defined);
  const checks: (CheckOutcome | undefined)[] = [];
  const first = side.itemsEnd >= 0 ? t.cell(side.itemsEnd, column) : undefined;
  if (first && side.items.length)
    checks.push(sumCheck("statement_total", first, cells(side.items), label(side.itemsEnd)));
  const year = side.yearRow >= 0 ? t.cell(side.yearRow, column) : undefined;
  const grand = side.grandRow > side.yearRow ? t.cell(side.grandRow, column) : undefined;
  if (year && grand)
    checks.push(sumCheck("statement_total", grand, [year, ...cells(side.carries)], label(side.grandRow)));
  return checks;
}
