import type { Carried, Figures, OperationParts, Turn } from "./turn.js";
import type { MetricRef, Operation, QueryPlan } from "../plan-schema.js";
import { WHO_SPENT_LESS, findBasis } from "../question-cues.js";
import { twoYearsCompared } from "./two-years-compared.js";
import { adjustedBudgetGiven, isBudget } from "../turn-pairs.js";
import { withBaseYear, withConversationYear, yearsOfFollowUp, yearsPublished } from "../plan-years.js";
import { gapMeasureAsked } from "../lexicon/gap-ranking.js";
import { editionOf, editionsCompared } from "./editions-compared.js";
import { ACTIVITY_QUANTITY, MONEY_WORDS, asksCount } from "../lexicon/question-words.js";
import { foreignPlaces } from "../find-units.js";
import { READING_DOUBT } from "../read-subject.js";
import { BARE_BUDGET } from "../lexicon/total-kin.js";
import type { Context } from "../conversation.js";
import { CARRY_OVER_KEYS, tablesNamedIn } from "../lexicon/named-tables.js";
import { fundFlowOf } from "../../../ingest/domain/metrics.js";
import type { Knowledge } from "../knowledge.js";
import { metricLabel } from "../ops/labels.js";

/** Phase 6: the plan: basis, years, edition, counts, the text query and how the message was read. */
export function assemblePlan(
  turn: Turn,
  figures: Figures,
  metricsHere: MetricRef[],
  carried: Carried,
  read: { operation: Operation; metrics: MetricRef[]; parts: OperationParts },
): QueryPlan {
  const { k, ctx, q, found, units, unknownUnits, leftOut } = turn;
  const { unmasked, rest, asked, subject, refs } = figures;
  const { followUp, yearsFound, carriesTotal, bareBudget, bareReading } = carried;
  const { metrics, parts } = read;
  let { operation } = read;
  // "甲<年>预算里的…是乙<年>决算…的几倍": each unit's own document says which; no one basis for both.
  const eachOwnDocument = units.length > 1 && yearsFound.years.length > 1 && /预算/.test(q) && /决算/.test(q);
  const basis = eachOwnDocument ? {} : findBasis(q);
  // Two years' change after a budget and an actual compares both; after two budgets, the budgets.
  const inheritsBasis =
    followUp &&
    operation !== "compare_budget_actual" &&
    !(twoYearsCompared(q, parts, ctx) && isBudget(ctx?.basis) !== isBudget(ctx?.previousBasis));
  const years = withBaseYear(
    q,
    (operation === "sum" && metrics.length > 1 && units.length <= 1) || operation === "share",
    yearsFound.years.length
      ? followUp && ctx && operation === "yoy"
        ? withConversationYear(q, yearsFound.years, ctx.years)
        : yearsFound.years
      : followUp && ctx?.years.length
        ? yearsOfFollowUp(ctx, operation, units.length)
        : operation === "trend" || BOTH_DOCUMENTS.test(q)
          ? yearsPublished(k, units)
          : [],
  );
  const clarify =
    found.ambiguous && !units.length
      ? `“${found.ambiguous.key}”可能指：${found.ambiguous.units.join("、")}。请问您指的是哪一个？`
      : undefined;
  const unitReadings = found.fuzzy.map((f) => `“${f.asked}”按“${f.unit}”理解`);
  // "…最多的是哪个？→ 那花了多少": the amount of the one the ranking named, not the whole figure's.
  const rankedBefore =
    followUp && ctx?.operation === "rank" && !!ctx.textQuery && !refs.length && AMOUNT_OF_IT.test(q);
  if (rankedBefore) operation = "rank";
  const plan: QueryPlan = {
    units,
    unknownUnits,
    years,
    yearSource: yearsFound.years.length ? yearsFound.source : years.length ? "history" : "latest",
    // "决算多少？→ 预算呢？": the budget beside that actual, in the same final accounts.
    // A completion rate asked after an actual, or two years' change after a budget and an actual,
    // compares both: the last turn's basis is not inherited.
    kind:
      basis.kind ??
      (inheritsBasis ? (ctx?.kind ?? (ctx?.basis === "决算" ? "决算" : undefined)) : undefined) ??
      // "哪个单位超预算最多": each unit's final accounts set the budget against the actual.
      (operation === "rank" && units.length > 1 && gapMeasureAsked(q) ? "决算" : undefined),
    basis:
      basis.basis ??
      (inheritsBasis && !/决算|实际/.test(q) ? ctx?.basis : undefined) ??
      adjustedBudgetGiven(ctx, followUp, operation),
    metrics,
    operation,
    ...(editionsCompared(q, followUp, ctx) ? { bothEditions: true } : editionOf(q, followUp, ctx)),
    counts:
      asksCount(q) ||
      (ACTIVITY_QUANTITY.test(q) && !MONEY_WORDS.test(rest)) ||
      // "<某活动>多少批次？→ 其中<某项>呢": the same count, of the part.
      (followUp && !!ctx?.counts && /呢[？?]?$/.test(q) && !MONEY_WORDS.test(rest)),
    question: q,
    textQuery: rankedBefore
      ? ctx!.textQuery
      : textQueryOf(k, unmasked.replace(/[，｜]+/g, " ").trim() || q, operation, metrics, metricsHere),
    followUp,
    ...(clarify ? { clarify, candidates: found.ambiguous!.units } : {}),
    descending: !/最低|最少|最小/.test(q) && !WHO_SPENT_LESS.test(q),
    attributes: asked.attributes,
    ...(asked.perUnit ? { perUnit: asked.perUnit } : {}),
    places: foreignPlaces(found.rest),
    qualifiers: subject.qualifiers,
    ...(followUp ? fundCarried(q, metrics, ctx) : {}),
    readings: [...unitReadings, ...leftOut, ...subject.readings, ...(bareBudget ? [bareReading] : [])],
    confidence: subject.confidence * READING_DOUBT ** unitReadings.length,
  };
  if ((bareBudget && BARE_BUDGET.test(rest)) || carriesTotal) READ_AS_TOTAL.add(plan);
  return plan;
}

