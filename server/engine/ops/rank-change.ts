import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { growth } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./amounts.js";
import { metricLabel } from "./labels.js";

/** The question ranks a change on last year, not the amounts themselves. */
export const RANKS_CHANGE = /降幅|增幅|增长率|增速|变化率|变动率|同比|(?:增长|上涨|涨|下降|降|减少)得?最快/;
const FALLING = /降幅|下降|减少|降低|降得?最快/;

interface Change {
  scope: Scope;
  value: string;
  /** The stated rate, or the two figures it is computed from. */
  facts: Fact[];
  formula?: string;
}

/** The change on last year in percent: as the document states it, else computed from both years. */
function changeOf(k: Knowledge, scope: Scope, ref: MetricRef): Change | undefined {
  const stated = lookup(k, scope, ref, "yoy_rate")[0];
  if (stated) return { scope, value: stated.value, facts: [stated] };
  const current = lookup(k, scope, ref, "actual")[0];
  const previous = lookup(k, scope, ref, "prev_actual")[0];
  const rate = current && previous ? growth(current.value, previous.value) : undefined;
  return rate ? { scope, value: rate.value, facts: [current, previous], formula: rate.formula } : undefined;
}

/**
 * "哪家降幅最大": units ranked by their change on last year (stated rates first, computed ones
 * with their formula). A decline ranks by its size: the most negative change is the largest fall.
 */
export function rankChangeOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const changes = scopes.map((s) => changeOf(k, s, ref)).filter((c): c is Change => !!c);
  if (!changes.length) return undefined;
  const falling = FALLING.test(plan.question);
  const key = (c: Change) => (falling ? money(c.value).neg() : money(c.value));
  const sorted = changes.sort((a, b) => (plan.descending ? -1 : 1) * key(a).comparedTo(key(b)));
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const figure = (c: Change): Segment =>
    b.change(
      { value: c.value, measure: "%", facts: c.facts, ...(c.formula ? { formula: c.formula } : {}) },
      `${c.scope.unit}${label}比上年增减率`,
    );
  const top = sorted[0];
  b.d.headline = [
    `${label}比上年${falling ? "降幅" : "增幅"}${plan.descending ? "最大" : "最小"}的是${top.scope.unit}（${top.scope.year}年），`,
    figure(top),
    "。",
  ];
  for (const c of sorted) b.d.bullets.push([`${c.scope.unit}：`, figure(c)]);
  const missing = scopes.filter((s) => !changes.some((c) => c.scope === s)).map((s) => s.unit);
  if (missing.length) b.d.notes.push([`未参与排序（文件中没有与上年比较的数字）：${missing.join("、")}。`]);
  return b;
}
