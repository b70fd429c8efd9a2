import { money } from "../../../lib/money.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { metricLabel, partsOf } from "./labels.js";

/**
 * "起草一段<某项>同比增长的说明": the change as a paragraph to paste — the figure and its change on
 * last year (`line`, as the answer says it), the reason stated for it — then each part whose
 * change the document states, with that part's reason.
 */
export function addChangeDraft(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  line: Segment[],
  reason: string | undefined,
): void {
  const parts = partsOf(ref).flatMap((part) => {
    const change = lookup(k, scope, part, "yoy_amount")[0];
    return change && !money(change.value).isZero() ? [{ label: metricLabel(part, k), change }] : [];
  });
  const said = line.at(-1) === "。" ? line.slice(0, -1) : line;
  b.d.draft = [
    ...said,
    "。",
    ...(reason ? [`主要原因是：${reason}。`] : []),
    ...parts.flatMap(({ label, change }, i): Segment[] => [
      i ? "；" : "其中，",
      label,
      b.change(change, `${label}${change.column}`),
      change.reason ? `，主要原因是${change.reason}` : "",
    ]),
    parts.length ? "。" : "",
  ];
}
