import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { sumShareOp } from "./sum-share.js";
import { addComplementShare } from "./complement-share.js";
import { addGroupMembers } from "./group-members.js";
import type { DocumentInfo, Fact } from "../../../ingest/schema.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { difference, factRatio, gap, total } from "../calculator.js";
import { MONEY_CUES } from "../lexicon/count-amounts.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import { asksYearEnd, type Scope } from "../scope.js";
import { distinctValues, isFactOf, selectFacts, type Want } from "../select-facts.js";
import { counterparts } from "./counterpart.js";
import { economicItemsIn } from "./rank-parts.js";
import { isScore, quoteStatingSentence } from "./quote-fact.js";
import { checkStatedPrevious } from "./stated-rate-check.js";
import { classWhole, subjectChildren } from "./subject-children.js";
import { withoutTwins } from "../find-metrics.js";
import { BUDGETS } from "../lexicon/follow-up-cues.js";
import { asksEachShare, eachShareOp } from "./each-share.js";
import { kindShareOp } from "./kind-share.js";
import { sameAmountChanges, statedChange } from "./same-amount-change.js";
import { rowOfCells } from "../subject-cells.js";
import { refusedForNilBasic } from "./nil-basic.js";
import { statedUnchanged } from "./stated-unchanged.js";
import { addPurposeSentence } from "./purpose-sentence.js";
import { addSentenceBudget } from "./sentence-budget.js";
import { DIFFERENCE_ASKED } from "./quoted-figures.js";
import { shareAcrossOp, unitShareOp } from "./share-across.js";
import { blankCarryOver } from "./blank-carry-over.js";
import { FUNCTION_LEVELS } from "../lexicon/amount-bounds.js";
import { FUND_SCOPE_WORDS, fundScopesDiffer } from "../lexicon/fund-scopes.js";
import {
  basisWord,
  kindOf,
  metricLabel,
  listsParts,
  parentOf,
  partsOf,
  scopeLabel,
  sourceLabel,
  sameBasis,
  sourcePlace,
  wantLabel,
} from "./labels.js";

/** What the plan asks for: actual by default, the budget basis when it names one. */
export function wantOf(plan: QueryPlan, scope: Scope): Want {
  // Next year's attachment prints last year's actuals only; a budget of that year is not there.
  // Next year's budget states last year's budget only as a change (derived in valueOp), and
  // last year's 执行数 of some rows in its narrative ("<年>当年预算执行数为…").
  if (scope.previousYear) return plan.basis && plan.basis !== "决算" ? "none" : "prev_actual";
  // A 决算 asked of a year that has only the budget: the budget is not the answer (it may be named as the closest).
  if (scope.doc.kind === "预算") return plan.basis === "决算" ? "actual" : "budget";
  if (plan.basis === "年初预算") return "initial";
  if (plan.basis === "全年预算") return "full";
  if (plan.basis === "预算") return "budget";
  return "actual";
}

/**
 * Facts for a metric in a scope: the scope's document first, then the unit's other document of
 * the same year (a 年初预算 asked of the final accounts may sit in the 部门预算, and back), and
 * "initial"/"full" widen to any budget when the exact basis is missing.
 */
export function lookup(k: Knowledge, scope: Scope, ref: MetricRef, want: Want): Fact[] {
  return lookupWith(k, scope, want, (doc, w) => selectFacts(k, doc, ref, w));
}

/** `lookup`'s order of documents and wanted figures over any way of selecting in one document. */
export function lookupWith<T>(
  k: Knowledge,
  scope: Scope,
  want: Want,
  select: (doc: DocumentInfo, want: Want) => T[],
): T[] {
  const wants: Want[] = want === "initial" || want === "full" ? [want, "budget"] : [want];
  for (const w of wants) {
    const hits = select(scope.doc, w);
    if (hits.length) return hits;
  }
  // Only figures that mean the same in either document cross over: a 部门预算's "比上年" compares budgets.
  if (scope.previousYear || !["actual", "initial", "full", "budget", "count"].includes(want)) return [];
  // The other edition of the same kind (部门 vs 单位) is another body's figure: it never crosses over.
  const others = k.docs(scope.unit, { year: scope.year }).filter((d) => d.kind !== scope.doc.kind);
  for (const other of others) {
    const w: Want =
      other.kind === "预算" && (want === "actual" || want === "initial" || want === "full") ? "budget" : want;
    if (other.kind === "预算" && want === "actual") continue;
    const hits = select(other, w);
    if (hits.length) return hits;
  }
  return [];
}

/**
 * A 元 table's exact cell and the text's 万元 with two decimals: equal once rounded to the text's
 * decimals. Two figures printed in 万元 (3.9 and 3.97) stay two figures.
 */
function sameWhenRounded(a: Fact, b: Fact): boolean {
  if (!a.printed && !b.printed) return false;
  const places = Math.min(money(a.value).decimalPlaces(), money(b.value).decimalPlaces());
  return money(a.value).toDecimalPlaces(places).eq(money(b.value).toDecimalPlaces(places));
}

/** A count of one kind ("数量（机要通信用车）") beside the total count ("数量"): a part of it. */
const isKindOf = (fact: Fact, total: Fact) => total.column === "数量" && fact.column.startsWith("数量（");

/** "其中：机要通信用车15辆，…": the kinds a total count is stated with. */
function addKinds(b: DraftBuilder, facts: Fact[], label: string): void {
  // None in all: no kind has any either.
  if (money(facts[0].value).isZero()) return;
  const kinds = facts
    .filter((f) => isKindOf(f, facts[0]) && !f.column.includes("购置"))
    .filter((f, i, all) => all.findIndex((other) => other.column === f.column) === i);
  if (!kinds.length) return;
  const line: Segment[] = ["其中："];
  kinds.forEach((f, i) => {
    const kind = kindOf(f) ?? "";
    line.push(i ? "，" : "", `${kind} `, b.fact(f, `${label}（${kind}）`));
  });
  b.d.bullets.push([...line, "。"]);
}

/**
 * "<某表>里的<某项>和<另一表>里的<某项>差多少": the gap between the figure and each source that
 * prints it otherwise (same basis, not merely rounded), computed and cited.
 */
