import type { Fact } from "../../../ingest/schema.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./amounts.js";
import { metricLabel, parentOf, scopeLabel } from "./labels.js";

/** The part and the whole of a share: the metric that is the other's parent is the whole. */
export function partAndWhole(metrics: MetricRef[]): { part: MetricRef; whole?: MetricRef } {
  const [m0, m1] = metrics;
  const swap = !!m1 && JSON.stringify(parentOf(m1)) === JSON.stringify(m0);
  const part = swap ? m1 : m0;
  return { part, whole: (swap ? m0 : m1) ?? parentOf(part) };
}

/** The share the document states, when it differs from the computed one (rounded otherwise). */
function statedBeside(b: DraftBuilder, stated: Fact | undefined, computed: string): Segment[] {
  if (!stated || Number(stated.value) === Number(computed)) return [];
  return ["（文件所列为 ", b.fact(stated, "文件所列占比"), "）"];
}

/**
 * The same share in several units ("<甲>和<乙>的<部分>占<整体>各是多少"): one computed line per
 * unit. Undefined when one unit lacks either figure, so the caller answers as for one unit.
 */
export function shareAcrossOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (scopes.length < 2 || !plan.metrics.length) return undefined;
  const { part, whole } = partAndWhole(plan.metrics);
  if (!whole) return undefined;
  const b = new DraftBuilder();
  const pl = metricLabel(part, k);
  const wl = metricLabel(whole, k);
  const lines: Segment[][] = [];
  for (const scope of scopes) {
    const want = wantOf(plan, scope);
    const pf = lookup(k, scope, part, want)[0];
    const wf = lookup(k, scope, whole, want)[0];
    const share = pf && wf ? factRatio(pf, wf) : undefined;
    if (!pf || !wf || !share) return undefined;
    lines.push([
      `${scopeLabel(scope)}${pl} `,
      b.fact(pf, pl),
      `，${wl} `,
      b.fact(wf, wl),
      "，占比 ",
      b.computed(share, `${scopeLabel(scope)}${pl}占${wl}比重`, [pf, wf]),
      ...statedBeside(b, lookup(k, scope, part, "share")[0], share.value),
      "。",
    ]);
  }
  b.d.headline = [`${pl}占${wl}的比重：`];
  b.d.bullets.push(...lines);
  return b;
}
