import type { Fact } from "../../../ingest/schema.js";
import { decimalsOf, isRoundingOf, money } from "../../../lib/money.js";
import { gap, growth, ratio, times, type Computed } from "../calculator.js";
import { premiseNote } from "./stated-premise.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { distinctValues } from "../select-facts.js";
import { budgetDocumentFact } from "../budget-document-figure.js";
import { COMPARED_KIN } from "../lexicon/total-kin.js";
import { addYearStartBudget } from "./budget-adjustment.js";
import { counterparts } from "./counterpart.js";
import { onlyChildOfSameAmount } from "./subject-children.js";
import { statedBudgetGap } from "./stated-budget-gap.js";
import { addStatedBalance } from "./stated-balance.js";
import { addCoverageApart } from "./coverage-apart.js";
import { answerStatedReason } from "./stated-reason.js";
import { lookup } from "./lookup.js";
import { spendingWords } from "./spending-words.js";
import { addSelfEvaluation } from "./self-evaluation.js";
import { addCountsBeside } from "./counts.js";
import { addPartsCompared } from "./parts-compared.js";
import { addReasonProjects } from "./reason-projects.js";
import { counterpartChange, yoyOp } from "./yoy.js";
import { FORMULA_ASKED, RATIO, YOY } from "../question-cues.js";
import { WHY_QUESTION } from "../lexicon/reason-words.js";
import { basisWord, metricLabel, scopeLabel, sourcePlace } from "./labels.js";

/** The gap between actual and budget asked as a share of the budget ("超出几成", "节约了百分之几", "超支率"). */
const GAP_RATE_ASKED =
  /(?:超|超出|超支|超了|节约|节省|结余|少花|多花)(?:了|出)?(?:预算)?(?:多少|百分之几|几成)?(?:比例|百分比|百分之|%|几成|率)/;

export interface Comparison {
  ref: MetricRef;
  budget: Fact;
  actual: Fact;
  /** How the actual is named: 决算, or 执行数 when next year's budget states it. */
  actualWord: string;
  /** What the source says the actual includes, printed right after it ("含<某项>"). */
  actualAside?: string;
  /** The completion rate the same source states, if any. */
  stated?: Fact;
  /** A rate the source states against its other budget (执行率 of 全年预算 beside a 年初预算): which. */
  statedOfOther?: { rate: Fact; budget: Fact };
  /** Other sources' figures for the same metric that differ. */
  others: Fact[];
  /** Rates other sources print for the same two amounts, other than the stated one (a form's 96.5% beside a table's 96.48%). */
  otherRates?: Fact[];
  reason?: string;
}

/** Facts printed together (one sentence, one table row) are one source. */
function sourceKey(f: Fact): string {
  return f.table ? `${f.docId}|${f.table}|${f.source.lines[0]}` : `${f.docId}|${f.source.lines[0]}`;
}

type Pair = { budget: Fact; actual: Fact };

/** A table cell printed in 元 of the same amount as a narrative figure. */
const inYuanAs = (narrative: Fact) => (cell: Fact) =>
  !!cell.table && cell.printed?.unit === "元" && money(cell.value).eq(narrative.value);

/**
 * The narrative's two amounts printed to the 分 by a table row in 元 (the same two amounts): the
 * row's cells are cited, so the answer shows them as the table prints them; the actual alone when
 * the row leaves the budget blank (none arranged at the start of the year).
 */
function printedInYuan(pairs: Pair[], pair: Pair, actuals: Fact[]): Pair {
  if (pair.budget.table) return pair;
  const row = pairs.find((p) => inYuanAs(pair.budget)(p.budget) && inYuanAs(pair.actual)(p.actual));
  if (row) return row;
  const actual = pair.actual.table ? undefined : actuals.find(inYuanAs(pair.actual));
  return actual ? { ...pair, actual } : pair;
}

/**
 * Budget against actual for one metric, taken from one source where possible: the narrative
 * states 年初预算, 决算 and the rate in one sentence; tables pair 全年预算 with 决算. Figures of
 * other sources that differ are kept for a note, never dropped.
 */
