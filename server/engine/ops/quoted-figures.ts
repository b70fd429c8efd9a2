import type { Fact } from "../../../ingest/schema.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { factRatio, growth, gap } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { grams } from "../vocabulary.js";
import { metricLabel, sourcePlace } from "./labels.js";

/**
 * Amounts the asker writes ("预算<甲>万", "花了<乙>万元"): the number, its unit, what comes before. A
 * decimal with no unit ("用<甲>和<乙>核一下") is read in 万元, the unit the narratives state amounts in;
 * a percentage, a year or a code is no amount.
 */
const QUOTED =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万|元)|(?<![\d.])(\d+\.\d+)(?![\d.]|\s*(?:%|％|个百分点|倍|年|[辆台人个次]))/g;
/** 万元 per unit an asker may write an amount in. */
export const WAN_PER: Readonly<Record<string, string>> = {
  亿元: "10000",
  亿: "10000",
  万元: "1",
  万: "1",
  元: "0.0001",
};
/** A rate asked of the two ("执行率多少", "占百分之几"). */
const RATE_ASKED = /执行率|完成率|完成了?百分之|占.{0,4}(?:多少|百分之|几成|比例)|比例|百分之几|几成/;
/** How far apart the two are ("两者差多少", "相差几万"). */
export const DIFFERENCE_ASKED =
  /差多少|相差|差额|差了?多少|差几|多出多少|多多少|少多少|差距|差值|差是|(?:追加|增加|减少|调增|调减|多|少)了(?:多少|几)/;
const RATE_QUOTED = /\d(?:\.\d+)?\s*[%％]/;
/** A change of the later amount on the earlier asked ("增幅是多少", "增长了百分之几"). */
const GROWTH_ASKED = /增幅|涨幅|降幅|增长率|增减率|增长了?(?:多少|百分之|几)|下降了?(?:多少|百分之|几)/;
const CHANGE_RATE_QUOTED = /(?:增长|减少|增加|下降|降低|上升|提高)了?\s*\d(?:\.\d+)?\s*[%％]/;
/** A rate the asker quotes from the document, to be checked ("说明写占<N>%，用甲和乙核一下"). */
const RATE_CHECKED =
  /\d(?:\.\d+)?\s*[%％][^。？?]{0,30}(?:(?:算|核|核对|核算|验算|复核|验证)一?下|对吗|对不对|对得上|一致吗|准不准|准确吗|到底是多少)/;
/** Word pairs of every kind of row ("预算", "支出"): sharing one names no row in particular. */
const GENERIC_GRAMS = /^(?:预算|决算|支出|经费|费用|项目|专项|资金|合计|金额|收入|年度|万元)$/;
/** Does the question name the fact's row (a telling word pair of it, not "预算" or a number)? */
export function rowNamedIn(question: string): (fact: Fact) => boolean {
  const asked = new Set(grams(question));
  return (fact) => grams(fact.row).some((g) => asked.has(g) && !/\d/.test(g) && !GENERIC_GRAMS.test(g));
}

/** Words before a quoted amount that make it the budget of the two. */
export const BUDGET_BEFORE = /预算|安排|计划|年初/;

export interface Quoted {
  /** In 万元, as the asker wrote it. */
  value: string;
  before: string;
  /** The number and unit as written ("171915169", "元"); no unit for a bare decimal. */
  written: { number: string; unit?: string };
}

export function quotedAmounts(question: string): Quoted[] {
  return [...question.matchAll(QUOTED)].map((m) => ({
    value: m[1] ? money(m[1]).times(WAN_PER[m[2]]).toFixed() : money(m[3]).toFixed(),
    before: question.slice(Math.max(0, (m.index ?? 0) - 6), m.index),
    written: m[1] ? { number: m[1], unit: m[2] } : { number: m[3] },
  }));
}

/** Percentages the asker writes ("文件写<N>%"), as written. */
export function quotedPercents(question: string): string[] {
  return [...question.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]/g)].map((match) => match[1]);
}

/** The fact's amount is one the asker quotes (in 万元, as quotedAmounts gives them). */
export function isQuoted(fact: Fact, quoted: readonly Pick<Quoted, "value">[]): boolean {
  return fact.measure === "万元" && quoted.some((q) => money(fact.value).eq(q.value));
}

