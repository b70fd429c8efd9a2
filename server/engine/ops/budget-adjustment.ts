import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap, ratio } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { ACTUAL_BESIDE, ADJUSTMENT_ASKED } from "../lexicon/budget-adjustment.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel } from "./labels.js";
import { lookup } from "./lookup.js";

/**
 * "<某项>全年预算为什么比年初少": the year-start budget, the adjusted (全年) one, the adjustment between
 * them and the reason the document gives for it. Undefined unless one figure is asked, no actual is,
 * and a document of the scopes states both budgets of it.
 */
export function budgetAdjustmentOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const [ref] = plan.metrics;
  if (plan.metrics.length !== 1 || !ref || !ADJUSTMENT_ASKED.test(plan.question)) return undefined;
  if (ACTUAL_BESIDE.test(plan.question.replace(ADJUSTMENT_ASKED, ""))) return undefined;
  for (const scope of scopes) {
    const initial = lookup(k, scope, ref, "initial")[0];
    const full = lookup(k, scope, ref, "full").find((fact) => fact.measure === initial?.measure);
    if (!initial || !full) continue;
    const label = metricLabel(ref, k);
    const raised = money(full.value).gte(initial.value);
    // (The adjustment as a size, the larger budget first: "A − B = C" for a cut, never negative.)
    const change = gap(full.value, initial.value, full.measure);
    const unchanged = money(change.value).isZero();
    const b = new DraftBuilder();
    b.d.headline = [
      `${scope.unit}${scope.year}年度${label}年初预算 `,
      b.fact(initial, `${label}年初预算`),
      "，全年预算（调整后） ",
      b.fact(full, `${label}全年预算`),
      unchanged ? "，年中未调整" : `，年中${raised ? "调增" : "调减"} `,
      ...(unchanged ? [] : [b.computed(change, `${label}预算调整额`, [full, initial])]),
      "。",
    ];
    const reason = full.reason ?? initial.reason;
    if (reason) b.d.bullets.push([`文件说明的原因：${reason}。`]);
    addActualAgainstFull(k, b, scope, ref, full, label);
    return b;
  }
  return undefined;
}

/** Final accounts: what was spent against the adjusted budget, beside the adjustment. */
function addActualAgainstFull(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  full: Fact,
  label: string,
): void {
  if (scope.doc.kind !== "决算") return;
  const actual = lookup(k, scope, ref, "actual").find((fact) => fact.measure === full.measure);
  const rate = actual && ratio(actual.value, full.value);
  if (!actual || !rate) return;
  b.d.bullets.push([
    "支出决算 ",
    b.fact(actual, `${label}决算`),
    "，完成全年预算（调整后）的 ",
    b.computed(rate, `${label}全年预算完成率`, [actual, full]),
    "。",
  ]);
}

/** The year-start budget named beside the adjusted one the actual is set against ("年初预算、全年预算和决算"). */
const YEAR_START_NAMED = /年初/;

/**
 * "<某项>年初预算、全年预算和决算": the actual is set against the adjusted budget; the year-start one
 * asked beside it is said too, with the actual's rate of it, and the reason the document gives for
 * the adjustment where it gives one apart from the actual's.
 */
export function addYearStartBudget(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  compared: { full: Fact; actual: Fact; ref: MetricRef },
): void {
  const { full, actual, ref } = compared;
  if (plan.basis !== "全年预算" || full.basis !== "全年预算" || !YEAR_START_NAMED.test(plan.question)) return;
  const initial = lookup(k, scope, ref, "initial").find((fact) => fact.measure === full.measure);
  if (!initial) return;
  const label = metricLabel(ref, k);
  const rate = ratio(actual.value, initial.value);
  b.d.bullets.push([
    `${label}年初预算 `,
    b.fact(initial, `${label}年初预算`),
    ...(rate ? ["，决算完成年初预算的 ", b.computed(rate, `${label}年初预算完成率`, [actual, initial])] : []),
    "。",
  ]);
  if (full.reason && full.reason !== actual.reason)
    b.d.bullets.push([`文件说明的预算调整原因：${full.reason}。`]);
}