export function compare(k: Knowledge, plan: QueryPlan, scope: Scope, ref: MetricRef): Comparison | undefined {
  const want = plan.basis === "全年预算" ? "full" : plan.basis === "年初预算" ? "initial" : "budget";
  const actuals = lookup(k, scope, ref, "actual");
  const budgets = lookup(k, scope, ref, want);
  if (!actuals.length || !budgets.length) return undefined;
  const rates = lookup(k, scope, ref, "rate");
  const pairs = budgets
    .map((budget) => ({ budget, actual: actuals.find((a) => sourceKey(a) === sourceKey(budget)) }))
    .filter((p): p is { budget: Fact; actual: Fact } => !!p.actual);
  // Staff explain against the start-of-year budget the narrative states, unless 全年 was asked.
  const rank = (p: { budget: Fact }) =>
    plan.basis === "全年预算" ? (p.budget.basis === "全年预算" ? 0 : 1) : !p.budget.table ? 0 : 1;
  const first = pairs.sort((a, b) => rank(a) - rank(b))[0] ?? {
    budget: budgets.find((f) => !f.table && f.basis !== "全年预算") ?? budgets[0],
    actual: actuals[0],
  };
  // One figure found as both (a count, a stock): nothing to compare.
  if (first.budget.id === first.actual.id) return undefined;
  // The rate stated beside this pair, or beside another source's pair of the same two amounts
  // (a project's form restating its paragraph).
  const samePairAs = (one: { budget: Fact; actual: Fact }) => (p: { budget: Fact; actual: Fact }) =>
    money(p.budget.value).eq(one.budget.value) && money(p.actual.value).eq(one.actual.value);
  const statedRate =
    rates.find((r) => sourceKey(r) === sourceKey(first.budget)) ??
    rates.find((r) => pairs.some((p) => samePairAs(first)(p) && sourceKey(p.budget) === sourceKey(r)));
  const pair = printedInYuan(pairs, tableActualOfRate(first, statedRate, actuals) ?? first, actuals);
  const samePair = samePairAs(pair);
  // A row printing 年初预算, 全年预算, 执行数 and one 执行率: the rate is the budget's it matches.
  const ofOther = statedRate && rateOfOtherBudget(k, scope, ref, statedRate, pair);
  const stated = ofOther ? undefined : statedRate;
  const otherRates = stated
    ? distinctValues(
        rates.filter(
          (r) =>
            !money(r.value).eq(stated.value) &&
            pairs.some((p) => samePair(p) && sourceKey(p.budget) === sourceKey(r)),
        ),
      )
    : [];
  // Another budget basis is worth stating even when its number equals the actual (全年预算 47.13 = 决算 47.13).
  const otherBudgets = distinctValues(
    budgets.filter(
      (f) =>
        f !== pair.budget && (f.basis !== pair.budget.basis || Number(f.value) !== Number(pair.budget.value)),
    ),
  );
  const otherActuals = distinctValues(
    actuals.filter((f) => f !== pair.actual && Number(f.value) !== Number(pair.actual.value)),
  );
  const others = [...otherBudgets, ...otherActuals];
  const reason =
    [pair.actual, pair.budget, ...actuals].find((f) => f.reason)?.reason ?? samePairReason(k, scope, pair);
  return {
    ref,
    ...pair,
    actualWord: "决算",
    stated,
    ...(otherRates.length ? { otherRates } : {}),
    ...(ofOther ? { statedOfOther: { rate: statedRate!, budget: ofOther } } : {}),
    others,
    reason,
  };
}

/**
 * A sentence whose actual its own stated rate does not give, where a table's actual does (说明
 * "决算215.63万元，完成预算的119.64%", 公开05表 215.36 = 119.64% of 180): the sentence slipped, and the
 * table's actual is compared (the sentence's figure is noted among the others).
 */
function tableActualOfRate(
  pair: { budget: Fact; actual: Fact },
  rate: Fact | undefined,
  actuals: Fact[],
): { budget: Fact; actual: Fact } | undefined {
  if (!rate || pair.actual.table) return undefined;
  const gives = (actual: Fact) =>
    !money(pair.budget.value).isZero() &&
    isRoundingOf(money(actual.value).div(pair.budget.value).times(100), rate.value);
  if (gives(pair.actual)) return undefined;
  const table = actuals.find((a) => !!a.table && /^\d+$/.test(a.table) && gives(a));
  return table ? { budget: pair.budget, actual: table } : undefined;
}

/**
 * The other budget of the rate's source (全年预算 beside the 年初预算 compared) that the stated rate
 * is the actual's share of, when it is not the compared budget's; undefined otherwise.
 */
