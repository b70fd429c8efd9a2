import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { WHY_QUESTION } from "../lexicon/reason-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { valueOp } from "./value.js";
import { metricLabel } from "./labels.js";
import { textOp } from "./text.js";

/** What a "why" whose reason the documents do not state is answered with, before the figures. */
export const NO_REASON = "文件没有说明原因。文件列出的相关数字如下：";

/** How a figure's own stated reason is noted (valueOp). */
const STATED = "文件说明的原因";

/** Operations a "why" is planned as: each needs two figures (budget and actual, two years). */
const WHY_OPERATIONS = new Set<QueryPlan["operation"]>(["explain_variance", "yoy", "compare_budget_actual"]);

/**
 * A "why" with no pair of figures to explain and no reason stated ("no vehicles, yet a running cost"):
 * answered with what the documents do disclose, saying first that they state no reason, then the
 * figures asked, each cited, and the passage that says most about them. Undefined when the figures
 * are not disclosed either (then the question is refused).
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
  // The figure read carries its own stated reason: that is the answer, not "no reason".
  const stated = draft.notes.findIndex((note) => typeof note[0] === "string" && note[0].startsWith(STATED));
  if (stated >= 0) {
    draft.bullets.push(...draft.notes.splice(stated, 1));
    return draft;
  }
  // A figure also asked in a clause of its own ("<数量>是多少？…为什么…") is answered; the reason is not stated.
  if (asksFigureToo(plan.question)) {
    draft.notes.unshift(["文件没有说明原因。"]);
    return draft;
  }
  // The reason asked is not stated: said first, then the figures and the closest passage.
  draft.bullets.unshift(draft.headline);
  draft.headline = [NO_REASON];
  if (passage) draft.notes.push([`上面引用的是文件中与问题最相关的原文（「${passage.title}」）。`]);
  return draft;
}

/** A clause without a why that asks a figure ("<数量>是多少？…为什么…"). */
function asksFigureToo(question: string): boolean {
  return question
    .split(/[？?。；;！!]/)
    .some((clause) => !WHY_QUESTION.test(clause) && /多少|几/.test(clause));
}
