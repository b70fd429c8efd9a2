import { factRatio, pointsBetween } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";

/** Two shares of one whole compared ("A占W的比例比B低多少个百分点"). */
const SHARES_COMPARED = /占.{0,16}(?:比例|比重|占比|百分比).{0,16}(?:比|和|与|跟)|百分点/;

/**
 * "A占W的比例比B高/低多少个百分点": A ÷ W and B ÷ W, and their difference in percentage points.
 * The metrics come in the question's order: A, W, B. Undefined for any other shape.
 */
export function sharePointsOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (scopes.length !== 1 || plan.metrics.length !== 3 || !SHARES_COMPARED.test(plan.question))
    return undefined;
  const scope = scopes[0];
  const want = wantOf(plan, scope);
  const [a, whole, c] = plan.metrics.map((ref) => ({ ref, fact: lookup(k, scope, ref, want)[0] }));
  if (!a.fact || !whole.fact || !c.fact) return undefined;
  const shareA = factRatio(a.fact, whole.fact);
  const shareC = factRatio(c.fact, whole.fact);
  if (!shareA || !shareC) return undefined;
  const [al, wl, cl] = [a, whole, c].map((x) => metricLabel(x.ref, k));
  const points = pointsBetween(shareA.value, shareC.value);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${al}占${wl}的 `,
    b.computed(shareA, `${al}占${wl}比重`, [a.fact, whole.fact]),
    `，${cl}占 `,
    b.computed(shareC, `${cl}占${wl}比重`, [c.fact, whole.fact]),
    `，前者比后者${points.value.startsWith("-") ? "低" : "高"} `,
    b.computed({ ...points, value: points.value.replace(/^-/, "") }, `${al}与${cl}占比之差`, [
      a.fact,
      c.fact,
      whole.fact,
    ]),
    "。",
  ];
  b.d.bullets.push([
    `${al} `,
    b.fact(a.fact, al),
    `，${cl} `,
    b.fact(c.fact, cl),
    `，${wl} `,
    b.fact(whole.fact, wl),
    "。",
  ]);
  return b;
}