function rateOfOtherBudget(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  rate: Fact,
  pair: { budget: Fact; actual: Fact },
): Fact | undefined {
  const matches = (budget: Fact) => {
    const computed = ratio(pair.actual.value, budget.value);
    return !!computed && sameAtPrinted(rate.value, computed.value);
  };
  if (matches(pair.budget)) return undefined;
  return [...lookup(k, scope, ref, "full"), ...lookup(k, scope, ref, "budget")].find(
    (budget) =>
      sourceKey(budget) === sourceKey(rate) && !money(budget.value).eq(pair.budget.value) && matches(budget),
  );
}

/**
 * The reason the narrative states for the same budget and actual under the row that holds the
 * whole (a total whose one item carries all of it: "年初预算为A，支出决算为B，…主要原因是…").
 */
function samePairReason(
  k: Knowledge,
  scope: Scope,
  pair: { budget: Fact; actual: Fact },
): string | undefined {
  const facts = k.factsOf(scope.doc.docId).filter((f) => !f.table && f.reason);
  const sentence = (f: Fact) => `${f.source.lines[0]}`;
  return facts.find(
    (f) =>
      money(f.value).eq(pair.actual.value) &&
      facts.some((g) => g !== f && sentence(g) === sentence(f) && money(g.value).eq(pair.budget.value)),
  )?.reason;
}

/**
 * A year published only as a budget: next year's budget states this year's 执行数 for some rows
 * ("<年>当年预算执行数为…"), which is compared with this year's own budget figure.
 */
function viaNextBudget(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope): Comparison | undefined {
  if (scope.doc.kind !== "预算" || scope.previousYear) return undefined;
  const next = k
    .docs(scope.unit, { year: scope.year + 1, kind: "预算" })
    .find((doc) => doc.edition === scope.doc.edition);
  if (!next) return undefined;
  const nextScope: Scope = {
    unit: scope.unit,
    year: scope.year,
    doc: next,
    previousYear: true,
    assumedYear: false,
  };
  const want = plan.basis === "全年预算" ? "full" : "initial";
  const executed = (ref: MetricRef) =>
    lookup(k, nextScope, ref, "prev_actual").find((f) => (f.period ?? f.year - 1) === scope.year);
  for (const ref of plan.metrics) {
    const budgets = lookup(k, scope, ref, want);
    const budget = budgets.find((f) => !f.table) ?? budgets[0];
    if (!budget) continue;
    // A class whose one printed item has its amount (款 with a single 项): the item's execution is its.
    const child = executed(ref)
      ? undefined
      : onlyChildOfSameAmount(
          k,
          ref,
          scope.unit,
          (item) => lookup(k, scope, item, want)[0]?.value,
          budget.value,
        );
    const actual = executed(child ?? ref);
    if (!actual) continue;
    b.d.notes.push([
      `${scope.year}年的执行数取自${next.year}年度${next.kind}文件（“${scope.year}年当年预算执行数”）。`,
    ]);
    if (child)
      b.d.notes.push([
        `文件未单列“${metricLabel(ref, k)}”的执行数；其下只列“${metricLabel(child, k)}”一项，金额相同，按它比较。`,
      ]);
    // The reason stated beside the 执行数 explains next year's change on it, not this variance.
    return { ref, budget, actual, actualWord: "执行数", others: [] };
  }
  return undefined;
}

/**
 * A class spent but given no budget of its own, whose one printed item has its amount (款 with a
 * single 项, the narrative stating the item's budget): the item's budget and actual, said so.
 */
function viaOnlyItem(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope): Comparison | undefined {
  for (const ref of plan.metrics) {
    if (ref.type !== "subject") continue;
    const actual = lookup(k, scope, ref, "actual")[0];
    if (!actual) continue;
    const amountOf = (item: MetricRef) => lookup(k, scope, item, "actual")[0]?.value;
    const item = onlyChildOfSameAmount(k, ref, scope.unit, amountOf, actual.value);
    const c = item && compare(k, plan, scope, item);
    if (!item || !c) continue;
    b.d.notes.push([
      `文件未列“${metricLabel(ref, k)}”的预算数；其下只列“${metricLabel(item, k)}”一项，金额相同，按它比较。`,
    ]);
    return { ...c, ref };
  }
  return undefined;
}

/**
 * "<上年>三公经费预算执行得怎么样" asked of next year's budget, which states both: "<上年>…预算26.70万元，
 * 预计全年执行24.85万元". Last year's budget and its expected spending, each as that budget states it.
 */
