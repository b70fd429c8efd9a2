import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
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
    // (The adjustment as a size, the larger budget first: "30 − 24.5 = 5.50" for a cut.)
    const change = raised
      ? difference(full.value, initial.value, full.measure)
      : difference(initial.value, full.value, full.measure);
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
    return b;
  }
  return undefined;
}

/** The year-start budget named beside the adjusted one the actual is set against ("年初预算、全年预算和决算"). */
const YEAR_START_NAMED = /年初/;

/**
 * "<某项>年初预算、全年预算和决算": the actual is set against the adjusted budget; the year-start one
 * asked beside it is said too, with the adjustment between them.
 */
export function addYearStartBudget(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  full: Fact,
  ref: MetricRef,
): void {
  if (plan.basis !== "全年预算" || full.basis !== "全年预算" || !YEAR_START_NAMED.test(plan.question)) return;
  const initial = lookup(k, scope, ref, "initial").find((fact) => fact.measure === full.measure);
  if (!initial) return;
  const label = metricLabel(ref, k);
  b.d.bullets.push([`${label}年初预算 `, b.fact(initial, `${label}年初预算`), "。"]);
}
