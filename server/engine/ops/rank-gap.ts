import type { Fact } from "../../../ingest/schema.js";
import { money, type Money } from "../../../lib/money.js";
import { gap, ratio, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { GAP_DIRECTIONS, gapMeasureAsked, type GapMeasure } from "../lexicon/gap-ranking.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { rankedComparison, type Comparison } from "./budget.js";
import { metricLabel } from "./labels.js";
import { inCommonMeasure, otherMeasureNote } from "./rank-change.js";
import { PLACES } from "./rank-figures.js";

interface Placed {
  scope: Scope;
  comparison: Comparison;
  /** The gap (actual − budget), shown as a positive amount with its direction in words. */
  apart: Computed;
  /** The actual as a percentage of the budget: the document's own rate when it states one. */
  rate?: Computed | Fact;
  key: Money;
}

/** One unit's budget against actual, for the first of the plan's figures that has both. */
function placed(k: Knowledge, plan: QueryPlan, scope: Scope, measure: GapMeasure): Placed | undefined {
  const comparison = rankedComparison(k, plan, scope);
  if (!comparison) return undefined;
  const { actual, budget } = comparison;
  const rate = comparison.stated ?? ratio(actual.value, budget.value);
  if (measure === "rate" && !rate) return undefined;
  const signed = money(actual.value).minus(budget.value);
  return {
    scope,
    comparison,
    apart: gap(actual.value, budget.value, actual.measure),
    ...(rate ? { rate } : {}),
    key: measure === "rate" ? money(rate!.value) : signed,
  };
}

/** The places in order: by rate, by the gap's size, or over (under) the budget first as asked. */
function order(found: Placed[], plan: QueryPlan, measure: GapMeasure, sign?: 1 | -1): Placed[] {
  const direction = plan.descending ? -1 : 1;
  const keyOf = (p: Placed) => (measure === "rate" ? p.key : sign ? p.key.times(sign) : p.key.abs());
  const kept = measure === "gap" && sign ? found.filter((p) => p.key.times(sign).gt(0)) : found;
  return kept.sort((a, b) => direction * keyOf(a).comparedTo(keyOf(b)));
}

/** The words of what is ranked. */
function rankedWords(measure: GapMeasure, sign: 1 | -1 | undefined, descending: boolean): string {
  if (measure === "rate") return `预算完成率${descending ? "最高" : "最低"}`;
  const word = sign === 1 ? "决算超出预算" : sign === -1 ? "决算少于预算" : "决算与预算相差";
  return `${word}${descending ? "最多" : "最少"}`;
}

/**
 * "哪个单位决算超预算最多", "预算执行率最高的单位": units ranked by their actual against their
 * budget (the gap, or the completion rate), each with both figures and its formula. Units whose
 * documents do not state both are named, never ranked on another figure.
 */
export function rankGapOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const measure = gapMeasureAsked(plan.question);
  if (!measure || scopes.length < 2 || !plan.metrics.length) return undefined;
  const sign = measure === "gap" ? GAP_DIRECTIONS.find((d) => d.words.test(plan.question))?.sign : undefined;
  const found = scopes.flatMap((scope) => placed(k, plan, scope, measure) ?? []);
  if (!found.length) return undefined;
  // Gaps are compared in one measure: the most common one among the units found.
  const comparable =
    measure === "rate" ? found : inCommonMeasure(found, (p) => p.comparison.actual.measure).kept;
  const ranked = order(comparable, plan, measure, sign);
  const b = new DraftBuilder();
  // Every unit compared on one other figure (财政拨款支出 for 支出合计): the ranking is named after it.
  const asked = metricLabel(plan.metrics[0], k);
  const compared = new Set(comparable.map((p) => metricLabel(p.comparison.ref, k)));
  const label = compared.size === 1 ? [...compared][0] : asked;
  if (label !== asked)
    b.d.notes.push([`文件未同时列出“${asked}”的预算数和决算数，按同时列出两者的“${label}”比较。`]);
  const words = rankedWords(measure, sign, plan.descending);
  const lineOf = (p: Placed): Segment[] => {
    const { actual, budget } = p.comparison;
    const over = money(actual.value).gt(budget.value);
    const even = money(actual.value).eq(budget.value);
    const named = metricLabel(p.comparison.ref, k);
    const rateSeg = p.rate
      ? "id" in p.rate
        ? b.fact(p.rate, `${p.scope.unit}${named}预算完成率（文件所列）`)
        : b.computed(p.rate, `${p.scope.unit}${named}预算完成率`, [actual, budget])
      : undefined;
    return [
      named === label ? "预算 " : `（按${named}）预算 `,
      b.fact(budget, `${p.scope.unit}${named}预算`),
      `，决算 `,
      b.fact(actual, `${p.scope.unit}${named}决算`),
      ...(even
        ? ["，与预算相同"]
        : [
            `，${over ? "超出" : "少于"}预算 `,
            b.computed(p.apart, `${p.scope.unit}${named}决算与预算之差`, [actual, budget]),
          ]),
      ...(rateSeg ? ["，完成预算的 ", rateSeg] : []),
    ];
  };
  if (ranked.length) {
    const top = ranked[0];
    b.d.headline = [`${label}${words}的是${top.scope.unit}（${top.scope.year}年）：`, ...lineOf(top), "。"];
    ranked
      .slice(0, PLACES.length)
      .forEach((p, i) =>
        b.d.bullets.push([`第${PLACES[i]}位 ${p.scope.unit}（${p.scope.year}年）：`, ...lineOf(p), "。"]),
      );
    // The units on the other side of the budget, with their figures too (not ranked).
    for (const p of comparable.filter((p) => !ranked.includes(p)).slice(0, PLACES.length))
      b.d.bullets.push([`${p.scope.unit}（${p.scope.year}年，未参与排序）：`, ...lineOf(p), "。"]);
  } else {
    b.d.headline = [`没有单位的${label}${sign === 1 ? "决算超出预算" : "决算少于预算"}。`];
    for (const p of comparable)
      b.d.bullets.push([`${p.scope.unit}（${p.scope.year}年）：`, ...lineOf(p), "。"]);
  }
  notesOf(b, scopes, { found, comparable, ranked, measure });
  return b;
}

/** What the ranking leaves out, and how its figures were computed. */
function notesOf(
  b: DraftBuilder,
  scopes: Scope[],
  parts: { found: Placed[]; comparable: Placed[]; ranked: Placed[]; measure: GapMeasure },
): void {
  const { found, comparable, ranked, measure } = parts;
  b.d.notes.push([
    measure === "rate"
      ? "完成率为决算数除以预算数，以百分比表示（文件列出完成率的，用文件所列）。"
      : "差额按决算数减预算数计算；只比较文件同时列出预算数和决算数的单位。",
  ]);
  if (ranked.length > PLACES.length) b.d.notes.push(["只列出前十位，其余单位从略。"]);
  const otherMeasure = found.filter((p) => !comparable.includes(p)).map((p) => p.scope.unit);
  if (otherMeasure.length) b.d.notes.push([otherMeasureNote(otherMeasure)]);
  const missing = scopes.filter((s) => !found.some((p) => p.scope === s)).map((s) => s.unit);
  if (missing.length)
    b.d.notes.push([
      `未参与排序（文件中未同时列出预算数和决算数）：${missing.slice(0, PLACES.length).join("、")}${missing.length > PLACES.length ? "等" : ""}。`,
    ]);
}
