import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { WHY_QUESTION } from "../lexicon/reason-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { valueOp } from "./amounts.js";
import { metricLabel } from "./labels.js";
import { textOp } from "./text.js";

/** Operations a "why" is planned as: each needs two figures (budget and actual, two years). */
const WHY_OPERATIONS = new Set<QueryPlan["operation"]>(["explain_variance", "yoy", "compare_budget_actual"]);

/**
 * A "why" with no pair of figures to explain ("没有车，为什么还有公车运行费"): the figures asked,
 * each cited, and the passage that says most about them, with a note that the document gives no
 * reason in a comparison. Undefined when the figures are not disclosed either.
 */
export async function whyFromFigures(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!WHY_OPERATIONS.has(plan.operation) || !WHY_QUESTION.test(plan.question)) return undefined;
  const draft = valueOp(k, { ...plan, operation: "value" }, scopes).build();
  if (draft.status !== "answered" || !draft.headline.length) return undefined;
  const label = plan.metrics.map((ref) => metricLabel(ref, k)).join("、");
  const query = `${label} ${plan.textQuery ?? plan.question}`;
  const text = (await textOp(k, { ...plan, operation: "text_lookup", textQuery: query }, scopes)).d;
  const passage = text.status === "answered" ? text.passages[0] : undefined;
  if (passage) {
    draft.passages.push(passage);
    draft.extraSources.push({ chunkId: passage.chunk.id });
  }
  draft.notes.push([
    passage
      ? `文件没有说明原因；上面引用的是文件中与“${label}”最相关的原文（「${passage.title}」）。`
      : `文件没有说明“${label}”的原因。`,
  ]);
  return draft;
}
