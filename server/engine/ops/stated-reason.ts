import type { Fact } from "../../../ingest/schema.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { statedChangeLine } from "./previous-year.js";
import { statedUnchanged } from "./stated-unchanged.js";
import { basisWord, metricLabel, scopeLabel } from "./labels.js";

/** Figures that may carry a reason of their own: a budget (a zero, a change) or an actual. */
const REASON_WANTS = ["budget", "actual"] as const;

/** The first figure of the asked metrics in the scope whose sentence states a reason. */
export function factWithReason(
  k: Knowledge,
  scope: Scope,
  refs: MetricRef[],
): { ref: MetricRef; fact: Fact } | undefined {
  for (const ref of refs)
    for (const want of REASON_WANTS) {
      const fact = lookup(k, scope, ref, want).find((f) => f.reason);
      if (fact) return { ref, fact };
    }
  return undefined;
}

/**
 * "Why" asked of a figure without a budget-and-actual pair (a zero, a budget the text explains):
 * the figure and the reason its sentence states, quoted. False when the scope has none.
 */
export function answerStatedReason(b: DraftBuilder, k: Knowledge, scope: Scope, refs: MetricRef[]): boolean {
  const found = factWithReason(k, scope, refs);
  if (!found) return false;
  const label = metricLabel(found.ref, k);
  const word = basisWord(found.fact);
  const head = [`${scopeLabel(scope)}${label}${word} `, b.fact(found.fact, `${label}${word}`), "。"];
  if (!b.d.headline.length) b.d.headline = head;
  else b.d.bullets.push(head);
  b.d.bullets.push([`文件说明的原因：${found.fact.reason}。`]);
  const change = statedChangeLine(k, b, scope, found.ref, label, found.fact);
  if (change) b.d.bullets.push(change);
  return true;
}

/**
 * A change on last year the document states in words only ("<科目>X万元，与<年>预算持平"): the
 * figure and the words, with the reason its clause gives. Undefined when none says so.
 */
export function answerStatedUnchanged(
  b: DraftBuilder,
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  want: "budget" | "actual",
): Segment[] | undefined {
  // The sentence may state the start-of-year budget where the tables print the budget column.
  const wants = want === "budget" ? (["budget", "initial"] as const) : ([want] as const);
  const fact = wants.flatMap((w) => lookup(k, scope, ref, w)).find((f) => statedUnchanged(f));
  const stated = fact && statedUnchanged(fact);
  if (!fact || !stated) return undefined;
  const label = metricLabel(ref, k);
  if (stated.reason) b.d.bullets.push([`文件说明的原因：${stated.reason}。`]);
  return [
    `${scopeLabel(scope)}${label}为 `,
    b.fact(fact, label),
    `，文件写明：${stated.words}（未列上年数）。`,
  ];
}
