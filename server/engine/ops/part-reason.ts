import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import type { DraftBuilder } from "../draft.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/**
 * A total's change explained by one of its parts: the documents often state the reason on the
 * part that moved ("其中公务用车购置费增加…，主要原因是…") and none on the total. The part whose
 * stated change equals the total's explains it; otherwise the part with the largest stated change
 * in the same direction, when it is at least half the total's. Only parts with a stated reason count. Searched down to the parts' parts.
 */
export function partReason(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  totalChange: string,
): { part: string; change: Fact } | undefined {
  const total = money(totalChange);
  if (total.isZero() || ref.type !== "metric") return undefined;
  const changes = partChanges(k, scope, ref.key, 2).filter(
    ({ change }) => change.reason && money(change.value).isPositive() === total.isPositive(),
  );
  const same = changes.find(({ change }) => money(change.value).eq(total));
  if (same) return same;
  // "变化主要来自…" only of a part that moved at least half as much as the total.
  const largest = changes.sort((a, b) =>
    money(b.change.value).abs().comparedTo(money(a.change.value).abs()),
  )[0];
  return largest && money(largest.change.value).abs().gte(total.abs().div(2)) ? largest : undefined;
}

function partChanges(
  k: Knowledge,
  scope: Scope,
  key: string,
  depth: number,
): { part: string; change: Fact }[] {
  const parts = METRIC_BY_KEY.get(key)?.parts ?? [];
  return parts.flatMap((part) => {
    const change = lookup(k, scope, { type: "metric", key: part }, "yoy_amount").find(
      (f) => !money(f.value).isZero(),
    );
    const below = depth > 1 ? partChanges(k, scope, part, depth - 1) : [];
    return [...(change ? [{ part, change }] : []), ...below];
  });
}

/** The part that explains a total's change, said in a bullet ("变化主要来自…"); whether there was one. */
export function addPartReason(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  totalChange: string,
): boolean {
  const moved = partReason(k, scope, ref, totalChange);
  if (moved)
    b.d.bullets.push([
      `变化主要来自${moved.part}（`,
      b.change(moved.change, `${moved.part}${moved.change.column}`),
      `），文件说明的原因：${moved.change.reason}。`,
    ]);
  return !!moved;
}
