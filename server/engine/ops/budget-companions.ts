/**
 * Budgets beside a figure: the same year's 部门预算, next year's stated execution, the final accounts'
 * budgets and the budget they imply, and a row's counterpart in the other classification.
 */

import type { DocumentInfo, Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { distinctValues, isFactOf, selectFacts, type Want, ownWant } from "../select-facts.js";
import { counterparts } from "./counterpart.js";
import { basisWord, sourceLabel, sameBasis, sourcePlace } from "./labels.js";
import { lookup } from "./lookup.js";

/**
 * A figure asked of a row that states none: the same expense's row in the other classification
 * (an economic row's functional counterpart), if that one states it. A budget carries over; an
 * actual only when both rows state the same amount for the document's own year (then they hold
 * the same expense: an economic row of table 06 counts basic spending only, so it differs when
 * projects pay for the same kind of cost).
 */
export function budgetOfCounterpart(
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
  const own: Want = ownWant(scope.doc.kind);
  const ofDocument = { ...scope, previousYear: false, year: scope.doc.year };
  const mine = distinctValues(lookup(k, ofDocument, ref, own));
  const theirs = distinctValues(lookup(k, ofDocument, twin, own));
  return mine.length > 0 && theirs.length > 0 && money(mine[0].value).eq(theirs[0].value);
}

/** The start-of-year figure from the same year's 部门预算, when one is published. */
export function addBudgetDocument(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): void {
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
export function addNextYearExecution(
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
export function addFinalAccountsBudget(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  first: Fact,
): void {
  const finalDoc = k.docs(scope.unit, { year: scope.year, kind: "决算" })[0];
  if (!finalDoc) return;
  // (A head count has no basis: the final accounts' count is said by the head-count note.)
  const stated = distinctValues(selectFacts(k, finalDoc, ref, "budget")).filter((f) => f.basis);
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
  // The rate the same sentence states beside the change ("减少544.23万元，降低20.54%").
  const rate = own.find((f) => /比年初预算增减率/.test(f.column) && sameLines(f, change));
  b.d.notes.push([
    `${finalDoc.year}年度决算写明决算数 `,
    b.fact(actual, `${label}决算数`),
    "、比年初预算增减 ",
    b.fact(change, `${label}比年初预算增减额`),
    ...(rate ? ["（", b.fact(rate, `${label}比年初预算增减率`), "）"] : []),
    "，按此推算年初预算为 ",
    b.computed(implied, `${label}年初预算（按决算推算）`, [actual, change]),
    `，与${sourceLabel(first)}所列不一致（文件前后不一致，请以原文核对）。`,
  ]);
}

const sameLines = (a: Fact, b: Fact) => JSON.stringify(a.source.lines) === JSON.stringify(b.source.lines);