function gapsBetweenSources(b: DraftBuilder, facts: Fact[], label: string): Segment[][] {
  const values = shownValues(facts);
  return values
    .slice(1)
    .filter((f) => f.measure === values[0].measure && disagrees(values[0], f))
    .map((f) => [
      `${sourcePlace(values[0])}与${sourcePlace(f)}所列相差 `,
      b.computed(gap(values[0].value, f.value, f.measure), `${label}两处所列之差`, [values[0], f]),
      "。",
    ]);
}

/** The distinct values of a figure's facts, the preferred first; a count's kinds are not values of it. */
const shownValues = (facts: Fact[]) => distinctValues(facts.filter((f) => !isKindOf(f, facts[0])));

/** Two sources print the figure on one basis, and not one as the other rounded: the document disagrees. */
const disagrees = (first: Fact, other: Fact) => sameBasis(first, other) && !sameWhenRounded(other, first);

/**
 * The unit has money besides the general budget's appropriation (its income total exceeds it): only
 * then may an all-funds table and a general-budget table print one row differently without error.
 */
function hasOtherFunds(k: Knowledge, scope: Scope): boolean {
  const want = scope.doc.kind === "预算" ? "budget" : "actual";
  const income = lookup(k, scope, { type: "metric", key: "收入合计" }, want)[0];
  const general = lookup(k, scope, { type: "metric", key: "一般公共预算财政拨款收入" }, want)[0];
  return !!income && !!general && !money(income.value).eq(general.value);
}

/** "…口径不同（前者含全部资金来源，后者只含一般公共预算财政拨款）": two tables counting different money. */
function scopeNote(first: Fact, other: Fact, otherFunds: boolean): string | undefined {
  const scopes = otherFunds && fundScopesDiffer(other.table, first.table);
  return scopes
    ? `，与${sourceLabel(first)}口径不同（前者${FUND_SCOPE_WORDS[scopes[0]]}，后者${FUND_SCOPE_WORDS[scopes[1]]}）。`
    : undefined;
}

/** The facts come from tables of two fund scopes and the unit has other money: they may differ. */
const fundsMayDiffer = (k: Knowledge, scope: Scope, facts: Fact[]) =>
  facts.some((f) => fundScopesDiffer(facts[0].table, f.table)) && hasOtherFunds(k, scope);

/**
 * A row of a table that itemises basic spending only, empty where the narrative states an amount:
 * the expense is paid from projects. (A small gap between the two is rounding, said as such.)
 */
const basicTableBelowText = (table: Fact, text: Fact) =>
  !!table.table &&
  /基本支出/.test(table.tableTitle ?? "") &&
  money(table.value).isZero() &&
  !text.table &&
  money(text.value).gt(0);

/** "X为 A（表09）；情况说明写为 B" — every distinct value is shown, the preferred first. */
export function stateValue(
  b: DraftBuilder,
  facts: Fact[],
  label: string,
  /** Notes about a part of the answer's figure say which part they are about. */
  ofPart = false,
  /** The unit has money besides the general budget (hasOtherFunds): tables of two scopes may differ. */
  otherFunds = false,
): { headline: Segment[]; notes: Segment[][] } {
  const shown = shownValues(facts);
  // The narrative's figure first when the table row before it itemises basic spending only: the
  // narrative's is the whole expense.
  const whole = shown.find((f) => basicTableBelowText(shown[0], f));
  const values = whole ? [whole, ...shown.filter((f) => f !== whole)] : shown;
  const headline: Segment[] = [b.fact(values[0], label)];
  const where = sourcePlace;
  // A count or a score has no budget basis: "所列数", not "所列决算数".
  const basis = (f: Fact) => (/元$/.test(f.measure) ? basisWord(f) : "");
  const notes: Segment[][] = values.slice(1).map((f) => [
    `${ofPart ? `${label}：` : ""}${where(f)}所列${basis(f)}数为 `,
    b.fact(f, label),
    !sameBasis(values[0], f)
      ? `，与${sourceLabel(values[0])}的${basisWord(values[0])}数口径不同。`
      : (scopeNote(values[0], f, otherFunds) ??
        // A basic-spending table's row, below the narrative's figure: the rest is project spending.
        (basicTableBelowText(f, values[0])
          ? `，低于${where(values[0])}：该表只列基本支出，由项目支出安排的同类开支不在表中。`
          : undefined) ??
        // 1234.57 in the text is the table's 12,345,678.90 元 rounded: the same figure, not a second one.
        (!disagrees(values[0], f)
          ? `，是${where(values[0])}同一数字的四舍五入。`
          : `，与${where(values[0])}的数字不一致（文件前后不一致，请以原文核对）。`)),
  ]);
  return { headline, notes };
}

/**
 * A figure asked of a row that states none: the same expense's row in the other classification
 * (an economic row's functional counterpart), if that one states it. A budget carries over; an
 * actual only when both rows state the same amount for the document's own year (then they hold
 * the same expense: an economic row of table 06 counts basic spending only, so it differs when
 * projects pay for the same kind of cost).
 */
function budgetOfCounterpart(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  want: Want,
): { ref: MetricRef; facts: Fact[] } | undefined {
  const actual = want === "actual" || want === "prev_actual";
  for (const twin of counterparts(k, ref, scope.unit)) {
    if (actual && !sameOwnYearAmount(k, scope, ref, twin)) continue;
    const facts = lookup(k, scope, twin, want);
    if (facts.length) return { ref: twin, facts };
  }
  return undefined;
}

/** Both rows state one and the same amount for the scope document's own year. */
function sameOwnYearAmount(k: Knowledge, scope: Scope, ref: MetricRef, twin: MetricRef): boolean {
  const own: Want = scope.doc.kind === "预算" ? "budget" : "actual";
  const ofDocument = { ...scope, previousYear: false, year: scope.doc.year };
  const mine = distinctValues(lookup(k, ofDocument, ref, own));
  const theirs = distinctValues(lookup(k, ofDocument, twin, own));
  return mine.length > 0 && theirs.length > 0 && money(mine[0].value).eq(theirs[0].value);
}