function viaStatedLastYear(k: Knowledge, plan: QueryPlan, scope: Scope): Comparison | undefined {
  if (scope.doc.kind !== "预算" || !scope.previousYear) return undefined;
  for (const ref of plan.metrics) {
    const budget = lookup(k, scope, ref, "prev_budget")[0];
    const actual = budget && lookup(k, scope, ref, "prev_actual")[0];
    if (!budget || !actual) continue;
    return { ref, budget, actual, others: [], ...spendingWords(actual) };
  }
  return undefined;
}

/**
 * The comparison a ranking of units reads for one of them: its final accounts' own budget and
 * actual first (so every unit is measured the same way: 财政拨款支出 when 支出合计 has no budget
 * beside it), else what a question about that unit alone compares. Notes are not kept: the
 * ranking says per unit which figure it compared.
 */
export function rankedComparison(k: Knowledge, plan: QueryPlan, scope: Scope): Comparison | undefined {
  const scratch = new DraftBuilder();
  const direct = plan.metrics.map((ref) => compare(k, plan, scope, ref)).find(Boolean);
  const own =
    direct && direct.budget.docId === scope.doc.docId ? direct : viaSameAmount(k, scratch, plan, scope, true);
  return own ?? direct ?? viaCounterpart(k, scratch, plan, scope) ?? viaSameAmount(k, scratch, plan, scope);
}

/** Words asking how a budget was executed, which the final accounts themselves report. */
const EXECUTION = /执行|完成/;

