import { difference } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./amounts.js";
import { metricLabel, parentOf, scopeLabel } from "./labels.js";

const same = (a: MetricRef | undefined, b: MetricRef) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One unit's figure less a part of it: the whole is the metric the other is a part of, else the
 * larger. Undefined when the two figures are not both found.
 */
export function excludeOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const [m0, m1] = plan.metrics;
  const want = wantOf(plan, scope);
  const f0 = lookup(k, scope, m0, want)[0];
  const f1 = lookup(k, scope, m1, want)[0];
  if (!f0 || !f1 || f0.measure !== f1.measure) return undefined;
  const firstIsWhole =
    same(parentOf(m1), m0) || (!same(parentOf(m0), m1) && Number(f0.value) >= Number(f1.value));
  const [whole, part] = firstIsWhole
    ? [
        { ref: m0, fact: f0 },
        { ref: m1, fact: f1 },
      ]
    : [
        { ref: m1, fact: f1 },
        { ref: m0, fact: f0 },
      ];
  const wl = metricLabel(whole.ref, k);
  const pl = metricLabel(part.ref, k);
  const rest = difference(whole.fact.value, part.fact.value, whole.fact.measure);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${wl}扣除${pl}后为 `,
    b.computed(rest, `${wl}扣除${pl}`, [whole.fact, part.fact]),
    "。",
  ];
  b.d.bullets.push([`${wl} `, b.fact(whole.fact, wl), `，${pl} `, b.fact(part.fact, pl), "。"]);
  return b;
}
