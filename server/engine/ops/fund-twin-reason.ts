import { fundFlowOf } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/**
 * A fund's appropriation income whose change is stated without a reason, where its spending of the
 * same fund changed by the same amount with one ("政府性基金预算拨款收入…减少N万元" and "…拨款支出…减少
 * N万元，主要原因是…"): the spending's reason, and which figure it is stated for.
 */
export function fundTwinReason(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  change: Fact,
): { reason: string; of: string } | undefined {
  const flow = ref.type === "metric" ? fundFlowOf(ref.key) : undefined;
  if (!flow) return undefined;
  const twin = lookup(k, scope, { type: "metric", key: flow.other }, "yoy_amount").find(
    (fact) => !!fact.reason && fact.measure === change.measure && money(fact.value).eq(change.value),
  );
  return twin?.reason ? { reason: twin.reason, of: flow.other } : undefined;
}