export function compareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[], drafting: boolean): DraftBuilder {
  const b = new DraftBuilder();
  for (const scope of scopes) {
    // One name may stand for several codes (行政运行): the first that compares is meant.
    const direct = plan.metrics.map((ref) => compare(k, plan, scope, ref)).find(Boolean);
    // Execution asked ("完成得如何", "完成率"): the final accounts measure it against their own budget
    // for the same amount (财政拨款支出 for 支出合计), not the budget document's.
    const own =
      direct && direct.budget.docId !== scope.doc.docId && EXECUTION.test(plan.question)
        ? viaSameAmount(k, b, plan, scope, true)
        : undefined;
    const c =
      own ??
      direct ??
      viaCounterpart(k, b, plan, scope) ??
      viaSameAmount(k, b, plan, scope) ??
      viaOnlyItem(k, b, plan, scope) ??
      viaNextBudget(k, b, plan, scope) ??
      viaStatedLastYear(k, plan, scope);
    const label = metricLabel(c?.ref ?? plan.metrics[0], k);
    if (!c) {
      // A budget has no actual to compare: its change on last year is what is explained.
      if (drafting && scope.doc.kind === "预算" && changeOnLastYear(k, b, plan, scope)) continue;
      // A reason stated for the asked row, or for the same expense in the other classification.
      const kin = () => plan.metrics.flatMap((ref) => counterparts(k, ref, scope.unit));
      if (drafting && answerStatedReason(b, k, scope, [...plan.metrics, ...kin()])) continue;
      b.d.notes.push([`${scopeLabel(scope)}文件中未同时列出“${label}”的预算数和决算数。`]);
      continue;
    }
    if (statedBudgetGap(k, b, scope, c, label, drafting)) continue;
    // 全年预算 asked of a figure the document gives only its year-start budget for: said, not swapped.
    if (plan.basis === "全年预算" && c.budget.basis === "年初预算")
      b.d.notes.push([
        `文件未列${label}的全年预算数（调整后预算）；以下按文件所列的${basisWord(c.budget)}比较。`,
      ]);
    const rate = ratio(c.actual.value, c.budget.value);
    const over = money(c.actual.value).gt(c.budget.value);
    // The gap is shown as a positive amount with its direction in words.
    const diff = gap(c.actual.value, c.budget.value, c.actual.measure);
    const budgetWord = basisWord(c.budget);
    const head: Segment[] = [
      `${scopeLabel(scope)}${label}${budgetWord} `,
      b.fact(c.budget, `${label}${budgetWord}`),
      c.actualWord === "决算" ? "，支出决算 " : `，${c.actualWord} `,
      b.fact(c.actual, `${label}${c.actualWord}`),
      ...(c.actualAside ? [`（${c.actualAside}）`] : []),
    ];
    // A printed rate the figures do not give (not even rounded) is not repeated as the rate: the
    // computed one is said, and the printed one noted.
    const misprinted =
      !!c.stated &&
      !!rate &&
      !money(c.stated.value).eq(rate.value) &&
      !sameAtPrinted(c.stated.value, rate.value);
    const rateSeg =
      c.stated && !misprinted
        ? b.fact(c.stated, `${label}预算完成率（文件所列）`)
        : rate
          ? b.computed(rate, `${label}预算完成率`, [c.actual, c.budget])
          : undefined;
    if (rateSeg) head.push(`，完成${budgetWord}的 `, rateSeg);
    head.push(
      money(diff.value).isZero()
        ? `，${c.actualWord}与预算持平。`
        : `，${c.actualWord}${over ? "超出" : "少于"}预算 `,
    );
    if (!money(diff.value).isZero())
      head.push(b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]), "。");
    if (!b.d.headline.length) b.d.headline = head;
    else b.d.bullets.push(head);
    addYearStartBudget(k, b, plan, scope, { full: c.budget, actual: c.actual, ref: c.ref });
    addStatedBalance(
      k,
      b,
      plan,
      scope,
      { budget: c.budget, actual: c.actual, gap: diff },
      drafting && !over && !money(diff.value).isZero(),
    );
    // "超支的原因" where the actual is under budget: the figures say otherwise.
    const premise = money(diff.value).isZero()
      ? undefined
      : premiseNote(plan.question, "budgetGap", over ? "up" : "down");
    if (premise) b.d.notes.unshift(premise);
    // "超出几成", "节约了百分之几": the gap as a share of the budget.
    const relative = GAP_RATE_ASKED.test(plan.question) ? growth(c.actual.value, c.budget.value) : undefined;
    if (relative)
      b.d.bullets.push([
        `${c.actualWord}比${budgetWord}${over ? "超出" : "减少"} `,
        b.computed(relative, `${label}决算比预算增减率`, [c.actual, c.budget]),
        "。",
      ]);
    // "是预算的几倍": the actual as a multiple of the budget.
    const multiple = RATIO.test(plan.question) ? times(c.actual.value, c.budget.value) : undefined;
    if (multiple)
      b.d.bullets.push([
        `决算是${budgetWord}的 `,
        b.computed(multiple, `${label}决算相对${budgetWord}`, [c.actual, c.budget]),
        "。",
      ]);
    // The printed rate's arithmetic: when it differs (a rate printed with fewer decimals may be the
    // same rate rounded), or when the asker wants to see it.
    const printedAsComputed = !!c.stated && !!rate && money(c.stated.value).eq(rate.value);
    if (misprinted && c.stated)
      b.d.notes.push([
        "文件所列完成率为 ",
        b.fact(c.stated, `${label}预算完成率（文件所列）`),
        "，按决算数 ÷ 预算数计算不是这个数；上面所写是计算值。",
      ]);
    else if (c.stated && rate && (!printedAsComputed || FORMULA_ASKED.test(plan.question))) {
      b.d.notes.push([
        "按决算数 ÷ 预算数计算为 ",
        b.computed(rate, `${label}预算完成率（计算）`, [c.actual, c.budget]),
        printedAsComputed
          ? "，与文件所列一致。"
          : sameAtPrinted(c.stated.value, rate.value)
            ? "，文件所列完成率是它的四舍五入。"
            : "，与文件所列完成率不同。",
      ]);
    }
    // The same two amounts with a rate printed otherwise elsewhere (a form's 96.5% beside a table's 96.48%).
    for (const other of c.otherRates ?? [])
      b.d.notes.push([
        `${sourcePlace(other)}所列完成率为 `,
        b.asPrinted(other, `${label}预算完成率（${sourcePlace(other)}）`),
        "，同样两个数，两处所写不同。",
      ]);
    if (c.statedOfOther) {
      const { rate: other, budget } = c.statedOfOther;
      b.d.notes.push([
        `文件所列执行率 `,
        b.fact(other, `${label}执行率（文件所列）`),
        ` 是按${basisWord(budget)} `,
        b.fact(budget, `${label}${basisWord(budget)}`),
        " 计算的：",
        b.computed(ratio(c.actual.value, budget.value)!, `${label}按${basisWord(budget)}的执行率`, [
          c.actual,
          budget,
        ]),
        "。",
      ]);
    }
    const change = lookup(k, scope, c.ref, "vs_budget");
    if (change.length)
      b.d.bullets.push([
        "文件写明：决算比预算",
        ...change.flatMap((f, i) => [i ? "，" : "", b.change(f, `${label}${f.column}`)]),
        "。",
      ]);
    if (c.reason) b.d.bullets.push([`文件说明的原因：${c.reason}。`]);
    // The same name under other codes (行政运行 2010201 and 2010301): their table figures too.
    for (const twin of plan.metrics.filter(
      (m) => m !== c.ref && m.type === "subject" && c.ref.type === "subject" && m.name === c.ref.name,
    )) {
      const f = lookup(k, scope, twin, "actual").find((x) => x.table);
      if (f)
        b.d.notes.push([
          `表中同名科目${metricLabel(twin, k)}决算数为 `,
          b.fact(f, metricLabel(twin, k)),
          "。",
        ]);
    }
    const evaluated = addSelfEvaluation(k, b, scope, c);
    for (const other of c.others.filter((f) => !evaluated.some((said) => said.id === f.id)))
      b.d.notes.push(otherSourceNote(b, c, other, label));
    addBudgetDocument(k, b, scope, c, label);
    if (c === direct && !own) addOwnBudget(k, b, plan, scope, c);
    if (drafting) b.d.draft = variancePara(b, scope, label, c, rateSeg, diff, over);
    if (drafting) addCountsBeside(k, b, scope, c.ref, label);
    if (drafting) addPartsCompared(k, b, plan, scope, c.ref);
    if (c.reason && scope.doc.kind === "决算") addReasonProjects(k, b, scope, c.reason, "actual");
    // The sentence explaining the variance also states the change on last year: the draft says both.
    if (drafting && (YOY.test(plan.question) || changeStatedBeside(k, scope, c)))
      addChangeOnLastYear(k, b, plan, scope);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
}