/** "<某基金>支出多少？→ 年底还剩多少": the carry-over of the fund just asked, when none is named. */
function fundCarried(q: string, metrics: MetricRef[], ctx: Context | undefined): { fundSaid?: string } {
  if (!metrics.length || !metrics.every((m) => m.type === "metric" && CARRY_OVER_KEYS.has(m.key))) return {};
  if (tablesNamedIn(q).length) return {};
  const funds = new Set(
    (ctx?.metrics ?? []).map((m) => (m.type === "metric" ? fundFlowOf(m.key)?.everyday : undefined)),
  );
  const [fund] = funds;
  return funds.size === 1 && fund ? { fundSaid: fund } : {};
}

/**
 * The words to search the text with: a follow-up about text ("主要干啥用") searches for the figure
 * the conversation is about as well.
 */
function textQueryOf(
  k: Knowledge,
  words: string,
  operation: Operation,
  metrics: MetricRef[],
  own: MetricRef[],
): string {
  if (operation !== "text_lookup" || own.length || !metrics.length) return words;
  return `${metrics.map((ref) => metricLabel(ref, k)).join(" ")} ${words}`;
}

/**
 * Plans whose figure was read from a bare "预算多少" rather than named: their follow-ups do not
 * inherit it (a follow-up names what it asks about, or is answered as before).
 */
const READ_AS_TOTAL = new WeakSet<QueryPlan>();

/** Was the plan's figure read from a bare "预算多少" (its follow-ups do not inherit it)? */
export const readAsTotal = (plan: QueryPlan) => READ_AS_TOTAL.has(plan);

/** "两份文件里…分别是多少": every document of the unit, each its own year, no year named. */
const BOTH_DOCUMENTS =
  /(?:两|二|2)(?:份|个|年的?)(?:文件|报告|公开材料|材料)(?:里|中|上|的)?|两(?:份|个)(?:都|各)/;

/**
 * "花了多少", "多少钱": the amount of what was just named; "占多少", "占比呢": its share of the
 * whole the ranking was of (the ranking states both).
 */
const AMOUNT_OF_IT =
  /^(?:那|那么)?(?:它|这个|那个)?(?:花了|用了|花费了?|开支了?)?(?:多少钱?|几多)[？?]?$|^(?:那|那么)?(?:它|这个|那个)?(?:花|用)了?多少|^(?:那|那么)?(?:它|这个|那个)?(?:占(?:了|比)?(?:多少|几成|百分之几|比例|多大比例)?|占比)(?:呢)?[？?]?$/;
