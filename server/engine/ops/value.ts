/**
 * The value operation: each figure asked, in each scope, with what the documents state around it.
 */

import { addGroupMembers } from "./group-members.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { MONEY_CUES } from "../lexicon/count-amounts.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import { asksYearEnd, type Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { isScore, quoteStatingSentence } from "./quote-fact.js";
import { checkStatedPrevious } from "./stated-rate-check.js";
import { rowOfCells } from "../subject-cells.js";
import { refusedForNilBasic } from "./nil-basic.js";
import { addPurposeSentence } from "./purpose-sentence.js";
import { addEconomicTwin } from "./economic-twin.js";
import { addSentenceBudget } from "./sentence-budget.js";
import { DIFFERENCE_ASKED } from "./quoted-figures.js";
import { blankCarryOver } from "./blank-carry-over.js";
import { addRestOfFunds } from "./rest-of-funds.js";
import { metricLabel, partsOf, scopeLabel, sourceLabel, wantLabel } from "./labels.js";
import { wantOf, lookup } from "./lookup.js";
import { addKinds, fundsMayDiffer, gapsBetweenSources, shownWithTwin, stateValue } from "./state-value.js";
import { addSplitApart } from "./split-apart.js";
import { addScopeGapExplained } from "./tables-gap.js";
import { addCoverageApart } from "./coverage-apart.js";
import {
  budgetOfCounterpart,
  addBudgetDocument,
  addNextYearExecution,
  addFinalAccountsBudget,
} from "./budget-companions.js";
import { addSentenceChange, addFallToZero, derivePrevious } from "./previous-year.js";
import { countAtYearEnd, countsOf, addOtherDocumentHeadcount } from "./counts.js";
import { sharesAnotherAmount, statedShareNote } from "./stated-share-note.js";
import { sumOfListed } from "./listed-sum.js";
import { isCount, isHeadCount } from "../counted-metrics.js";
import { isProjected } from "./spending-words.js";

/** A follow-up that names the kind of figure it now wants ("那实际花了多少", "预算呢"). */
const KIND_SWITCHED = /实际|决算|花了|花掉|执行|预算/;

/** Table 06 itemises basic spending only: the same kind of cost paid from projects is not in it. */
export const BASIC_ONLY = (f: Fact) =>
  `${sourceLabel(f)}（基本支出经济分类明细表）只列基本支出（人员经费和公用经费）中的经济分类明细，项目支出中的同类开支不在此表。`;

/**
 * Last year asked of a budget, no basis named: its 预计执行数 answers, and that year's budget the
 * document states beside it is said too (the figure a "那去年呢" after this year's budget compares with).
 */
function addLastYearBudget(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  shown: Fact,
): void {
  if (!scope.previousYear || scope.doc.kind !== "预算" || shown.basis !== "决算") return;
  const budgets = lookup(k, scope, ref, "prev_budget");
  const [budget] = budgets;
  if (!budget || budget.measure !== shown.measure) return;
  const said = `${scope.year}年${label}预算`;
  b.d.bullets.push([`${said}为 `, shownWithTwin(b, budget, budgets, said), "。"]);
}

/** Last year's budget as a budget's table prints it, asked with no basis and no actual stated. */
function lastYearPrinted(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  plan: QueryPlan,
  stated: Fact[],
): Fact[] {
  if (stated.length || !scope.previousYear || scope.doc.kind !== "预算" || plan.basis) return [];
  return lookup(k, scope, ref, "prev_budget").filter((fact) => fact.table);
}

export function valueOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  let found = 0;
  let basicOnly = false;
  const said = new Set<string>();
  for (const scope of scopes) {
    for (const ref of plan.metrics) {
      let want = wantOf(plan, scope);
      let label = metricLabel(ref, k);
      // Next year's document stands for this year: a count it states as of this year's end
      // ("截止<年>12月底…") is this year's. A budget's asset counts are as of the year before it;
      // final accounts count their own year's end, which is not this year's.
      // A budget's own counts are as of the year before it: "<年>末" reads next year's too (final
      // accounts count their own year's end).
      const yearEnd =
        scope.previousYear || (scope.doc.kind === "预算" && asksYearEnd(plan.question, scope.year));
      // A figure that is a count (车辆数) is one however it is asked ("多少车辆").
      if ((plan.counts || isCount(ref)) && yearEnd && countAtYearEnd(k, b, scope, ref, label)) {
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
      let stated = lookup(k, scope, ref, want);
      // "那去年呢" of a budget that prints last year's budget in its table (a row "<上年>预算数"):
      // that printed figure, before any worked out from a stated change.
      const lastBudget = lastYearPrinted(k, scope, ref, plan, stated);
      if (lastBudget.length) [stated, want] = [lastBudget, "prev_budget"];
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
      const derivable =
        scope.previousYear && want === (scope.doc.kind === "预算" ? "prev_budget" : "prev_actual");
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
      if (!facts.length && sumOfListed(k, b, scope, ref, want, label)) {
        found++;
        continue;
      }
      if (!facts.length) {
        // "最后真正用掉多少" of a budget: what it plans is the closest figure, said to be no actual.
        // (…and of last year asked of this year's budget, this year's planned figure: "2024年实际" read
        // in a 2025 budget that states none.)
        const ownYear = { ...scope, year: scope.doc.year, previousYear: false };
        const planned =
          (want === "actual" || (want === "prev_actual" && plan.basis === "决算")) &&
          scope.doc.kind === "预算"
            ? lookup(k, scope.previousYear ? ownYear : scope, ref, "budget")[0]
            : undefined;
        if (planned)
          b.d.notes.push([
            `最接近的公开数字是${scopeLabel(scope.previousYear ? ownYear : scope)}${label}预算 `,
            b.fact(planned, `${label}预算`),
            "（预算文件只列计划数，不是实际支出）。",
          ]);
        b.d.notes.push([
          scope.previousYear
            ? `${k.docs(scope.unit, { year: scope.year }).length ? "" : `未收录${scope.unit}${scope.year}年度的文件；`}${scope.doc.year}年度${scope.doc.kind}文件未列出${scope.year}年${label.startsWith("“") ? label : `“${label}”`}的数字。`
            : `${scopeLabel(scope)}${scope.doc.kind}文件中未找到${label.startsWith("“") ? label : `“${label}”`}的${wantLabel(want, undefined, label) || "数据"}。`,
        ]);
        continue;
      }
      if (ref.type === "subject" && refusedForNilBasic(k, b, scope, want, label, facts[0])) continue;
      if (want === "prev_actual" && plan.basis === "决算" && refusedForProjection(b, scope, label, facts[0]))
        continue;
      found++;
      // One row read through two names (一般公共服务支出 and its code 201): said once.
      if (said.has(facts[0].id)) continue;
      said.add(facts[0].id);
      const { headline, notes } = stateValue(b, facts, label, false, fundsMayDiffer(k, scope, facts));
      const gapAsked = DIFFERENCE_ASKED.test(plan.question);
      if (gapAsked) b.d.bullets.push(...gapsBetweenSources(b, facts, label));
      addSplitApart(k, b, scope, ref, want, facts);
      const what = wantLabel(want, facts[0], label);
      const sentence: Segment[] = [`${scopeLabel(scope)}${label}${what}为 `, ...headline, "。"];
      if (!b.d.headline.length) b.d.headline = sentence;
      else b.d.bullets.push(sentence);
      b.d.notes.push(...notes);
      if (!gapAsked && ref.type === "subject") addScopeGapExplained(k, b, facts);
      if (ref.type === "subject") addRestOfFunds(b, plan.question, facts, label);
      if (!plan.basis) addLastYearBudget(k, b, scope, ref, label, facts[0]);
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
      const ofAnswered = !!share && !sharesAnotherAmount(k, share, facts[0]);
      if (ofAnswered && (PART_ASKED.test(plan.question) || (inSentence && plan.metrics.length === 1)))
        b.d.bullets.push(statedShareNote(b, share, ""));
      if (want === "actual" || want === "budget") addParts(k, b, scope, ref, want, facts[0]);
      if (want !== "actual" && want !== "prev_actual" && scope.doc.kind === "决算")
        addBudgetDocument(k, b, scope, ref, label);
      if (want === "budget" && scope.doc.kind === "预算") {
        addFinalAccountsBudget(k, b, scope, ref, label, facts[0]);
        addNextYearExecution(k, b, scope, ref, label);
      }
      // A score or a head count read from prose is quoted: its sentence says who was counted beside
      // ("编制数N人，在职人数M人，其中在岗…"), and the grade of a score.
      if (isScore(ref) || isHeadCount(ref)) quoteStatingSentence(b, facts[0]);
      addPurposeSentence(k, { ...plan, metrics: [ref] }, [scope], b);
      if (plan.metrics.length === 1 && scopes.length === 1 && (want === "actual" || want === "budget"))
        addEconomicTwin(k, b, scope, ref, want, facts[0]);
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
      // (…of the final accounts too: "机关运行经费支出X万元，比上年增加Y万元", the narrative's sentence
      // of the table's amount.)
      const stating = facts.find((f) => !f.table && money(f.value).eq(facts[0].value)) ?? facts[0];
      const changeSaid =
        (want === "budget" || want === "actual") && oneFigure
          ? addSentenceChange(k, b, scope, ref, label, stating)
          : undefined;
      // "预算多少？→ 那实际花了多少": the other kind of the same year, which may add up other bodies.
      if (oneFigure && plan.followUp && KIND_SWITCHED.test(plan.question))
        addCoverageApart(k, b, scope, ref, label);
      const reasonNoted = reason && reason !== changeSaid?.reason && oneFigure;
      if (reasonNoted) b.d.notes.push([`文件说明的原因：${reason}。`]);
      if (plan.metrics.length === 1 && !scope.previousYear && !changeSaid)
        addFallToZero(k, b, scope, ref, label, facts[0], reasonNoted ? reason : undefined);
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
 * Last year's actual spending asked of a budget that states only what it expected that year to
 * spend ("全年预计执行X万元"): no actual is published; the projection is the closest figure.
 */
function refusedForProjection(b: DraftBuilder, scope: Scope, label: string, fact: Fact): boolean {
  if (scope.doc.kind !== "预算" || !isProjected(fact)) return false;
  b.d.notes.push([
    `所收录文件未公开${scope.year}年${label}的决算（实际支出）数。最接近的公开数字是${scope.doc.year}年度预算文件所列${scope.year}年${label}预计执行数 `,
    b.fact(fact, `${label}预计执行数`),
    "（编制预算时的预计数，不是决算）。",
  ]);
  return true;
}

/** Cells of one row asked: the row's total after them ("…合计为 X"). */
function addRowTotal(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scopes: Scope[]): void {
  const row = rowOfCells(plan.metrics);
  if (!row || scopes.length !== 1) return;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  // (The total the cells' own table prints: another table's counts other funds.)
  const tables = new Set(plan.metrics.map((cell) => lookup(k, scope, cell, want)[0]?.table));
  const total = lookup(k, scope, row, want).find((fact) => tables.has(fact.table));
  const label = metricLabel(row, k);
  if (total) b.d.bullets.push([`${label}合计 `, b.fact(total, `${label}合计`), "。"]);
}

/** A part asked after its whole ("其中…呢"). */
const PART_ASKED = /其中/;

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
    // Two tables of different money (all funds, the general budget) print the part apart by right.
    const printed = [f, ...all.filter((x) => x !== f && x.basis === f.basis)];
    b.d.notes.push(
      ...stateValue(b, printed, metricLabel(part), true, fundsMayDiffer(k, scope, printed)).notes,
    );
  }
  if (any) b.d.bullets.push([...segs, "。"]);
}
