import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { grams } from "../vocabulary.js";
import { metricLabel, sourcePlace } from "./labels.js";

/** Amounts the asker writes ("预算<甲>万", "花了<乙>万元"): the number, its unit, what comes before. */
const QUOTED = /(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万|元)/g;
const WAN_PER: Readonly<Record<string, string>> = {
  亿元: "10000",
  亿: "10000",
  万元: "1",
  万: "1",
  元: "0.0001",
};
/** A rate asked of the two ("执行率多少", "占百分之几"). */
const RATE_ASKED = /执行率|完成率|完成了?百分之|占.{0,4}(?:多少|百分之|几成|比例)|比例|百分之几|几成/;
/** Word pairs of every kind of row ("预算", "支出"): sharing one names no row in particular. */
const GENERIC_GRAMS = /^(?:预算|决算|支出|经费|费用|项目|专项|资金|合计|金额|收入|年度|万元)$/;
/** Words before a quoted amount that make it the budget of the two. */
export const BUDGET_BEFORE = /预算|安排|计划|年初/;

export interface Quoted {
  /** In 万元, as the asker wrote it. */
  value: string;
  before: string;
}

export function quotedAmounts(question: string): Quoted[] {
  return [...question.matchAll(QUOTED)].map((m) => ({
    value: money(m[1]).times(WAN_PER[m[2]]).toFixed(),
    before: question.slice(Math.max(0, (m.index ?? 0) - 6), m.index),
  }));
}

/** The facts of the scopes' units and years whose amount equals a quoted one. */
function factsOfValue(k: Knowledge, scopes: Scope[], quoted: Quoted): Fact[] {
  const docs = scopes.flatMap((scope) => k.docs(scope.unit, { year: scope.year }));
  return docs.flatMap((doc) =>
    k.factsOf(doc.docId).filter((fact) => fact.measure === "万元" && money(fact.value).eq(quoted.value)),
  );
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
  const asked = new Set(grams(question));
  const named = (f: Fact) =>
    grams(f.row).some((g) => asked.has(g) && !/\d/.test(g) && !GENERIC_GRAMS.test(g));
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
  if (quoted.length !== 2 || !RATE_ASKED.test(plan.question) || (draft && givesQuoted(draft, quoted)))
    return undefined;
  const [a, c] = factsQuoted(k, scopes, quoted, plan.question) ?? [];
  if (!a || !c || a.id === c.id) return undefined;
  // The budget is the whole a rate of execution is taken of; otherwise the first over the second.
  const budgetFirst = BUDGET_BEFORE.test(quoted[0].before) && !BUDGET_BEFORE.test(quoted[1].before);
  const [part, whole] = budgetFirst ? [c, a] : [a, c];
  const rate = factRatio(part, whole);
  if (!rate) return undefined;
  const b = new DraftBuilder();
  const name = (f: Fact) => (f.metric ? metricLabel({ type: "metric", key: f.metric }, k) : f.row);
  const label = (f: Fact) => `${name(f)}${f.column ? `（${f.column}）` : ""}`;
  b.d.headline = [
    `按问题所给的两个数字计算：${label(part)} `,
    b.fact(part, label(part)),
    `，${label(whole)} `,
    b.fact(whole, label(whole)),
    budgetFirst ? "，完成预算的 " : "，前者占后者的 ",
    b.computed(rate, `${label(part)}占${label(whole)}`, [part, whole]),
    "。",
  ];
  const places = [...new Set([sourcePlace(part), sourcePlace(whole)])].join("和");
  b.d.notes.push([`问题所给的两个数字见${places}，与文件一致。`]);
  return b.build();
}