/** Table 06 itemises basic spending only: the same kind of cost paid from projects is not in it. */
export const BASIC_ONLY = (f: Fact) =>
  `${sourceLabel(f)}（基本支出经济分类明细表）只列基本支出（人员经费和公用经费）中的经济分类明细，项目支出中的同类开支不在此表。`;

export function valueOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  let found = 0;
  let basicOnly = false;
  const said = new Set<string>();
  for (const scope of scopes) {
    for (const ref of plan.metrics) {
      const want = wantOf(plan, scope);
      let label = metricLabel(ref, k);
      // Next year's document stands for this year: a count it states as of this year's end
      // ("截止<年>12月底…") is this year's. A budget's asset counts are as of the year before it;
      // final accounts count their own year's end, which is not this year's.
      // A budget's own counts are as of the year before it: "<年>末" reads next year's too (final
      // accounts count their own year's end).
      const yearEnd =
        scope.previousYear || (scope.doc.kind === "预算" && asksYearEnd(plan.question, scope.year));
      if (plan.counts && yearEnd && countAtYearEnd(k, b, scope, ref, label)) {
        found++;
        continue;
      }
      const countsOfYear = !scope.previousYear || scope.doc.kind === "预算";
      if (plan.counts && countsOfYear && countsOf(k, b, scope, ref, label, plan.question, plan.basis)) {
        found++;
        // "几个团？花了多少": the amount is asked too.
        if (!MONEY_CUES.some((cue) => plan.question.includes(cue))) continue;
      }
      // "<经济科目>年初预算多少": the budget may be stated only for the other classification's row.
      const stated = lookup(k, scope, ref, want);
      const twin = stated.length ? undefined : budgetOfCounterpart(k, scope, ref, want);
      const facts = twin?.facts ?? stated;
      if (twin) {
        const own = label;
        label = metricLabel(twin.ref, k);
        b.d.notes.push([
          `文件未单列“${own}”的${wantLabel(want, twin.facts[0], own) || "数字"}，以下为同一支出的另一分类科目“${label}”所列数字。`,
        ]);
      }
      // Last year's budget from a budget's change on it; an actual from the final accounts' change.
      const derivable = scope.previousYear && want === (scope.doc.kind === "预算" ? "none" : "prev_actual");
      // No basis named ("<上年>呢" after a budget's figure): a budget's last year is its budget too,
      // when the budget states this figure's own change (not only a figure of the same amount's).
      const ownChangeOnly = scope.previousYear && scope.doc.kind === "预算" && !plan.basis;
      if (
        !facts.length &&
        (derivable || ownChangeOnly) &&
        derivePrevious(k, b, scope, ref, label, !derivable)
      ) {
        found++;
        continue;
      }
      if (!facts.length && !scope.previousYear && blankCarryOver(k, b, scope, ref, want)) {
        found++;
        continue;
      }
      if (!facts.length) {
        // "最后真正用掉多少" of a budget: what it plans is the closest figure, said to be no actual.
        const planned =
          want === "actual" && scope.doc.kind === "预算" && !scope.previousYear
            ? lookup(k, scope, ref, "budget")[0]
            : undefined;
        if (planned)
          b.d.notes.push([
            `最接近的公开数字是${scopeLabel(scope)}${label}预算 `,
            b.fact(planned, `${label}预算`),
            "（预算文件只列计划数，不是实际支出）。",
          ]);
        b.d.notes.push([
          scope.previousYear
            ? `${k.docs(scope.unit, { year: scope.year }).length ? "" : `未收录${scope.unit}${scope.year}年度的文件；`}${scope.doc.year}年度${scope.doc.kind}文件未列出${scope.year}年“${label}”的数字。`
            : `${scopeLabel(scope)}${scope.doc.kind}文件中未找到${label.startsWith("“") ? label : `“${label}”`}的${wantLabel(want, undefined, label) || "数据"}。`,
        ]);
        continue;
      }
      if (ref.type === "subject" && refusedForNilBasic(k, b, scope, want, label, facts[0], lookup)) continue;
      found++;
      // One row read through two names (一般公共服务支出 and its code 201): said once.
      if (said.has(facts[0].id)) continue;
      said.add(facts[0].id);
      const { headline, notes } = stateValue(b, facts, label, false, fundsMayDiffer(k, scope, facts));
      if (DIFFERENCE_ASKED.test(plan.question)) b.d.bullets.push(...gapsBetweenSources(b, facts, label));
      const what = wantLabel(want, facts[0], label);
      const sentence: Segment[] = [`${scopeLabel(scope)}${label}${what}为 `, ...headline, "。"];
      if (!b.d.headline.length) b.d.headline = sentence;
      else b.d.bullets.push(sentence);
      b.d.notes.push(...notes);
      addKinds(b, facts, label);
      addOtherDocumentHeadcount(k, b, scope, ref, label, facts[0]);
      // "其中<某项>呢": the part's share of its whole, when the sentence stating it says so; also
      // whenever the figure answered is read from that sentence ("项目支出X万元，占总支出比重为N%"),
      // unless it is nil (answered with the document's statement that there is none).
      const share = lookup(k, scope, ref, "share")[0];
      const inSentence =
        !!share &&
        !money(facts[0].value).isZero() &&
        facts.some((f) => !f.table && f.source.excerpt === share.source.excerpt);
      if (share && (PART_ASKED.test(plan.question) || (inSentence && plan.metrics.length === 1)))
        b.d.bullets.push(statedShareNote(b, share, ""));
      if (want === "actual" || want === "budget") addParts(k, b, scope, ref, want, facts[0]);
      if (want !== "actual" && want !== "prev_actual" && scope.doc.kind === "决算")
        addBudgetDocument(k, b, scope, ref, label);
      if (want === "budget" && scope.doc.kind === "预算") {
        addFinalAccountsBudget(k, b, scope, ref, label, facts[0]);
        addNextYearExecution(k, b, scope, ref, label);
      }
      if (isScore(ref)) quoteStatingSentence(b, facts[0]);
      if (oneRefPerName(plan.metrics).length === 1) addPurposeSentence(k, plan, [scope], b);
      const misprint = want === "prev_actual" && checkStatedPrevious(k, b, scope, ref, facts[0], label);
      if (misprint) b.d.notes.push(misprint);
      // A stated reason explains this document's year, not last year's figure it also states.
      // …stated beside the table's figure by the narrative's sentence of the same amount.
      const reason = facts.find((f) => f.reason && money(f.value).eq(facts[0].value))?.reason;
      // The gap on the budget the same sentence states, which a stated reason often explains.
      const gap = lookup(k, scope, ref, "vs_budget").filter(
        (f) => f.source.excerpt === facts[0].source.excerpt,
      );
      if (want === "actual" && !gap.length && plan.metrics.length === 1 && scopes.length === 1)
        addSentenceBudget(k, b, scope, ref, label, facts);
      if (want === "actual" && scopes.length === 1) addGroupMembers(k, b, ref, facts[0]);
      if (gap.length && want === "actual")
        b.d.bullets.push([
          "文件写明比年初预算",
          ...gap.flatMap((f, i): Segment[] => [i ? "，" : "", b.change(f, `${label}${f.column}`)]),
          "。",
        ]);
      // "…共安排X万元，比上年预算减少Y万元，下降Z%": the change the same sentence states, said with it.
      const oneFigure = plan.metrics.length === 1 && scopes.length === 1 && !scope.previousYear;
      const yoyReason =
        want === "budget" && oneFigure ? addSentenceChange(k, b, scope, ref, label, facts[0]) : undefined;
      if (reason && reason !== yoyReason && oneFigure) b.d.notes.push([`文件说明的原因：${reason}。`]);
      if (plan.metrics.length === 1 && !scope.previousYear) addFallToZero(k, b, scope, ref, label, facts[0]);
      if (facts[0].table === "06" && ref.type === "subject" && !basicOnly) {
        basicOnly = true;
        b.d.notes.push([BASIC_ONLY(facts[0])]);
      }
    }
  }
  if (!found) b.d.status = "not_found";
  else addRowTotal(k, b, plan, scopes);
  return b;
}

