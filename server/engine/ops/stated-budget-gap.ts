import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { scopeLabel, sourcePlace } from "./labels.js";

/**
 * The final accounts state the actual's gap on its start-of-year budget ("支出X万元，比年初预算数减少
 * Y万元，降低Z%") while the budget figure found came from another document: the final accounts'
 * own comparison is the answer, the budget it implies computed, and the other document's budget
 * named beside it. False when the actual's document states no such gap.
 */
export function statedBudgetGap(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  compared: { ref: MetricRef; budget: Fact; actual: Fact; reason?: string },
  label: string,
  /** A draft paragraph for staff is asked for too. */
  drafting = false,
): boolean {
  const { budget, actual } = compared;
  if (budget.docId === actual.docId) return false;
  const stated = lookup(k, scope, compared.ref, "vs_budget").filter((f) => f.docId === actual.docId);
  const amount = stated.find((f) => /元$/.test(f.measure));
  if (!amount) return false;
  const rate = stated.find((f) => f.measure === "%");
  const implied = difference(actual.value, amount.value, actual.measure);
  b.d.headline = [
    `${scopeLabel(scope)}${label}支出决算 `,
    b.fact(actual, `${label}决算`),
    "，文件写明比年初预算",
    b.change(amount, `${label}比年初预算增减额`),
    ...(rate ? ["，", b.change(rate, `${label}比年初预算增减率`)] : []),
    "；据此年初预算为 ",
    b.computed(implied, `${label}年初预算（推算）`, [actual, amount]),
    "。",
  ];
  if (compared.reason) b.d.bullets.push([`文件说明的原因：${compared.reason}。`]);
  if (drafting)
    b.d.draft = [
      `${scopeLabel(scope)}，${label}支出决算`,
      b.fact(actual, `${label}决算`),
      "，比年初预算",
      b.change(amount, `${label}比年初预算增减额`),
      ...(rate ? ["，", b.change(rate, `${label}比年初预算增减率`)] : []),
      compared.reason ? `。主要原因是：${compared.reason}。` : "。文件未说明差异原因。",
    ];
  if (!money(implied.value).eq(budget.value))
    b.d.notes.push([
      `${budget.year}年度${budget.kind}文件（${sourcePlace(budget)}）所列年初数为 `,
      b.fact(budget, `${label}年初预算`),
      "，与决算文件所写的增减额推算的年初预算不同（文件前后不一致，以上按决算文件的说明）",
      ...gapOnOtherBudget(b, actual, budget, label),
      "。",
    ]);
  return true;
}

/** The actual against the other document's start-of-year budget, with its formula (same measure only). */
function gapOnOtherBudget(b: DraftBuilder, actual: Fact, budget: Fact, label: string): Segment[] {
  if (actual.measure !== budget.measure) return [];
  return [
    "；按该年初数，决算与预算相差 ",
    b.computed(
      difference(actual.value, budget.value, actual.measure),
      `${label}决算与${budget.kind}文件年初数之差`,
      [actual, budget],
    ),
  ];
}
