import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { TOTAL_CHANGE_WAYS } from "../lexicon/gap-ranking.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import { mergeDrafts } from "../merge-drafts.js";
import type { QueryPlan } from "../plan-schema.js";
import { DRAFTING, YOY } from "../question-cues.js";
import { resolveScopes } from "../scope.js";
import { largestChangesOp } from "./largest-changes.js";

const TOTAL = { type: "metric", key: BUDGET_TOTAL_KEY } as const;

const explainsTotalChange = (plan: QueryPlan) =>
  plan.operation === "explain_variance" && YOY.test(plan.question);

/**
 * "<单位>的预算为何少于上年，列两个减得最多的科目": a draft explaining the total's change with the rows
 * that moved most; the total, its change and its stated reason lead the ranked rows.
 */
export async function totalBeforeRows(
  plan: QueryPlan,
  rows: Draft,
  draftFor: (plan: QueryPlan) => Promise<Draft>,
): Promise<Draft> {
  if (!explainsTotalChange(plan)) return rows;
  const total = await draftFor({ ...plan, metrics: [TOTAL] });
  return total.status === "answered" ? mergeDrafts([total, rows]) : rows;
}

/**
 * "写一段话：<单位>的预算为何多于上年": a draft of the total's change carries the rows that moved
 * most in money the same way, each with its own stated reason. The answer as it is otherwise.
 */
export async function rowsBehindTotal(k: Knowledge, plan: QueryPlan, draft: Draft): Promise<Draft> {
  const totalOnly =
    plan.metrics.length === 1 && plan.metrics[0].type === "metric" && plan.metrics[0].key === TOTAL.key;
  if (
    draft.status !== "answered" ||
    !totalOnly ||
    !explainsTotalChange(plan) ||
    !DRAFTING.test(plan.question)
  )
    return draft;
  const rowsPlan = { ...plan, metrics: [], units: [...plan.units] };
  const resolved = resolveScopes(k, rowsPlan);
  if ("draft" in resolved) return draft;
  const sign = TOTAL_CHANGE_WAYS.find((way) => way.words.test(plan.question))?.sign;
  const rows = await largestChangesOp(k, rowsPlan, resolved.scopes, { sign });
  return rows ? mergeDrafts([draft, rows]) : draft;
}