/**
 * A budget stated in a sentence that also states its change on last year: the change, and its
 * reason, in a bullet. Returns the reason said (so it is not said twice).
 */
function addSentenceChange(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  answered: Fact,
): string | undefined {
  if (answered.table) return undefined;
  const stated = statedChange(k, scope, ref).filter((f) => f.source.excerpt === answered.source.excerpt);
  if (!stated.length) return undefined;
  const reason = stated.find((f) => f.reason)?.reason;
  b.d.bullets.push([
    "文件写明与上年相比",
    ...stated.flatMap((f, i): Segment[] => [i ? "，" : "", b.change(f, `${label}${f.column}`)]),
    reason ? `，原因是：${reason}。` : "。",
  ]);
  return reason;
}

/** Cells of one row asked: the row's total after them ("…合计为 X"). */
function addRowTotal(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scopes: Scope[]): void {
  const row = rowOfCells(plan.metrics);
  if (!row || scopes.length !== 1) return;
  const [scope] = scopes;
  const total = lookup(k, scope, row, wantOf(plan, scope))[0];
  const label = metricLabel(row, k);
  if (total) b.d.bullets.push([`${label}合计 `, b.fact(total, `${label}合计`), "。"]);
}

/** A figure that is 0: the change on last year the document states for it ("比上年减少N万元，降低100%"). */
function addFallToZero(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  fact: Fact,
) {
  if (!/元$/.test(fact.measure) || !money(fact.value).isZero()) return;
  const line = statedChangeLine(k, b, scope, ref, label, fact);
  if (line) b.d.bullets.push(line);
}

/** The change on last year the figure's document states ("比上年增减 −N万元（−p%）"), if any. */
export function statedChangeLine(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  fact: Fact,
): Segment[] | undefined {
  const change = selectFacts(k, scope.doc, ref, "yoy_amount")[0];
  if (!change || change.id === fact.id || money(change.value).isZero()) return undefined;
  const rate = selectFacts(k, scope.doc, ref, "yoy_rate")[0];
  return [
    `文件所列${label}比上年增减 `,
    b.fact(change, `${label}比上年增减额`),
    ...(rate && rate.id !== change.id ? ["（", b.fact(rate, `${label}比上年增减率`), "）"] : []),
    "。",
  ];
}

/** A count of things to be bought is asked ("准备买几辆", "新增几辆"). */
const BUYING_ASKED = /买|购置|新增|购车|采购/;
const HOLDING_ASKED = /有(?:几|多少)|共有|保有|现有/;

/** Counts stated about a metric (团组, 人次, 辆): its facts whose measure is no amount. */
export function countFacts(k: Knowledge, scope: Scope, ref: MetricRef, basis?: QueryPlan["basis"]): Fact[] {
  // Last year read from this year's document: the counts it states about an amount (批次, 人次 of
  // 公务接待) are this year's activity, unless dated. A count figure of its own (车辆数) is not.
  const ofAmount = ref.type !== "metric" || !METRIC_BY_KEY.get(ref.key)?.measure;
  // Counts about an amount in final accounts are what was done: no answer to what was planned.
  const plannedAsked = !!basis && BUDGETS.has(basis);
  return lookup(k, scope, ref, "count").filter(
    (f) =>
      !/元|%/.test(f.measure) &&
      !(scope.previousYear && ofAmount && f.period !== scope.year) &&
      !(plannedAsked && ofAmount && f.kind === "决算"),
  );
}

/** "安排因公出国（境）团组N个，累计M人次": the counts stated about a metric. */
/** "截至<年><月>月<日>日": a stock's date as the document states it. */
const STATED_DATE = /截[止至]\s*(20\d{2}年\d{1,2}月(?:\d{1,2}日|底))/;

