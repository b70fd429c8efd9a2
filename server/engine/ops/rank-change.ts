import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { earlierScope } from "./yoy.js";
import { closestFigure } from "./closest.js";
import { AMOUNT_CHANGE_RANKED } from "../lexicon/gap-ranking.js";
import { metricLabel } from "./labels.js";
import { ownWant } from "../select-facts.js";

/** The question ranks a change on last year, not the amounts themselves. */
export const RANKS_CHANGE = /降幅|增幅|增长率|增速|变化率|变动率|同比|(?:增长|上涨|涨|下降|降|减少)得?最快/;
const FALLING = /降幅|下降|减少|降低|压缩|削减|缩减|降得?最(?:快|多)/;

interface Change {
  scope: Scope;
  value: string;
  measure: string;
  /** The stated rate, or the two figures it is computed from. */
  facts: Fact[];
  formula?: string;
}

type ChangeMeasure = "rate" | "amount";

/** Is a change on last year ranked, by rate or by amount? */
export function ranksChange(question: string): boolean {
  return RANKS_CHANGE.test(question) || AMOUNT_CHANGE_RANKED.test(question);
}

/** Last year's figure of the same kind, from last year's document of that kind. */
function lastYearsOwn(k: Knowledge, scope: Scope, ref: MetricRef): Fact | undefined {
  const earlier = earlierScope(k, scope, []);
  return earlier && lookup(k, earlier, ref, ownWant(earlier.doc.kind))[0];
}

/**
 * The change on last year, in percent or in money: as the document states it, else computed from
 * this year's figure and last year's as the same document prints it.
 */
function changeOf(k: Knowledge, scope: Scope, ref: MetricRef, measure: ChangeMeasure): Change | undefined {
  const stated = lookup(k, scope, ref, measure === "rate" ? "yoy_rate" : "yoy_amount")[0];
  if (stated) return { scope, value: stated.value, measure: stated.measure, facts: [stated] };
  const current = lookup(k, scope, ref, ownWant(scope.doc.kind))[0];
  const previous = lookup(k, scope, ref, "prev_actual")[0] ?? lastYearsOwn(k, scope, ref);
  if (!current || !previous) return undefined;
  const change =
    measure === "rate"
      ? growth(current.value, previous.value)
      : difference(current.value, previous.value, current.measure);
  return change && { scope, ...change, facts: [current, previous] };
}

/**
 * "哪家降幅最大": units ranked by their change on last year (stated rates first, computed ones
 * with their formula). A decline ranks by its size: the most negative change is the largest fall.
 */
export function rankChangeOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const measure: ChangeMeasure = RANKS_CHANGE.test(plan.question) ? "rate" : "amount";
  const found = scopes.map((s) => changeOf(k, s, ref, measure)).filter((c): c is Change => !!c);
  // Amounts are compared in one measure: the most common one among the units found.
  const { kept: changes, others } = inCommonMeasure(found, (c) => c.measure);
  if (!changes.length) {
    // Never the amounts themselves in place of their change: what is missing, and the closest figure.
    const missing = new DraftBuilder();
    Object.assign(
      missing.d,
      closestFigure(k, plan, scopes, { lacking: `各单位“${metricLabel(ref, k)}”与上年比较的数字` }),
    );
    return missing;
  }
  const falling = FALLING.test(plan.question);
  const key = (c: Change) => (falling ? money(c.value).neg() : money(c.value));
  const sorted = changes.sort((a, b) => (plan.descending ? -1 : 1) * key(a).comparedTo(key(b)));
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const figure = (c: Change): Segment =>
    b.change(
      { value: c.value, measure: c.measure, facts: c.facts, ...(c.formula ? { formula: c.formula } : {}) },
      `${c.scope.unit}${label}比上年${measure === "rate" ? "增减率" : "增减额"}`,
    );
  const top = sorted[0];
  const moved = falling ? "减少" : "增加";
  const ranked = `${measure === "rate" ? (falling ? "降幅" : "增幅") : moved}${superlative(measure, plan.descending)}`;
  // "增长最多" when none grew (or "降得最多" when none fell): said so, never a fall called a rise.
  const wayAsked = (c: Change) => (falling ? money(c.value).isNegative() : money(c.value).gt(0));
  b.d.headline =
    plan.descending && !wayAsked(top)
      ? [`${label}比上年没有单位${moved}；各单位的变化如下。`]
      : [`${label}比上年${ranked}的是${top.scope.unit}（${top.scope.year}年），`, figure(top), "。"];
  for (const c of sorted) b.d.bullets.push([`${c.scope.unit}：`, figure(c)]);
  if (others.length) b.d.notes.push([otherMeasureNote(others.map((c) => c.scope.unit))]);
  const missing = scopes.filter((s) => !found.some((c) => c.scope === s)).map((s) => s.unit);
  if (missing.length) b.d.notes.push([`未参与排序（文件中没有与上年比较的数字）：${missing.join("、")}。`]);
  return b;
}

/**
 * Items compared in one measure: those of the measure met most often (the first of those met as
 * often), and the others, which are named but not ranked.
 */
export function inCommonMeasure<T>(items: T[], measureOf: (item: T) => string): { kept: T[]; others: T[] } {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(measureOf(item), (counts.get(measureOf(item)) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    kept: items.filter((item) => measureOf(item) === common),
    others: items.filter((item) => measureOf(item) !== common),
  };
}

/** The note naming the units left out of a ranking for their measure. */
export function otherMeasureNote(units: string[]): string {
  return `计量单位不同、未参与排序：${units.join("、")}。`;
}

function superlative(measure: ChangeMeasure, descending: boolean): string {
  if (measure === "rate") return descending ? "最大" : "最小";
  return descending ? "最多" : "最少";
}