/**
 * Another source's budget or actual for the same figure: named, with the completion rate it gives
 * ("按此计算完成率为…"), so a printed rate can be traced to the budget it was computed on.
 */
function otherSourceNote(b: DraftBuilder, c: Comparison, other: Fact, label: string): Segment[] {
  const note: Segment[] = [
    `${sourcePlace(other)}所列${basisWord(other)}数为 `,
    b.fact(other, `${label}${basisWord(other)}`),
    "，与上面引用的数字来源或口径不同",
  ];
  const asBudget = other.basis !== "决算";
  const [actual, budget] = asBudget ? [c.actual, other] : [other, c.budget];
  const rate = actual.measure === budget.measure ? ratio(actual.value, budget.value) : undefined;
  if (rate)
    note.push(
      "；按此计算完成率为 ",
      b.computed(rate, `${label}完成率（按${sourcePlace(other)}所列数）`, [actual, budget]),
    );
  return [...note, "。"];
}

/**
 * The same year's budget disclosure (部门预算, published before the year) states its own budget,
 * which the final accounts' budget column may have adjusted: when it differs, it is named with the
 * actual's difference from it.
 */
function addBudgetDocument(k: Knowledge, b: DraftBuilder, scope: Scope, c: Comparison, label: string): void {
  const budget = budgetDocumentFact(k, scope, c.ref, c.budget.value);
  if (!budget) return;
  const over = money(c.actual.value).gt(budget.value);
  const apart = gap(c.actual.value, budget.value, c.actual.measure);
  const rate = c.actual.measure === budget.measure ? ratio(c.actual.value, budget.value) : undefined;
  b.d.notes.push([
    `${budget.year}年度${budget.kind}文件所列${label}预算为 `,
    b.fact(budget, `${label}（${budget.year}年度${budget.kind}）`),
    ...(rate
      ? ["，决算为它的 ", b.computed(rate, `${label}预算完成率（按${budget.kind}文件）`, [c.actual, budget])]
      : []),
    `，决算比它${over ? "多" : "少"} `,
    b.computed(apart, `${label}决算与${budget.kind}文件之差`, [c.actual, budget]),
    "。",
  ]);
  addCoverageApart(k, b, scope, c.ref, label);
}

/**
 * A total compared with the budget document's figure, when the final accounts state their own
 * budget for the same actual amount ("财政拨款支出年初预算数为A万元，支出决算数为B万元，完成年初预算的
 * N%"): that budget and rate are named too, since the two documents' budgets differ in scope or time.
 */