/** A count next year's documents state as of this year's end, with the sentence that states it. */
function countAtYearEnd(k: Knowledge, b: DraftBuilder, scope: Scope, ref: MetricRef, label: string): boolean {
  if (ref.type !== "metric") return false;
  const fact = k
    .docs(scope.unit, { year: scope.year + 1 })
    .flatMap((doc) => k.factsOf(doc.docId))
    .find((f) => f.metric === ref.key && f.period === scope.year && !!METRIC_BY_KEY.get(ref.key)?.measure);
  if (!fact) return false;
  // "截至<年><月>月<日>日…": the date the document states, when it is not the year's end.
  const stated = STATED_DATE.exec(fact.source.excerpt)?.[1];
  const yearEnd = !stated || /12月(?:底|31日)$/.test(stated);
  const date = yearEnd ? `${scope.year}年底` : stated;
  b.line([`${scope.unit}截至${date}${label}为 `, b.fact(fact, `${label}（${date}）`), "。"]);
  const source = `${fact.year}年度${fact.kind}文件`;
  const asOf = yearEnd ? "" : `${source}所列为截至${date}的数字。`;
  b.d.notes.push([`${scope.year}年底的数字取自${source}。${asOf}`]);
  quoteStatingSentence(b, fact);
  return true;
}

