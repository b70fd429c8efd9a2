/**
 * Where a figure is read: the basis a plan asks for, and a metric's facts in a scope (its document
 * first, then the unit's other document of the year).
 */

import type { DocumentInfo, Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { selectFacts, type Want } from "../select-facts.js";

/** What the plan asks for: actual by default, the budget basis when it names one. */
export function wantOf(plan: QueryPlan, scope: Scope): Want {
  // Next year's attachment prints last year's actuals only; a budget of that year is not there.
  // Next year's budget prints last year's budget in some tables ("<上年>预算数") and sentences
  // ("比<上年>预算…增加"), else only as a change (derived in valueOp); and last year's 执行数 of
  // some rows in its narrative ("<年>当年预算执行数为…").
  if (scope.previousYear) return plan.basis && plan.basis !== "决算" ? "prev_budget" : "prev_actual";
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

/** One name matched as a row with its code and as one printed without (01 表's classes) is one figure. */
export const oneRefPerName = (refs: MetricRef[]) =>
  refs.filter(
    (ref, i) =>
      ref.type !== "subject" || !refs.slice(0, i).some((r) => r.type === "subject" && r.name === ref.name),
  );
