import type { Fact } from "../../ingest/schema.js";
import { money } from "../../lib/money.js";
import { DraftBuilder, type Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import { byEdition } from "./lexicon/edition-words.js";
import { metricLabel } from "./ops/labels.js";
import type { MetricRef, QueryPlan } from "./plan-schema.js";
import type { Scope } from "./scope.js";
import { selectFacts } from "./select-facts.js";

/**
 * The same year's budget disclosure (部门预算, published before the year) states its own budget
 * for a figure, which the final accounts may report adjusted: that budget, when it differs from
 * `than` (undefined for a scope in a budget document, or when the two agree).
 */
export function budgetDocumentFact(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  than: string,
  edition?: QueryPlan["edition"],
): Fact | undefined {
  if (scope.doc.kind === "预算") return undefined;
  const doc = byEdition(k.docs(scope.unit, { year: scope.year, kind: "预算" }), edition)[0];
  const budget = doc ? selectFacts(k, doc, ref, "budget")[0] : undefined;
  return budget && !money(budget.value).eq(than) ? budget : undefined;
}

/**
 * A figure of a year for which the unit publishes both a budget and final accounts, asked without
 * saying which: the answer is the final accounts' actual, and a note names the budget
 * document's figure when it differs.
 */
export function addBudgetDocumentFigure(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.operation !== "value" || plan.metrics.length !== 1) return;
  if (scopes.length !== 1 || plan.basis || plan.kind) return;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  const actual = selectFacts(k, scope.doc, ref, "actual")[0];
  const budget = actual && budgetDocumentFact(k, scope, ref, actual.value, plan.edition);
  // A head count's other document is named with the count itself (ops/counts.ts).
  if (!budget || budget.measure !== actual.measure || actual.measure === "人") return;
  const b = new DraftBuilder(draft);
  const isMoney = /元$/.test(actual.measure);
  // Counts (车辆) are not budgeted and spent: the two documents count at two times.
  b.d.notes.push([
    isMoney
      ? `上面是决算（实际支出）数；${budget.year}年度部门预算文件所列年初安排为 `
      : `上面是决算文件的数字；${budget.year}年度部门预算文件所列为 `,
    b.fact(budget, `${metricLabel(ref, k)}（预算文件）`),
    isMoney ? "。" : "（两份文件统计的时点不同）。",
  ]);
}
