import { PARENT_WHOLE_ASKED } from "../lexicon/body-rows.js";
import { money } from "../../../lib/money.js";
import type { Fact } from "../../../ingest/schema.js";
import { factRatio, pointsBetween } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import { findUnits } from "../find-units.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, parentOf, scopeLabel } from "./labels.js";

/** The part and the whole of a share: the metric that is the other's parent is the whole. */
export function partAndWhole(metrics: MetricRef[]): { part: MetricRef; whole?: MetricRef } {
  const [m0, m1] = metrics;
  const swap = !!m1 && refKey(parentOf(m1)) === refKey(m0);
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
  // Each unit's share as the document states it, else as computed: the gap between two is asked.
  const shares: { value: string; facts: Fact[]; stated: boolean }[] = [];
  for (const scope of scopes) {
    const want = wantOf(plan, scope);
    const pf = lookup(k, scope, part, want)[0];
    const wf = lookup(k, scope, whole, want)[0];
    const share = pf && wf ? factRatio(pf, wf) : undefined;
    if (!pf || !wf || !share) return undefined;
    const stated = lookup(k, scope, part, "share")[0];
    shares.push(
      stated
        ? { value: stated.value, facts: [stated], stated: true }
        : { ...share, facts: [pf, wf], stated: false },
    );
    lines.push([
      `${scopeLabel(scope)}${pl} `,
      b.fact(pf, pl),
      `，${wl} `,
      b.fact(wf, wl),
      "，占比 ",
      b.computed(share, `${scopeLabel(scope)}${pl}占${wl}比重`, [pf, wf]),
      ...statedBeside(b, stated, share.value),
      "。",
    ]);
  }
  b.d.headline = [`${pl}占${wl}的比重：`];
  b.d.bullets.push(...lines);
  if (shares.length === 2 && GAP_ASKED.test(plan.question)) {
    const [a, c] = money(shares[0]!.value).gte(shares[1]!.value) ? shares : [shares[1]!, shares[0]!];
    const points = pointsBetween(a.value, c.value);
    b.d.bullets.push([
      `两者相差 `,
      b.computed(points, `${pl}占${wl}比重之差`, [...a.facts, ...c.facts]),
      shares.some((x) => x.stated) ? "（按文件所列占比计算）" : "",
      "。",
    ]);
  }
  return b;
}

/** The gap between two shares asked ("差几个百分点", "相差多少"). */
const GAP_ASKED = /百分点|差了?多少|相差|差距|差额|高(?:出|了)?多少|低(?:了)?多少/;

/** The whole is a unit named after 占 / 是 ("占□□的", "是□□的几分之几"; units masked as □). */
const WHOLE_IS_UNIT = /(?:占|是|相当于)[了的]?□/;

/**
 * One unit's figure as a share of another's ("<甲>的三公经费占<乙>的百分之几"): the unit named
 * first over the one named second, the same figure in both. Undefined for other shapes.
 */
export function unitShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (scopes.length !== 2 || plan.metrics.length !== 1) return undefined;
  const [first, second] = scopes;
  // ("<下属单位>…占全局…": the second is the first's department, said as the whole.)
  const parentWhole = k.unit(first.unit)?.parent === second.unit && PARENT_WHOLE_ASKED.test(plan.question);
  if (!parentWhole && !WHOLE_IS_UNIT.test(findUnits(k, plan.question).rest)) return undefined;
  const ref = plan.metrics[0];
  const pf = lookup(k, first, ref, wantOf(plan, first))[0];
  const wf = lookup(k, second, ref, wantOf(plan, second))[0];
  const share = pf && wf ? factRatio(pf, wf) : undefined;
  if (!pf || !wf || !share) return undefined;
  const label = metricLabel(ref, k);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(first)}${label}占${scopeLabel(second)}${label}的 `,
    b.computed(share, `${label}：${first.unit}占${second.unit}`, [pf, wf]),
    "。",
  ];
  b.d.bullets.push(
    [`${scopeLabel(first)}${label} `, b.fact(pf, label), "。"],
    [`${scopeLabel(second)}${label} `, b.fact(wf, label), "。"],
  );
  return b;
}
