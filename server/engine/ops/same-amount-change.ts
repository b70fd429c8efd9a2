import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import { TOTAL_KIN } from "../lexicon/total-kin.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./amounts.js";

export interface KinChange {
  ref: MetricRef;
  /** The kin figure's amount this year: the same as the asked one's. */
  current: Fact;
  stated: Fact[];
}

/**
 * The change on last year a document states for another figure of the same amount this year
 * (an overall total's change quoted for another total of the same amount, lexicon/total-kin.ts). Said as the kin figure's, never as the asked one's; none when no figure qualifies.
 */
export function sameAmountChange(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
  want: Want,
): KinChange | undefined {
  if (ref.type !== "metric") return undefined;
  for (const key of TOTAL_KIN[ref.key] ?? []) {
    const kin: MetricRef = { type: "metric", key };
    const stated = [lookup(k, scope, kin, "yoy_amount")[0], lookup(k, scope, kin, "yoy_rate")[0]].filter(
      (f): f is Fact => !!f,
    );
    if (!stated.length) continue;
    const same = lookup(k, scope, kin, want)[0];
    if (same && money(same.value).eq(current.value)) return { ref: kin, current: same, stated };
  }
  return undefined;
}
