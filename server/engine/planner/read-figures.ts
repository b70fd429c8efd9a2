import { FUND_NAMES } from "../../../ingest/domain/fund-scopes.js";
import { TABLE_NAMED } from "../lexicon/named-tables.js";
import { escapeRegExp } from "../../../lib/escape-regexp.js";
import type { Figures, Turn } from "./turn.js";
import {
  askedScope,
  itemAndTheLike,
  perUnitOf,
  withContainingFigure,
  withoutToldContext,
  type AskedScope,
} from "../asked-scope.js";
import { examplesMasked } from "../asked-examples.js";
import { findMetrics, type FoundMetrics } from "../find-metrics.js";
import { unitsWithRows } from "../unit-choice.js";
import { classMetrics, classQuestionSpans } from "../class-question.js";
import { projectListMetrics, projectListSpans } from "../project-question.js";
import { maskSpans } from "./mask-spans.js";
import { COUNTED_KIND, placesOfSpending } from "../find-units.js";
import { EXCLUDING, REMAINDER_ASKED } from "../question-cues.js";
import { QUALIFIER_DOUBT, readSubject } from "../read-subject.js";
import { pointedOccasion } from "../pointed-occasion.js";
import { PEOPLE_COUNTED, PER_UNITS } from "../lexicon/scope-attributes.js";
import { perUnitAmounts } from "../per-unit-amount.js";
import { inSchemeAsked } from "../scheme-asked.js";
import { moneyForCounts } from "./money-for-counts.js";
import type { Knowledge } from "../knowledge.js";

/** An amount written in the question ("N万", "N.N万元", "N元"). */
const ASKED_AMOUNT = /\d+(?:\.\d+)?\s*(?:亿元|亿|万元|万|元)/g;

/** "政府性基金2024年支出": a year said between a fund and its 收入/支出, read as "2024年政府性基金支出". */
const YEAR_AFTER_FUND = new RegExp(
  `(${FUND_NAMES}|财政拨款)(20\\d{2}\\s*年度?)(?=的?(?:财政拨款)?(?:支出|收入|收支))`,
  "g",
);

const yearBeforeFund = (text: string) =>
  text.replace(YEAR_AFTER_FUND, (_, fund: string, year: string) => year + fund);

/**
 * "除了<甲>，其他/别的<整体>": the rest of the whole, not a row named 其他<整体> (the words before
 * the whole are taken out when a figure is taken off).
 */
const OTHERS_BESIDE_EXCLUDED =
  /(?<=(?:除了|除去|除开)[^。？?]{1,20}[，,、]?[^。？?]{0,8})(?:其他|其它|别的|另外的|剩下的|剩余的)(?=[\u4e00-\u9fa5])/g;

/**
 * "<某表>里，<年>预算数合计是多少": a question naming no figure but a table the figure finder
 * knows ("三公经费表", "基本支出表") asks that table's own total. The names masked as places are put
 * back where they were (where their masks still are).
 */
function withTablesNamed(rest: string, tables: [number, string][]): string | undefined {
  const known = tables.filter(
    ([at, name]) =>
      rest.slice(at, at + name.length) === "，".repeat(name.length) &&
      [...name.matchAll(TABLE_NAMED)].some((m) => m[0] === name),
  );
  if (!known.length) return undefined;
  return known.reduce((text, [at, name]) => text.slice(0, at) + name + text.slice(at + name.length), rest);
}

/** Words for spending in general ("人均支出", "人均花了多少"). */
const SPENDING = /支出|花费|开支|花了|花销|花多少|花钱|开销|用钱|花的钱/;

/** An amount the asker writes ("N万", "N.N万元"), not a year before a name ("<年>万…"). */
const STATED_AMOUNT = /(?<!\d)(?!20\d\d\s*万)\d+(?:\.\d+)?\s*万/;

/** "每个人平均多少经费", "人均多少": money asked per head with no figure named. */
const MONEY_ASKED_PER_UNIT = /经费|多少钱|费用/;

/** How names of government bodies end. */
const UNIT_SUFFIX = /(办公室|委员会|联络处|办事处|局|厅|中心|委办|政府办)$/;

/** "<某厅>那块": the part of the unit's figures a division pays for, not a unit of its own. */
const partNamedBy = (q: string, word: string) =>
  new RegExp(`${escapeRegExp(word)}的?[那这]一?(?:块|部分|项)`).test(q);

