import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Computed } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sourcePlace } from "./labels.js";

/** A balance asked ("结余多少", "节余了多少"). */
const BALANCE_ASKED = /结余|节余|结存/;
/** A table's column of balances ("超支（+）/结余（-）", "结余金额"), and of what was spent beside it. */
const BALANCE_COLUMN = /结余|节余/;
const SPENT_COLUMN = /支出金额|支出数|实际支出|决算数|执行数/;
/** A table's total row. */
const TOTAL_ROW = /^(?:合\s*计|总\s*计)$/;

/**
 * The balance a document states in a table of its own ("表1.项目资金支出情况 合计 超支（+）/结余（-）
 * −9.09"), when a balance is asked or an under-spending is drafted and the stated one is not the gap
 * just computed: said beside it, with the table's own spending total that explains the difference.
 */
export function addStatedBalance(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  compared: { budget: Fact; actual: Fact; gap: Computed },
  underSpentDraft: boolean,
): void {
  if (!BALANCE_ASKED.test(plan.question) && !underSpentDraft) return;
  const computedGap = compared.gap;
  const totals = k
    .factsOf(scope.doc.docId)
    .filter((f) => f.table && TOTAL_ROW.test(f.row.trim()) && /元$/.test(f.measure));
  const balances = totals.filter((f) => BALANCE_COLUMN.test(f.column));
  if (balances.length !== 1) return;
  const [balance] = balances;
  // The table is of the money compared: its total row holds the budget compared, or the actual as
  // the comparison prints it (247.81 printed 247.8).
  const ofTable = totals.filter((f) => f.table === balance.table && f.measure === compared.actual.measure);
  const places = money(compared.actual.value).decimalPlaces();
  const same = ofTable.some(
    (f) =>
      money(f.value).eq(compared.budget.value) ||
      money(f.value).toDecimalPlaces(places).eq(compared.actual.value),
  );
  if (!same) return;
  if (money(balance.value).abs().eq(money(computedGap.value).abs())) return;
  const spent = totals.find((f: Fact) => f.table === balance.table && SPENT_COLUMN.test(f.column));
  b.d.bullets.push([
    `${sourcePlace(balance)}所列合计“${balance.column}”为 `,
    b.fact(balance, `${balance.tableTitle ?? ""}合计${balance.column}`),
    ...(spent
      ? ["，该表按支出金额 ", b.fact(spent, `${spent.tableTitle ?? ""}合计${spent.column}`), " 计算"]
      : []),
    "，与上面按决算数计算的差额不同，请以原文核对。",
  ]);
}
