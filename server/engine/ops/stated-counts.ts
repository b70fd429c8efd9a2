import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { countFacts, countList, distinctCounts } from "./counts.js";
import { metricLabel } from "./labels.js";

/** Counts said after the amount, at most. */
const MOST_COUNTS = 4;

/**
 * "公务接待费多少": the amount, and the counts the document states with it ("共接待来访团组8个、来宾64人次"),
 * each cited, so the reader sees what the money bought. Only for one figure of one document asked
 * as a value, and only counts its own document states.
 */
export function addStatedCounts(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.counts || plan.operation !== "value") return;
  if (plan.metrics.length !== 1 || scopes.length !== 1) return;
  // An amount's counts: a count answered ("车辆数") is not followed by its own kinds.
  const { figure } = headlineFigure(draft) ?? {};
  if (!figure || !["万元", "元"].includes(figure.measure)) return;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  const shown = new Set(draft.figures.flatMap((figure) => figure.facts.map((fact) => fact.id)));
  const counts = countFacts(k, scope, ref, plan.basis).filter(
    (fact) => fact.docId === scope.doc.docId && !shown.has(fact.id),
  );
  const fresh = distinctCounts(counts).slice(0, MOST_COUNTS);
  if (!fresh.length) return;
  const b = new DraftBuilder(draft);
  b.d.bullets.push(["文件同时写明：", ...countList(b, fresh, metricLabel(ref, k)), "。"]);
}
