import type { Fact } from "../../../ingest/schema.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./amounts.js";
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
  return true;
}
