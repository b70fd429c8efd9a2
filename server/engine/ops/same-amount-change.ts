import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import { OTHER_SIDE_KIN, TOTAL_KIN } from "../lexicon/total-kin.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./lookup.js";

export interface KinChange {
  ref: MetricRef;
  /** The kin figure's amount this year: the same as the asked one's. */
  current: Fact;
  stated: Fact[];
  /** A total of the other side (income for spending): said beside a kin, never instead of one. */
  otherSide: boolean;
}

/** The change on last year a document states for a figure: its amount, then its rate (those stated). */
export function statedChange(k: Knowledge, scope: Scope, ref: MetricRef): Fact[] {
  return [lookup(k, scope, ref, "yoy_amount")[0], lookup(k, scope, ref, "yoy_rate")[0]].filter(
    (f): f is Fact => !!f,
  );
}

/**
 * The changes on last year a document states for other figures of the same amount this year (an
 * overall total's change quoted for another total of the same amount, lexicon/total-kin.ts), in
 * the lexicon's order, the other side's last: a budget may state its income's change on last
 * year's actual and its spending's on last year's budget. Said as the kin figure's, never as the
 * asked one's.
 */
export function sameAmountChanges(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
  want: Want,
): KinChange[] {
  if (ref.type !== "metric") return [];
  const other = new Set(OTHER_SIDE_KIN[ref.key] ?? []);
  return [...(TOTAL_KIN[ref.key] ?? []), ...other].flatMap((key): KinChange[] => {
    const kin: MetricRef = { type: "metric", key };
    const stated = statedChange(k, scope, kin);
    if (!stated.length) return [];
    const same = lookup(k, scope, kin, want)[0];
    return same && money(same.value).eq(current.value)
      ? [{ ref: kin, current: same, stated, otherSide: other.has(key) }]
      : [];
  });
}