/** Of a figure's facts, the one printing an amount the asker quotes, if any. */
export function asQuoted(facts: readonly Fact[], quoted: readonly Quoted[]): Fact | undefined {
  return facts.find((fact) => isQuoted(fact, quoted));
}

/** The facts of the scopes' units and years whose amount equals a quoted one. */
export function factsOfValue(k: Knowledge, scopes: Scope[], quoted: Pick<Quoted, "value">): Fact[] {
  const docs = scopes.flatMap((scope) => k.docs(scope.unit, { year: scope.year }));
  return docs.flatMap((doc) => k.factsOf(doc.docId).filter((fact) => isQuoted(fact, [quoted])));
}

/** Facts printed in one row of one table (or one sentence). */
export const rowKey = (fact: Fact): string =>
  `${fact.docId}|${fact.table ?? ""}|${fact.row}|${fact.source.lines[0]}`;

/**
 * The unit's two amounts equal to the quoted ones: each in a row the question also names in part,
 * or both in one row (a budget and its execution side by side). A number alone may be any row's (a
 * whole number may be another row's amount rounded), so an equal value alone is never enough.
 */
function factsQuoted(k: Knowledge, scopes: Scope[], quoted: Quoted[], question: string): Fact[] | undefined {
  const named = rowNamedIn(question);
  const [firsts, seconds] = quoted.map((q) => factsOfValue(k, scopes, q));
  const first = firsts.find(named);
  const second = seconds.find(named);
  if (first && second) return [first, second];
  for (const a of firsts) {
    const c = seconds.find((f) => f.id !== a.id && rowKey(f) === rowKey(a));
    if (c) return [a, c];
  }
  return undefined;
}

/** The draft's headline already computes with every amount the asker quoted. */
function givesQuoted(draft: Draft, quoted: Quoted[]): boolean {
  const used = draft.headline.flatMap((seg) =>
    typeof seg === "string" ? [] : draft.figures[seg.fig].facts.map((f) => f.value),
  );
  return quoted.every((q) => used.some((value) => money(value).eq(q.value)));
}

/**
 * A rate of two amounts the asker quotes ("预算<甲>万，用了<乙>万，完成了百分之几"), when the documents of
 * the unit state both: each read from the document and cited, the rate computed with its formula.
 * Undefined when the draft already uses them, or either is not in the documents (a number the
 * documents do not state is not computed with). With no draft, the two amounts alone name the row.
 */
export function quotedFiguresOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft?: Draft,
): Draft | undefined {
  const quoted = quotedAmounts(plan.question);
  const q = plan.question;
  // A change rate quoted ("减少<N>%"): a change on last year, worked out by the yoy reading.
  if (CHANGE_RATE_QUOTED.test(q)) return undefined;
  const asked = GROWTH_ASKED.test(q)
    ? "growth"
    : DIFFERENCE_ASKED.test(q) && !RATE_QUOTED.test(q)
      ? "difference"
      : RATE_ASKED.test(q) || RATE_CHECKED.test(q)
        ? "rate"
        : undefined;
  if (quoted.length !== 2 || !asked || (draft && givesQuoted(draft, quoted))) return undefined;
  const [a, c] = factsQuoted(k, scopes, quoted, plan.question) ?? [];
  if (!a || !c || a.id === c.id) return undefined;
  if (asked === "difference") return quotedDifference(k, a, c);
  if (asked === "growth") return quotedGrowth(k, scopes, a, c);
  // The budget is the whole a rate of execution is taken of: named so before the asker's number, or
  // read by the document as a budget beside the other's final account. Otherwise the first over
  // the second.
  const budgetFirst =
    (BUDGET_BEFORE.test(quoted[0].before) && !BUDGET_BEFORE.test(quoted[1].before)) ||
    (/预算/.test(a.basis ?? "") && c.basis === "决算");
  const [part, whole] = budgetFirst ? [c, a] : [a, c];
  const rate = factRatio(part, whole);
  if (!rate) return undefined;
  const b = new DraftBuilder();
  const label = labelOf(k);
  b.d.headline = [
    ...givenPair(b, label, part, whole),
    budgetFirst ? "，完成预算的 " : "，前者占后者的 ",
    b.computed(rate, `${label(part)}占${label(whole)}`, [part, whole]),
    "。",
  ];
  addStatedRate(k, b, scopes, part, rate.value);
  b.d.notes.push(wherePrinted(part, whole));
  return b.build();
}

