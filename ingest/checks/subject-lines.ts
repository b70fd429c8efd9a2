import { headingFund, type FundScope } from "../domain/fund-scopes.js";
import { isBudgetCell, ROW_PART_COLUMN } from "../domain/select-figures.js";
import type { Fact } from "../schema.js";
import { pushTo, type CheckOutcome } from "./check-outcome.js";
import { compareToCell } from "./text-checks.js";

/** The table that prints a fund's spending by subject (功能分类, 类/款/项 rows). */
const SUBJECT_TABLE: Partial<Record<FundScope, string>> = { general: "05", government_fund: "07" };

/** The row's whole in a subject table: its total column (not the parts beside it, ROW_PART_COLUMN). */
const TOTAL_COLUMN = /(?:^| \/ )(?:合计|小计|决算数|支出合计|[^/]*支出)$/;

/**
 * A subject stated in the narrative under a heading that names its fund ("五、一般公共预算支出预算
 * 情况 … 住房公积金（项）289.76万元") against the same coded row of that fund's table: the
 * narrative restates the table, so two figures are a slip of one of them.
 */
export function subjectLinesVsTable(facts: Fact[]): CheckOutcome[] {
  const rows = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.table && f.rowCode && !f.period && !ROW_PART_COLUMN.test(f.column) && TOTAL_COLUMN.test(f.column))
      pushTo(rows, `${f.docId}|${f.table}|${f.rowCode}`, f);
  const outcomes: CheckOutcome[] = [];
  for (const f of facts) {
    if (f.table || f.metric || !f.rowCode || f.period || f.measure !== "万元") continue;
    if (!/^(决算数|预算数|年初预算数)$/.test(f.column)) continue;
    const fund = headingFund(f.source.section);
    const table = fund && SUBJECT_TABLE[fund];
    if (!table) continue;
    const wantBudget = f.column !== "决算数";
    const cell = rows.get(`${f.docId}|${table}|${f.rowCode}`)?.find((c) => isBudgetCell(c) === wantBudget);
    if (cell) outcomes.push(compareToCell(f, cell, { wantBudget, byCode: true, funds: 1 }));
  }
  return outcomes;
}