/** Phase 2: the figures the message names, its qualifiers and the amount it divides by. */
export function readFigures(turn: Turn): Figures {
  const { k, ctx, q, found, unknownUnits } = turn;
  let { units } = turn;
  const unmasked = found.rest.replace(/□+/g, (m) => "｜".repeat(m.length));
  // "预算N万花了多少": an amount the asker writes names no figure ("万花" is no qualifier).
  const scopeUnits = units.length ? units : (ctx?.units ?? []);
  const perSaid = perUnitOf(unmasked, scopeUnits.length);
  const per =
    perSaid.perUnit?.key === "per_person"
      ? perUnitOf(withoutPeopleCounted(unmasked), scopeUnits.length)
      : perSaid;
  const rest = examplesMasked(
    k,
    yearBeforeFund(per.masked)
      .replace(ASKED_AMOUNT, (m) => "〇".repeat(m.length))
      .replace(OTHERS_BESIDE_EXCLUDED, (m) => "｜".repeat(m.length)),
    scopeUnits,
  );
  // "<某项>多少？→ 收入支出决算总表里是多少": in a follow-up naming no unit, the table named says where
  // to read the figure before, and its words name no figure of their own.
  const tableOnly =
    ctx?.metrics.length && !units.length ? rest.replace(TABLE_NAMED, (m) => "〇".repeat(m.length)) : rest;
  // A subordinate that publishes nothing of its own is asked about in its parent's tables and names.
  const publishers = k.publishersOf(scopeUnits);
  const inQuestion = metricsAsked(k, tableOnly, publishers);
  const tablesNamed = inQuestion.refs.length ? undefined : withTablesNamed(tableOnly, turn.tables);
  const matched: FoundMetrics = (tablesNamed && metricsAsked(k, tablesNamed, publishers)) || inQuestion;
  // …or the only one whose tables have the coded rows asked about.
  const withRows =
    found.ambiguous && !units.length ? unitsWithRows(k, matched.refs, found.ambiguous.units) : [];
  if (withRows.length === 1) {
    units = withRows;
    found.fuzzy.push({ asked: found.ambiguous!.key, unit: withRows[0] });
    found.ambiguous = undefined;
  }
  const bare = unknownUnits.reduce((t, u) => t.split(u).join("｜".repeat(u.length)), rest);
  // "社保、卫生各多少": everyday names of functional classes are rows asked, not qualifiers.
  const classSpans = classMetrics(rest, matched.refs)
    ? classQuestionSpans(rest)
    : projectListMetrics(rest, matched.refs)
      ? projectListSpans(rest)
      : [];
  const asked: AskedScope = {
    ...askedScope(k.vocabulary, maskSpans(bare, [...matched.spans, ...classSpans]), scopeUnits.length, q),
    ...(per.perUnit ? { perUnit: per.perUnit.key } : {}),
  };
  const rowOrProjectNames = (word: string) =>
    [...k.projectNames.candidates(word), ...k.subjectNames.candidates(word)].some((n) =>
      n.key.includes(word),
    );
  if (placesOfSpending(found.rest, scopeUnits, rowOrProjectNames).length)
    asked.attributes = [...new Set([...asked.attributes, "place"])];
  const excluding = EXCLUDING.test(q) ? (REMAINDER_ASKED.test(q) ? "remainder" : "named") : undefined;
  const subject = readSubject(k, matched, asked, publishers, excluding, q);
  subject.refs = withContainingFigure(asked.attributes, subject.refs);
  pointedOccasion(k, rest, asked, subject);
  const theLike = itemAndTheLike(q, asked.attributes);
  if (theLike) {
    asked.attributes = asked.attributes.filter((key) => key !== theLike.key);
    const items = subject.qualifiers.filter((word) => theLike.isItemWord(word));
    subject.qualifiers = subject.qualifiers.filter((word) => !items.includes(word));
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** items.length);
    subject.readings.push(`所问的几项开支没有单列，按包含它们的“${theLike.within}”回答`);
  }
  // "人均…", "每辆…": the count is what the amount is divided by, not a figure asked for itself.
  const perUnit = PER_UNITS.find((p) => p.key === asked.perUnit);
  const divisors = perUnit?.divisors ?? [];
  const named = subject.refs.filter((r) => !(r.type === "metric" && divisors.includes(r.key)));
  // A follow-up's money per head is the conversation's figure's ("其中<某项>呢 → 人均多少").
  // …and words naming what was spent on ("商务接待") leave no default amount: a sentence may state it.
  // …also an amount the asker writes ("花了N万", "预算有N万，M个人"): money, no row named.
  const moneyAsked =
    !ctx?.metrics.length &&
    !subject.qualifiers.length &&
    (SPENDING.test(rest) || MONEY_ASKED_PER_UNIT.test(rest) || STATED_AMOUNT.test(q));
  // "<某项>是<N>吧？那摊到每辆车上呢": only the divisor named, the amount is the conversation's.
  const amounts =
    perUnit && !named.length && subject.refs.length && ctx?.metrics.length
      ? ctx.metrics.filter((m) => !(m.type === "metric" && divisors.includes(m.key)))
      : perUnitAmounts(perUnit, named, moneyAsked);
  // "人均经费": no figure named, the unit's spending total is divided; said so.
  if (!named.length && amounts.length && perUnit?.defaultAmount)
    subject.readings.push(`未指明哪项支出，按${perUnit.defaultAmount}计算`);
  // "…经济分类里的": the classification's row of the lexicon figure's name.
  const refs = inSchemeAsked(
    k,
    q,
    moneyForCounts(q, amounts.length ? amounts : subject.refs, ctx),
    scopeUnits,
  );
  // A leftover name of a body ("某委办公室") is a unit the index does not have.
  if (!units.length && !found.ambiguous)
    for (const word of subject.qualifiers.filter(
      (w) => UNIT_SUFFIX.test(w) && !partNamedBy(q, w) && !COUNTED_KIND.test(w),
    )) {
      unknownUnits.push(word);
      subject.qualifiers.splice(subject.qualifiers.indexOf(word), 1);
    }
  // "<part>那部分呢" after an amount with parts: the part, not the number of cars.
  turn.units = units;
  return { unmasked, rest, matched, asked, subject, refs, excluding };
}

/**
 * The figures the question sentences name; the whole message's when they name none ("我关心体育经费。
 * 今年安排了多少？": the subject told before the question).
 */
function metricsAsked(k: Knowledge, rest: string, units: string[]): FoundMetrics {
  const asked = withoutToldContext(rest);
  if (asked !== rest) {
    const inQuestion = findMetrics(k, asked, units);
    if (inQuestion.refs.length) return inQuestion;
  }
  return findMetrics(k, rest, units);
}

/** Asked per person, the people the asker counts ("<某群体>有N人") are who divides, no qualifier. */
function withoutPeopleCounted(text: string): string {
  return text.replace(PEOPLE_COUNTED, (said) => "〇".repeat(said.length));
}
