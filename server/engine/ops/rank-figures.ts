import { FIGURE_WANTS, type Want } from "../../../ingest/domain/select-figures.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, lookupWith, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { ranksChange } from "./rank-change.js";
import { gapMeasureAsked } from "../lexicon/gap-ranking.js";

/** Places a ranking lists, in words: digits in answers are reserved for figures. */
export const PLACES = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export interface RankedRow {
  scope: Scope;
  ref: MetricRef;
  fact: Fact;
}

/** A ranking: the first places with their facts, how many were ranked, and who had no figure. */
export interface Ranking {
  shown: RankedRow[];
  ranked: number;
  missing: string[];
}

type MetricOnly = Extract<MetricRef, { type: "metric" }>;

/**
 * Rankings over several units of lexicon metrics are read from the headline figures chosen at
 * ingest (one narrow row per document), and only the shown places' facts are read in full.
 */
export function ranksByFigures(plan: QueryPlan, scopes: Scope[]): boolean {
  return (
    plan.operation === "rank" &&
    scopes.length > 1 &&
    plan.metrics.length > 0 &&
    plan.metrics.every((ref) => ref.type === "metric") &&
    !ranksChange(plan.question) &&
    !gapMeasureAsked(plan.question)
  );
}

/** The wanted figures the scopes may fall back on (lookup widens budgets and crosses to 预算). */
export function figureWants(plan: QueryPlan, scopes: Scope[]): Want[] {
  const wants = new Set<Want>(scopes.map((scope) => wantOf(plan, scope)));
  wants.add("budget");
  return FIGURE_WANTS.filter((want) => wants.has(want));
}

interface FigureRow {
  scope: Scope;
  ref: MetricOnly;
  docId: string;
  factId: string;
  value: string;
  key: number;
}

interface FigureOrder {
  found: FigureRow[];
  missing: string[];
}

/**
 * One ordering per question: loading reads the shown places' facts from it (shownFigureIds), and
 * the operation ranks with the same order (figureRanking) for the same plan and scopes.
 */
const ORDERS = new WeakMap<Scope[], { k: Knowledge; plan: QueryPlan; order: FigureOrder }>();

function orderFigures(k: Knowledge, plan: QueryPlan, scopes: Scope[]): FigureOrder {
  const known = ORDERS.get(scopes);
  if (known?.k === k && known.plan === plan) return known.order;
  const order = sortFigures(k, plan, scopes);
  ORDERS.set(scopes, { k, plan, order });
  return order;
}

/** Every (scope, metric) figure in ranking order, narrow; the scopes without one by label. */
function sortFigures(k: Knowledge, plan: QueryPlan, scopes: Scope[]): FigureOrder {
  const found: FigureRow[] = [];
  const missing: string[] = [];
  for (const scope of scopes)
    for (const ref of plan.metrics as MetricOnly[]) {
      const [figure] = lookupWith(k, scope, wantOf(plan, scope), (doc, want) => {
        const row = k.figure(doc.docId, ref.key, want);
        return row ? [row] : [];
      });
      if (figure)
        found.push({
          scope,
          ref,
          docId: figure.docId,
          factId: figure.factId,
          value: figure.value,
          key: Number(figure.value),
        });
      else missing.push(`${scopeLabel(scope)}${metricLabel(ref, k)}`);
    }
  // A ranking of every unit compares n·log n pairs: by each value's nearest double first, which
  // never orders two amounts the wrong way round (rounding to a double is monotonic), and exactly
  // where two doubles are equal (or not comparable).
  const compare = (x: FigureRow, y: FigureRow) =>
    x.key < y.key ? -1 : x.key > y.key ? 1 : money(x.value).comparedTo(y.value);
  found.sort((x, y) => (plan.descending ? -1 : 1) * compare(x, y));
  return { found, missing };
}

/** The fact ids a figure ranking shows (to read before composing). */
export function shownFigureIds(k: Knowledge, plan: QueryPlan, scopes: Scope[]): string[] {
  return orderFigures(k, plan, scopes)
    .found.slice(0, PLACES.length)
    .map((row) => row.factId);
}

/** A ranking from the headline figures; the shown facts must have been loaded. */
function figureRanking(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Ranking {
  const { found, missing } = orderFigures(k, plan, scopes);
  const shown = found.slice(0, PLACES.length).flatMap((row) => {
    const fact = k.loadedFact(row.docId, row.factId);
    return fact ? [{ scope: row.scope, ref: row.ref, fact }] : [];
  });
  return { shown, ranked: found.length, missing };
}

/** A ranking from the loaded facts (few documents, or subjects and projects). */
function factRanking(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Ranking {
  const found: RankedRow[] = [];
  const missing: string[] = [];
  for (const scope of scopes)
    for (const ref of plan.metrics) {
      const fact = lookup(k, scope, ref, wantOf(plan, scope))[0];
      if (fact) found.push({ scope, ref, fact });
      else missing.push(`${scopeLabel(scope)}${metricLabel(ref, k)}`);
    }
  found.sort((x, y) => (plan.descending ? -1 : 1) * money(x.fact.value).comparedTo(y.fact.value));
  return { shown: found.slice(0, PLACES.length), ranked: found.length, missing };
}

/** The ranking of the plan's figures over the scopes, by whichever way they were loaded. */
export function ranking(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Ranking {
  return k.hasFigures ? figureRanking(k, plan, scopes) : factRanking(k, plan, scopes);
}