function addOwnBudget(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope, c: Comparison): void {
  if (c.budget.docId === scope.doc.docId) return;
  // (A builder of its own: the note viaSameAmount writes for a comparison it answers is not wanted.)
  const own = viaSameAmount(k, new DraftBuilder(), plan, scope, true);
  if (!own || money(own.budget.value).eq(c.budget.value)) return;
  const label = metricLabel(own.ref, k);
  const word = basisWord(own.budget);
  const rate = ratio(own.actual.value, own.budget.value);
  b.d.notes.push([
    `决算文件所列${label}${word}为 `,
    b.fact(own.budget, `${label}${word}（决算文件）`),
    ...(own.stated
      ? [`，完成${word}的 `, b.fact(own.stated, `${label}预算完成率（决算文件所列）`)]
      : rate
        ? [`，决算为它的 `, b.computed(rate, `${label}预算完成率（决算文件）`, [own.actual, own.budget])]
        : []),
    `，决算比它${money(own.actual.value).gt(own.budget.value) ? "多" : "少"} `,
    b.computed(
      gap(own.actual.value, own.budget.value, own.actual.measure),
      `${label}决算与${word}之差（决算文件）`,
      [own.actual, own.budget],
    ),
    "。",
  ]);
}

/**
 * The asked row has no budget beside its actual (an economic row of the tables): the same expense
 * in the other classification, whose row the narrative compares, with a note saying so.
 */
function viaCounterpart(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope) {
  for (const asked of plan.metrics)
    for (const ref of counterparts(k, asked, scope.unit)) {
      const c = compare(k, plan, scope, ref);
      if (!c) continue;
      b.d.notes.push([
        `“${metricLabel(asked, k)}”未列预算数，按同一支出的另一分类科目“${metricLabel(ref, k)}”比较。`,
      ]);
      return c;
    }
  return undefined;
}

/**
 * A total with no budget stated beside its actual (支出合计), when a total of the same actual
 * amount has both (财政拨款支出: all spending from appropriations): that total's comparison,
 * said as its own (COMPARED_KIN), with a note.
 */
function viaSameAmount(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope, ownDocument = false) {
  for (const asked of plan.metrics) {
    if (asked.type !== "metric") continue;
    const actual = lookup(k, scope, asked, "actual")[0];
    if (!actual) continue;
    const kin = (COMPARED_KIN[asked.key] ?? [])
      .map((key) => compare(k, plan, scope, { type: "metric", key }))
      .filter(
        (c): c is Comparison =>
          !!c &&
          c.budget.id !== c.actual.id &&
          money(c.actual.value).eq(actual.value) &&
          (!ownDocument || c.budget.docId === scope.doc.docId),
      );
    // "全年预算执行了多少": the kin that states a full-year budget, when one does.
    const fullYear = plan.basis === "全年预算" ? kin.find((c) => c.budget.basis === "全年预算") : undefined;
    for (const c of fullYear ? [fullYear] : kin.slice(0, 1)) {
      b.d.notes.push([
        `文件未列${metricLabel(asked, k)}的预算数；${metricLabel(c.ref, k)}的决算数与之相同（`,
        b.fact(actual, metricLabel(asked, k)),
        `），按${metricLabel(c.ref, k)}比较。`,
      ]);
      // The year-start budget the narrative compares the same actual with, beside the full year's.
      const initial = kin.find((other) => other !== c && other.budget.basis !== "全年预算");
      if (fullYear && initial) addInitialBeside(b, k, initial);
      return c;
    }
  }
  return undefined;
}

/** "按年初预算：<某项>年初预算 X，完成年初预算的 Y%": the year-start comparison beside the full year's. */
function addInitialBeside(b: DraftBuilder, k: Knowledge, c: Comparison): void {
  const label = metricLabel(c.ref, k);
  const word = basisWord(c.budget);
  const rate = ratio(c.actual.value, c.budget.value);
  b.d.bullets.push([
    `按${word}：${label}${word} `,
    b.fact(c.budget, `${label}${word}`),
    ...(c.stated ? [`，文件所列完成${word}的 `, b.fact(c.stated, `${label}预算完成率（文件所列）`)] : []),
    ...(rate
      ? [`，按决算数 ÷ ${word}计算为 `, b.computed(rate, `${label}${word}完成率`, [c.actual, c.budget])]
      : []),
    "。",
  ]);
}

