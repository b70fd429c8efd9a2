import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { loadFacts } from "../load-facts.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";

/**
 * A subordinate body that publishes nothing of its own, asked for a figure: the refusal names the
 * closest disclosed one, its parent's (whose consolidated documents include it), said to be the
 * parent's. The answer stays not_found.
 */
export async function withParentFigure(
  k: Knowledge,
  plan: QueryPlan,
  refusal: Draft,
  parents: Scope[],
): Promise<Draft> {
  const ref = plan.metrics[0];
  const scope = parents[0];
  if (!ref || !scope) return refusal;
  await loadFacts(k, plan, [scope]);
  const want = wantOf(plan, scope);
  const fact = lookup(k, scope, ref, want)[0];
  if (!fact) return refusal;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  b.d.status = "not_found";
  b.d.headline = [...refusal.headline];
  b.d.bullets.push([
    `最接近的公开数字是${scopeLabel(scope)}${label}${wantLabel(want, fact, label)} `,
    b.fact(fact, `${scope.unit}${label}`),
    `（这是${scope.unit}的数字，不是所问单位单独的数字）。`,
  ]);
  return b.build();
}