/** "按问题所给的两个数字计算：<甲> A，<乙> B": the asker's two amounts, each read from the document. */
function givenPair(b: DraftBuilder, label: (f: Fact) => string, first: Fact, second: Fact): Segment[] {
  return [
    `按问题所给的两个数字计算：${label(first)} `,
    b.fact(first, label(first)),
    `，${label(second)} `,
    b.fact(second, label(second)),
  ];
}

/** Where the document prints the asker's two amounts. */
const wherePrinted = (a: Fact, c: Fact): Segment[] => [`问题所给的两个数字见${placesOf(a, c)}，与文件一致。`];

const labelOf = (k: Knowledge) => (f: Fact) =>
  `${f.metric ? metricLabel({ type: "metric", key: f.metric }, k) : f.row}${f.column ? `（${f.column}）` : ""}`;

const placesOf = (a: Fact, c: Fact) => [...new Set([sourcePlace(a), sourcePlace(c)])].join("和");

/** "<年甲>A，<年乙>B，增幅多少": (B − A) ÷ A, the amounts in the order the asker gives them. */
function quotedGrowth(k: Knowledge, scopes: Scope[], earlier: Fact, later: Fact): Draft | undefined {
  const rate = earlier.measure === later.measure ? growth(later.value, earlier.value) : undefined;
  if (!rate) return undefined;
  const b = new DraftBuilder();
  const label = labelOf(k);
  b.d.headline = [
    ...givenPair(b, label, earlier, later),
    money(rate.value).isNegative() ? "，后者比前者减少 " : "，后者比前者增长 ",
    b.computed(rate, `${label(later)}比${label(earlier)}增减率`, [later, earlier]),
    "。",
  ];
  addStatedRate(k, b, scopes, later, rate.value);
  b.d.notes.push(wherePrinted(earlier, later));
  return b.build();
}

/** "两者差多少": the larger less the smaller, each read from the document and cited. */
function quotedDifference(k: Knowledge, a: Fact, c: Fact): Draft | undefined {
  if (a.measure !== c.measure) return undefined;
  const b = new DraftBuilder();
  const label = labelOf(k);
  const apart = gap(a.value, c.value, a.measure);
  b.d.headline = [
    ...givenPair(b, label, a, c),
    money(a.value).eq(c.value) ? "，两者相同。" : money(a.value).gt(c.value) ? "，前者多 " : "，前者少 ",
    ...(money(a.value).eq(c.value) ? [] : [b.computed(apart, `${label(a)}与${label(c)}之差`, [a, c]), "。"]),
  ];
  b.d.notes.push(wherePrinted(a, c));
  return b.build();
}

/** A sentence that names the part and prints its amount ("一般公共服务支出<N>万元，占…%"). */
function statesWith(excerpt: string, part: Fact): boolean {
  const amount = money(part.value).toFixed();
  return (
    excerpt.includes(part.row) &&
    new RegExp(`(?<![\\d.])${amount.replace(".", "\\.")}(?![\\d])`).test(excerpt)
  );
}

/**
 * A rate the document states for the part ("占<N>%"), set beside the one computed: cited when the
 * document prints it, its agreement said in words (the asker's own number is never printed).
 */
function addStatedRate(k: Knowledge, b: DraftBuilder, scopes: Scope[], part: Fact, computed: string): void {
  const stated = scopes
    .flatMap((scope) => k.docs(scope.unit, { year: scope.year }))
    .flatMap((doc) => k.factsOf(doc.docId))
    .find((f) => f.measure === "%" && !f.table && statesWith(f.source.excerpt ?? "", part));
  if (!stated) return;
  const agrees = isRoundingOf(computed, stated.value);
  b.d.notes.push([
    "文件说明中写为 ",
    b.fact(stated, `${part.row}（文件所写比例）`),
    agrees ? "，与计算结果一致。" : "，与按两个数字计算的结果不一致（文件前后不一致，请以原文核对）。",
  ]);
}
