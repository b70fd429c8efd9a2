import type { Fact } from "../../../ingest/schema.js";
import { factRatio, pointsBetween } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, namesMasked, parentOf, scopeLabel } from "./labels.js";

/** "<甲>和<乙>各占多少": each named part's share of their common whole, not one of the other. */
export const EACH_SHARE =
  /各占|(?:占比|比重|比例)(?:之)?(?:差|相差)|分别占|各自占|各自的占比|各(?:是)?多少比例|分别是?多少比例|(?:占比|比重|比例)(?:各|分别|各自)(?:是|为)?(?:多少|几)|(?:和|与|及)[^，,。？?占]{1,12}?的?比例(?:是|为)?(?:多少|几|怎样|如何)?[？?]?$/;

/** The gap between two shares asked ("占比差几个百分点"): in points, between the shares shown. */
const POINTS_ASKED = /百分点|差几个点|(?:占比|比重|比例)(?:之)?(?:差|相差)/;

/** Each figure's share is asked ("甲和乙各占多少"), not one figure's share of another. */
/** "<整体>各项占比": every part's share of one whole named alone. */
const PARTS_SHARE =
  /各项|各部分|各块|每项|每一项|分项|各个部分|各个项目|各组成部分|各自|各占|分别占|(?:构成|组成|结构)(?:及|和|与|以及)?其?(?:占比|比重|比例)/;

/** One whole named and its parts' shares asked ("三公经费各项占比多少"): its breakdown, shares shown. */
export function asksPartsShare(plan: QueryPlan, hasParts: (ref: MetricRef) => boolean): boolean {
  return plan.metrics.length === 1 && hasParts(plan.metrics[0]) && PARTS_SHARE.test(namesMasked(plan));
}

export function asksEachShare(plan: QueryPlan): boolean {
  return plan.metrics.length > 1 && EACH_SHARE.test(namesMasked(plan));
}

/** The whole every asked metric is a part of, when they share one and none is the whole itself. */
function commonWhole(metrics: MetricRef[]): MetricRef | undefined {
  const whole = parentOf(metrics[0]);
  if (!whole || metrics.some((m) => refKey(parentOf(m)) !== refKey(whole))) return undefined;
  return whole;
}

/**
 * The whole and its parts: a whole named beside its parts ("基本支出里人员经费和公用经费各占多少"), else
 * the whole the parts have in common.
 */
function wholeAndParts(metrics: MetricRef[]): { whole: MetricRef; parts: MetricRef[] } | undefined {
  const named = metrics.find((m) => metrics.every((o) => o === m || refKey(parentOf(o)) === refKey(m)));
  if (named && metrics.length > 2) return { whole: named, parts: metrics.filter((m) => m !== named) };
  const whole = commonWhole(metrics);
  return whole && { whole, parts: metrics };
}

/**
 * Each part's share of the whole the parts have in common, computed with its formula; undefined
 * when the question does not ask so or the parts have no common whole in the documents.
 */
export function eachShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (!asksEachShare(plan)) return undefined;
  const named = wholeAndParts(plan.metrics);
  const scope = scopes[0];
  if (!named || !scope) return undefined;
  const { whole, parts } = named;
  const want = wantOf(plan, scope);
  const wf = lookup(k, scope, whole, want)[0];
  if (!wf) return undefined;
  const b = new DraftBuilder();
  const wl = metricLabel(whole, k);
  const lines: Segment[][] = [];
  const shares: { label: string; value: string; facts: Fact[] }[] = [];
  for (const part of parts) {
    const pf = lookup(k, scope, part, want)[0];
    const share = pf ? factRatio(pf, wf) : undefined;
    if (!pf || !share) return undefined;
    shares.push({ label: metricLabel(part, k), value: share.value, facts: [pf, wf] });
    const pl = metricLabel(part, k);
    lines.push([
      `${pl} `,
      b.fact(pf, pl),
      `，占${wl}的 `,
      b.computed(share, `${pl}占${wl}比重`, [pf, wf]),
      "。",
    ]);
  }
  b.d.headline = [`${scopeLabel(scope)}${wl} `, b.fact(wf, wl), "，其中："];
  b.d.bullets.push(...lines);
  if (shares.length === 2 && POINTS_ASKED.test(plan.question)) {
    const [a, c] = shares;
    b.d.bullets.push([
      `两者占比相差 `,
      b.computed(pointsBetween(a.value, c.value), `${a.label}与${c.label}占比之差`, [...a.facts, c.facts[0]]),
      "。",
    ]);
  }
  return b;
}