function countsOf(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  question: string,
  basis?: QueryPlan["basis"],
): boolean {
  // "准备买几辆": the things to be bought; "有几辆": those held; "有几辆，还要买吗": both.
  const buying = BUYING_ASKED.test(question);
  const both = buying && HOLDING_ASKED.test(question);
  const facts = countFacts(k, scope, ref, basis).filter((f) => both || f.column.includes("购置") === buying);
  if (!facts.length) return false;
  const seen = new Set<string>();
  const segs: Segment[] = [`${scopeLabel(scope)}${label}：`];
  for (const f of facts) {
    const key = `${f.column}|${f.measure}|${f.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > 1) segs.push("，");
    const what = f.column.replace(/^数量（?|）$/g, "");
    segs.push(what ? `${what} ` : "", b.fact(f, `${label}${f.column}`));
  }
  segs.push("。");
  // The sentence stating the counts says what they counted ("团组1个，累计1人次，开支内容包括…"):
  // the one stating most of them (the breakdown, "其中…其他用车主要是…").
  const stating = (f: Fact) =>
    facts.filter((other) => f.source.excerpt.includes(other.source.excerpt)).length;
  quoteStatingSentence(
    b,
    facts.reduce((best, f) => (stating(f) > stating(best) ? f : best), facts[0]),
  );
  if (!b.d.headline.length) b.d.headline = segs;
  else b.d.bullets.push(segs);
  addOtherDocumentHeadcount(k, b, scope, ref, label, facts[0]);
  return true;
}

/**
 * A head count the same year's other document (预算 beside 决算) states otherwise: both are the
 * unit's, counted at another time or over another scope, so the other is named beside the answer.
 */
function addOtherDocumentHeadcount(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  first: Fact,
): void {
  if (first.measure !== "人" || first.column.startsWith("数量（")) return;
  for (const doc of k.docs(scope.unit, { year: scope.year })) {
    if (doc.kind === scope.doc.kind) continue;
    const other = countFacts(k, { ...scope, doc }, ref).find((f) => f.column === first.column);
    if (!other || money(other.value).eq(first.value)) continue;
    b.d.notes.push([
      `同一年度的${doc.kind}文件所列${label}为 `,
      b.fact(other, `${label}（${doc.kind}文件）`),
      `，与${scope.doc.kind}文件不同（两份文件统计的时点或范围不同）。`,
    ]);
  }
}

/** The label of a last-year figure read as this year's, the budget saying it did not change. */
export const SAME_AS_LAST_YEAR = "（与上年持平）";

/**
 * "<某项>X万元，与<上年>预算持平": last year's budget is this year's, in the document's words
 * (not when the words compare with last year's execution, which is another figure).
 */
function unchangedBudget(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): boolean {
  const stating = (["budget", "initial"] as const)
    .flatMap((want) => selectFacts(k, scope.doc, ref, want))
    .map((fact) => ({ fact, stated: statedUnchanged(fact) }))
    .find((s) => s.stated && !/执行|决算/.test(s.stated.words));
  if (!stating?.stated) return false;
  const { fact, stated } = stating;
  b.line([
    `${scope.year}年度${scope.unit}${label}预算与${scope.doc.year}年相同，为 `,
    b.fact(fact, `${scope.year}年${label}${SAME_AS_LAST_YEAR}`),
    `（${scope.doc.year}年度预算写明“${stated.words}”，未列上年数）。`,
  ]);
  return true;
}

/**
 * Last year's figure when only this year's and the stated change are printed: 12.50 − 2.25 = 10.25
 * (final accounts), or last year's budget from next year's budget and its "比上年" change.
 */
function derivePrevious(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  /** Only from the figure's own stated change. */
  ownChangeOnly = false,
): boolean {
  const kind = scope.doc.kind;
  const want = kind === "预算" ? "budget" : "actual";
  const current = selectFacts(k, scope.doc, ref, want)[0];
  const own = selectFacts(k, scope.doc, ref, "yoy_amount")[0];
  if (!own && current && kind === "预算" && unchangedBudget(k, b, scope, ref, label)) return true;
  if (ownChangeOnly && !own) return false;
  // A total whose change is stated only for a figure of the same amount ("财政拨款支出…比上年减少…"):
  // that figure's change, named as its own.
  // Only a budget's: a final account's 收支总计 adds carry-overs, which last year may not have matched.
  const kin =
    own || !current || kind !== "预算"
      ? undefined
      : sameAmountChanges(k, scope, ref, current, want).find((c) => !c.otherSide);
  const change = own ?? kin?.stated.find((f) => f.column.includes("增减额"));
  // A fact read both as this year's figure and as its change is no derivation.
  if (!current || !change || change.id === current.id) return false;
  // This year's figure as the sentence stating the change prints it (rounded alike), when it does.
  const sameSentence = (f: Fact) =>
    f.id !== change.id && JSON.stringify(f.source.lines) === JSON.stringify(change.source.lines);
  const base = selectFacts(k, scope.doc, ref, want).find(sameSentence) ?? current;
  const previous = difference(base.value, change.value, base.measure);
  b.line([
    `${scope.year}年度${scope.unit}${label}${kind === "预算" ? "预算" : "决算"}为 `,
    b.computed(previous, `${scope.year}年${label}（推算）`, [base, change]),
    `（按${scope.doc.year}年度${kind}所列本年数 `,
    b.fact(base, `${scope.doc.year}年${label}`),
    " 与比上年的增减额 ",
    b.fact(change, `${kin ? metricLabel(kin.ref, k) : label}比上年增减额`),
    " 推算）。",
  ]);
  // The rate the same sentence states beside the change ("减少<X>万元，减少<Y>%").
  const rate = selectFacts(k, scope.doc, kin?.ref ?? ref, "yoy_rate").find(
    (f) => f.source.excerpt === change.source.excerpt,
  );
  if (rate) b.d.bullets.push(["文件同时写明比上年", b.change(rate, `${label}比上年增减率`), "。"]);
  if (kin)
    b.d.notes.push([
      `文件只写明了${metricLabel(kin.ref, k)}比上年的增减额；它本年与${label}同为 `,
      b.fact(kin.current, metricLabel(kin.ref, k)),
      `，上年两者可能不同。`,
    ]);
  return true;
}

/** The start-of-year figure from the same year's 部门预算, when one is published. */
function addBudgetDocument(k: Knowledge, b: DraftBuilder, scope: Scope, ref: MetricRef, label: string): void {
  const budgetDoc = k.docs(scope.unit, { year: scope.year, kind: "预算" })[0];
  if (!budgetDoc) return;
  const f = selectFacts(k, budgetDoc, ref, "budget")[0];
  if (f)
    b.d.bullets.push([
      `${scope.year}年部门预算（年初预算）中${label}为 `,
      b.fact(f, `${label}年初预算`),
      "。",
    ]);
}

/** A budget's year as executed, which next year's budget states ("<年>预算执行数为…"): named beside the budget. */
function addNextYearExecution(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): void {
  if (scope.previousYear) return;
  const next = k.docs(scope.unit, { year: scope.year + 1, kind: "预算" })[0];
  const executed = next ? selectFacts(k, next, ref, "prev_actual")[0] : undefined;
  if (!next || !executed) return;
  b.d.notes.push([
    `${next.year}年度预算文件所列${scope.year}年预算执行数为 `,
    b.fact(executed, `${label}（${scope.year}年执行数）`),
    "。",
  ]);
}

/** The same year's final accounts state budgets too (table 09's adjusted full-year budget): each is named. */
function addFinalAccountsBudget(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  first: Fact,
): void {
  const finalDoc = k.docs(scope.unit, { year: scope.year, kind: "决算" })[0];
  if (!finalDoc) return;
  const stated = distinctValues(selectFacts(k, finalDoc, ref, "budget"));
  if (!stated.length) addBudgetImplied(k, b, finalDoc, ref, label, first);
  for (const f of stated)
    b.d.notes.push([
      `${scope.year}年度决算${sourcePlace(f)}所列${basisWord(f)}数为 `,
      b.fact(f, `${label}（决算文件）`),
      sameBasis(first, f) || money(f.value).eq(first.value)
        ? "。"
        : `，与${sourceLabel(first)}的${basisWord(first)}数口径不同。`,
    ]);
}

/**
 * The final accounts state the actual and its change on the start-of-year budget, not the budget:
 * the budget they imply (actual less the change), said beside the budget document's when they differ.
 */
function addBudgetImplied(
  k: Knowledge,
  b: DraftBuilder,
  finalDoc: DocumentInfo,
  ref: MetricRef,
  label: string,
  first: Fact,
): void {
  const own = k.factsOf(finalDoc.docId).filter((f) => isFactOf(k, f, ref));
  const change = own.find((f) => /比年初预算增减额/.test(f.column));
  const actual = change && own.find((f) => f.basis === "决算" && sameLines(f, change));
  if (!change || !actual) return;
  const implied = difference(actual.value, change.value, actual.measure);
  if (money(implied.value).eq(first.value)) return;
  b.d.notes.push([
    `${finalDoc.year}年度决算写明决算数 `,
    b.fact(actual, `${label}决算数`),
    "、比年初预算增减 ",
    b.fact(change, `${label}比年初预算增减额`),
    "，按此推算年初预算为 ",
    b.computed(implied, `${label}年初预算（按决算推算）`, [actual, change]),
    `，与${sourceLabel(first)}所列不一致（文件前后不一致，请以原文核对）。`,
  ]);
}

const sameLines = (a: Fact, b: Fact) => JSON.stringify(a.source.lines) === JSON.stringify(b.source.lines);

/** "其中：因公出国（境）费 …、公务用车… 、公务接待费 …" when the metric has parts. */
function addParts(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  whole: Fact,
): void {
  const parts = partsOf(ref);
  if (!parts.length) return;
  const segs: Segment[] = ["其中："];
  let any = false;
  for (const part of parts) {
    // The whole's own document's parts: a budget's whole is not broken down by its final account.
    const all = lookup(k, scope, part, want).filter((x) => x.docId === whole.docId);
    const f = all.find((x) => x.basis === whole.basis || !whole.basis) ?? all[0];
    if (!f) continue;
    if (any) segs.push("，");
    segs.push(`${metricLabel(part)} `, b.fact(f, metricLabel(part)));
    any = true;
    b.d.notes.push(
      ...stateValue(b, [f, ...all.filter((x) => x !== f && x.basis === f.basis)], metricLabel(part), true)
        .notes,
    );
  }
  if (any) b.d.bullets.push([...segs, "。"]);
}

/** The metric whose parts are exactly the metrics asked (基本支出 + 项目支出 → 支出合计), if any. */
export function wholeOfParts(refs: MetricRef[], listed: (part: MetricRef) => boolean): MetricRef | undefined {
  if (refs.length < 2) return undefined;
  const parent = parentOf(refs[0]);
  if (!parent) return undefined;
  const parts = partsOf(parent)
    .filter((p) => !listsParts(parent) || listed(p))
    .map((p) => metricLabel(p));
  const asked = refs.map((r) => metricLabel(r));
  return parts.length === asked.length && parts.every((p) => asked.includes(p)) ? parent : undefined;
}

export function breakdownOp(k: Knowledge, asked: QueryPlan, scopes: Scope[]): DraftBuilder {
  // A class matched with its code and as printed without it (01 表) is one figure broken down.
  const plan = { ...asked, metrics: withoutTwins(asked.metrics) };
  // Every part of one figure named ("基本支出和项目支出分别"): that figure's breakdown, with its total.
  const listed = (p: MetricRef) => lookup(k, scopes[0], p, wantOf(plan, scopes[0])).length > 0;
  const parent = scopes.length === 1 ? wholeOfParts(plan.metrics, listed) : undefined;
  if (parent) return breakdownOp(k, { ...plan, metrics: [parent] }, scopes);
  // Several named parts, or several units: each figure, not one metric's parts.
  if (plan.metrics.length > 1 || scopes.length > 1) return valueOp(k, plan, scopes);
  const b = new DraftBuilder();
  const scope = scopes[0];
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const whole = lookup(k, scope, ref, want)[0];
  // A coded subject's parts are the rows one level below it; only those the document lists.
  // A class with a single 款 ("一般公共服务支出" → 财政事务 only): the 项 rows below that 款.
  // "按项列": the rows of the level named, however deep below.
  const level = FUNCTION_LEVELS.find((l) => l.words.test(plan.question));
  const atLevel = level ? subjectChildren(k, ref, scope.unit, level.digits) : [];
  const below = atLevel.length ? atLevel : subjectChildren(k, ref, scope.unit);
  const onlyChild = below.length === 1 && !atLevel.length ? subjectChildren(k, below[0], scope.unit) : [];
  const children = onlyChild.length > 1 ? onlyChild : below;
  // 公用经费 → its 经济分类 items (30201 办公费 …) the unit lists, when the lexicon names no parts.
  const parts = children.length
    ? children
    : partsOf(ref).length
      ? partsOf(ref)
      : economicItemsIn(k, scope, ref);
  const label = metricLabel(ref, k);
  if (!parts.length) {
    // Counts broken down by kind ("数量（机要通信用车）") or nothing to break down.
    // A count the narrative repeats is one count.
    const seen = new Set<string>();
    const kinds = k
      .factsOf(scope.doc.docId)
      .filter((f) => ref.type === "metric" && f.metric === ref.key && /^数量（/.test(f.column))
      .filter(
        (f) =>
          !seen.has(`${f.column}|${f.value}|${f.measure}`) &&
          !!seen.add(`${f.column}|${f.value}|${f.measure}`),
      );
    if (!whole && !kinds.length) return valueOp(k, plan, scopes);
    if (whole) b.d.headline = [`${scopeLabel(scope)}${label}为 `, b.fact(whole, label), "。"];
    for (const f of kinds)
      b.d.bullets.push([`${f.column.replace(/^数量（|）$/g, "")}：`, b.fact(f, f.column)]);
    return b;
  }
  if (whole)
    b.d.headline = [
      `${scopeLabel(scope)}${label}${wantLabel(want, whole, label)}为 `,
      b.fact(whole, label),
      "，构成如下：",
    ];
  else b.d.headline = [`${scopeLabel(scope)}${label}的构成如下：`];
  const points: { label: string; value: string }[] = [];
  const partFacts: Fact[] = [];
  for (const part of parts) {
    const found = lookup(k, scope, part, want);
    const f = found[0];
    const partLabel = metricLabel(part);
    if (!f && (children.length || listsParts(ref))) continue;
    if (!f) {
      b.d.bullets.push([`${partLabel}：文件中未列出。`]);
      continue;
    }
    const line: Segment[] = [`${partLabel}：`, b.fact(f, partLabel)];
    const share = whole ? factRatio(f, whole) : undefined;
    if (share && whole) line.push("，占 ", b.computed(share, `${partLabel}占比`, [f, whole]));
    // The share the narrative states beside it ("占基本支出的86.3%"), when it is another figure.
    const stated = share ? lookup(k, scope, part, "share")[0] : undefined;
    if (stated && share && stated.value !== share.value)
      line.push("（", ...statedShareNote(b, stated, label).slice(0, 2), "）");
    b.d.bullets.push(line);
    // Two tables giving the part differently: both are said.
    b.d.notes.push(...stateValue(b, found, partLabel, true).notes);
    points.push({ label: partLabel, value: f.value });
    partFacts.push(f);
    for (const sub of partsOf(part)) {
      const sf = lookup(k, scope, sub, want)[0];
      if (sf) b.d.bullets.push([`  其中${metricLabel(sub)}：`, b.fact(sf, metricLabel(sub))]);
    }
  }
  addPartsSum(b, parts.length, points, whole, partFacts);
  addSubsets(k, b, scope, ref, want, whole);
  if (points.length >= 2)
    b.d.chart = {
      type: "bar",
      title: `${scopeLabel(scope)}${label}构成`,
      measure: whole?.measure ?? "万元",
      points,
    };
  return b;
}

/**
 * Every part read and their sum not the printed total (one table rounding each cell): the sum and
 * the gap, computed, so the reader sees the table's arithmetic.
 */
function addPartsSum(
  b: DraftBuilder,
  asked: number,
  points: { value: string }[],
  whole: Fact | undefined,
  facts: Fact[],
): void {
  if (!whole || points.length < 2 || points.length !== asked) return;
  if (facts.some((f) => f.measure !== whole.measure)) return;
  const sum = total(
    facts.map((f) => f.value),
    whole.measure,
  );
  if (money(sum.value).eq(whole.value)) return;
  b.d.notes.push([
    "各项相加为 ",
    b.computed(sum, "各项相加", facts),
    "，与所列总额相差 ",
    b.computed(gap(sum.value, whole.value, whole.measure), "各项相加与总额之差", [...facts, whole]),
    "（各项分别四舍五入所致的尾差，或文件数字有出入）。",
  ]);
}

/**
 * A subset the documents state beside a total ("面向中小企业预留"): said after its parts, with its
 * share; a subset of that subset ("其中预留给小微企业") after it, with its share of it.
 */
function addSubsets(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  whole: Fact | undefined,
  nested = false,
): void {
  const subsets = ref.type === "metric" ? (METRIC_BY_KEY.get(ref.key)?.subsets ?? []) : [];
  for (const key of subsets) {
    const subset: MetricRef = { type: "metric", key };
    const f = lookup(k, scope, subset, want)[0];
    if (!f) continue;
    const subLabel = metricLabel(subset, k);
    const line: Segment[] = [nested ? `其中：${subLabel} ` : `另：${subLabel} `, b.fact(f, subLabel)];
    const share = whole ? factRatio(f, whole) : undefined;
    if (share && whole) line.push("，占 ", b.computed(share, `${subLabel}占比`, [f, whole]));
    line.push(nested ? "。" : "（与上面各项交叉，不另计入合计）。");
    b.d.bullets.push(line);
    if (!nested) addSubsets(k, b, scope, subset, want, f, true);
  }
}

/** "占<整体>的N%": a share clause, its whole and its number. */
const SHARE_CLAUSE = /占([\u4e00-\u9fa5“”"]{2,12}?)的?(?:比重|比例)?(?:为)?\s*(\d+(?:\.\d+)?)/g;

/**
 * The share the document states for the part: said with its own whole when the sentence names
 * another one ("人员经费…占基本支出的86.3%" beside a share of 支出合计), so it is not read as a
 * second answer.
 */
function statedShareNote(
  b: DraftBuilder,
  stated: Fact,
  wholeLabel: string,
  /** The share computed of the same whole: the note says when the stated one is not it rounded. */
  computed?: string,
): Segment[] {
  // The whole of the clause that prints this share ("…其中甲N万元，占乙的M%"), not of an
  // earlier clause in the same sentence.
  const base = [...(stated.source.excerpt ?? "").matchAll(SHARE_CLAUSE)].find((clause) =>
    money(clause[2]).eq(stated.value),
  )?.[1];
  if (base && (!wholeLabel || (!wholeLabel.includes(base) && !base.includes(wholeLabel))))
    return [`文件写明的是占${base}的比例：`, b.asPrinted(stated, `占${base}的比例（文件所列）`), "。"];
  const disagreeing = computed !== undefined && !isRoundingOf(computed, stated.value);
  return [
    "文件中写明的占比为 ",
    b.asPrinted(stated, "文件所列占比"),
    disagreeing ? "，与按文件所列金额计算的结果不一致（文件前后不一致，请以原文核对）。" : "。",
  ];
}

/** One name matched as a row with its code and as one printed without (01 表's classes) is one figure. */
export const oneRefPerName = (refs: MetricRef[]) =>
  refs.filter(
    (ref, i) =>
      ref.type !== "subject" || !refs.slice(0, i).some((r) => r.type === "subject" && r.name === ref.name),
  );

/** A part asked after its whole ("其中…呢"). */
const PART_ASKED = /其中/;

/** "<整体>里/中（，）<某项>占…": the container is named first. */
const CONTAINER_FIRST = /(?:里|中|里面|当中|之中)[，,]?的?[^占，,。？?]{1,24}占/;

/** Of several figures, a whole and a part of it, in that order (undefined when none belongs to another). */
function wholeAndPart(refs: MetricRef[]): [MetricRef, MetricRef] | undefined {
  for (const part of refs) {
    const whole = refs.find((other) => refKey(parentOf(part)) === refKey(other));
    if (whole) return [whole, part];
  }
  return undefined;
}

export function shareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const each =
    unitShareOp(k, plan, scopes) ??
    eachShareOp(k, plan, scopes) ??
    shareAcrossOp(k, plan, scopes) ??
    kindShareOp(k, plan, scopes);
  if (each) return each;
  // Each one's share asked with no whole they share: one of them over the other is not it.
  if (asksEachShare(plan)) return valueOp(k, plan, scopes);
  const ofSum = sumShareOp(k, plan, scopes);
  if (ofSum) return ofSum;
  const b = new DraftBuilder();
  const scope = scopes[0];
  // "三公经费中公务用车…占比": the part is whichever metric belongs to the other. Of three or more
  // figures named ("政府采购授予小微企业的占中小企业合同的比例"), the two of which one belongs to the other.
  const named = oneRefPerName(plan.metrics);
  const [m0, m1] = (named.length > 2 && wholeAndPart(named)) || named;
  const swap = m1 && refKey(parentOf(m1)) === refKey(m0);
  const part = swap ? m1 : m0;
  const whole = (swap ? m0 : m1) ?? parentOf(part) ?? classWhole(k, part, scope.unit);
  const want = wantOf(plan, scope);
  const pf = lookup(k, scope, part, want)[0];
  const stated = lookup(k, scope, part, "share")[0];
  if (!whole || !pf) {
    if (stated) {
      b.d.headline = [
        `${scopeLabel(scope)}${metricLabel(part, k)}占比为 `,
        b.fact(stated, "占比"),
        "（文件所列）。",
      ];
      return b;
    }
    return valueOp(k, plan, scopes);
  }
  // The whole printed in the part's own table first: its rows add up to it (a document's two
  // tables may print the same total differently).
  const wholes = lookup(k, scope, whole, want);
  const wf = wholes.find((f) => !!pf.table && f.docId === pf.docId && f.table === pf.table) ?? wholes[0];
  const share = wf ? factRatio(pf, wf) : undefined;
  if (!wf || !share) return valueOp(k, plan, scopes);
  // "<整体>里<某项>占多少" (or "<整体>有多大比例给了<某项>", no 占) with no relation the lexicon
  // knows: the part named second over the whole named first, when the first reading puts a part
  // above its whole.
  const containerFirst = CONTAINER_FIRST.test(plan.question) || !plan.question.includes("占");
  if (m1 && !swap && containerFirst && money(share.value).gt(100))
    return shareOp(k, { ...plan, metrics: [m1, m0] }, scopes);
  const pl = metricLabel(part, k);
  const wl = metricLabel(whole, k);
  b.line([`${scopeLabel(scope)}${pl}占${wl}的 `, b.computed(share, `${pl}占${wl}比重`, [pf, wf]), "。"]);
  b.d.bullets.push([`${pl} `, b.fact(pf, pl), `，${wl} `, b.fact(wf, wl), "。"]);
  addComplementShare(k, b, scope, { part, whole, wholeFact: wf, want });
  if (stated && Number(stated.value) !== Number(share.value))
    b.d.notes.push(statedShareNote(b, stated, wl, share.value));
  return b;
}