/**
 * A budget's change on last year as the answer, with its reason: the first asked row that states
 * one, else the first counterpart in the other classification (counterpartChange, with its note).
 */
function changeOnLastYear(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope): boolean {
  const asYoy: QueryPlan = { ...plan, operation: "yoy" };
  const stated = (builder: DraftBuilder | undefined) =>
    builder && builder.d.status === "answered" && builder.d.headline.length ? builder : undefined;
  let found: DraftBuilder | undefined;
  for (const ref of plan.metrics) found ??= stated(yoyOp(k, { ...asYoy, metrics: [ref] }, [scope]));
  for (const ref of plan.metrics) found ??= stated(counterpartChange(k, asYoy, scope, ref));
  // A "why" is answered by a change only when the document gives its reason.
  if (!found || (WHY_QUESTION.test(plan.question) && !givesReason(found.d))) return false;
  const yoy = found.build();
  b.d.headline = b.adopt(yoy.headline, yoy);
  for (const line of yoy.bullets) b.d.bullets.push(b.adopt(line, yoy));
  for (const note of yoy.notes) b.d.notes.push(b.adopt(note, yoy));
  return true;
}

/**
 * "…的说明，包括和上年比": the change on last year joins the draft — its line among the bullets
 * and its sentence (with the stated reason) at the end of the paragraph.
 */
function addChangeOnLastYear(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope): void {
  const yoy = yoyOp(k, plan, [scope]).build();
  if (!yoy.headline.length && !yoy.bullets.length) return;
  const lines = yoy.headline.length ? [yoy.headline, ...yoy.bullets] : yoy.bullets;
  for (const line of lines) b.d.bullets.push(b.adopt(line, yoy));
  const from = yoy.headline.findIndex((seg) => typeof seg === "string" && seg.includes("与上年相比"));
  if (!b.d.draft || from < 0) return;
  const reason = yoy.bullets
    .map((line) => (typeof line[0] === "string" ? STATED_REASON.exec(line[0])?.[1] : undefined))
    .find(Boolean);
  // (The same reason the paragraph gave for the variance is not said again.)
  const saidBefore = b.d.draft.some((seg) => typeof seg === "string" && !!reason && seg.includes(reason));
  b.d.draft.push(...b.adopt(yoy.headline.slice(from), yoy));
  if (reason && !saidBefore) b.d.draft.push(`主要原因是：${reason}。`);
}

const REASON_LEAD = "文件说明的原因：";
const STATED_REASON = new RegExp(`^${REASON_LEAD}(.+?)。?$`);

/** Does a draft state a reason ("文件说明的原因：…", also of the part that moved)? */
const givesReason = (d: Draft) =>
  d.bullets.some((line) => line.some((seg) => typeof seg === "string" && seg.includes(REASON_LEAD)));

/** The paragraph finance staff paste into a variance explanation, every figure cited. */
function variancePara(
  b: DraftBuilder,
  scope: Scope,
  label: string,
  c: Comparison,
  rate: Segment | undefined,
  diff: Computed,
  over: boolean,
): Segment[] {
  const word = basisWord(c.budget);
  const seg: Segment[] = [
    `${scopeLabel(scope)}，${label}${word}`,
    b.fact(c.budget, `${label}${word}`),
    c.actualWord === "决算" ? "，支出决算" : `，${c.actualWord}`,
    b.fact(c.actual, `${label}${c.actualWord}`),
  ];
  if (rate) seg.push(`，完成${word}的`, rate);
  if (!money(diff.value).isZero())
    seg.push(
      `，${c.actualWord === "决算" ? "决算数" : c.actualWord}${over ? "大于" : "小于"}${word}数`,
      b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]),
    );
  seg.push(c.reason ? `。主要原因是：${c.reason}。` : "。文件未说明差异原因。");
  return seg;
}

/** Does the sentence that states the actual also state its change on last year? */
function changeStatedBeside(k: Knowledge, scope: Scope, c: Comparison): boolean {
  return lookup(k, scope, c.ref, "yoy_amount").some(
    (f) => f.docId === c.actual.docId && !f.table && f.source.lines[0] === c.actual.source.lines[0],
  );
}

/** A computed value equals a printed one at the printed number of decimals. */
function sameAtPrinted(printed: string, computed: string): boolean {
  return money(computed).toDecimalPlaces(decimalsOf(printed)).eq(printed);
}
