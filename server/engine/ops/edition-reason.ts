import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { editionsAsked } from "../lexicon/edition-words.js";
import { EDITION_REASON_ASKED, EDITION_REASON_QUERY } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { textOp } from "./text.js";

/**
 * "部门预算和单位预算为什么不一样／为啥一样", "一样吗": beside the two editions' figures, the passage that says
 * which units the department's edition adds to the unit's own, or keeps in it (its 机构设置 or 单位构成).
 */
export async function addEditionReason(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
): Promise<void> {
  // (…or the two set apart in a follow-up: "部门预算多少？→ 单位预算呢，两个一样吗".)
  const both = editionsAsked(plan.question).length === 2 || !!plan.bothEditions;
  const asked = both && EDITION_REASON_ASKED.test(plan.question);
  if (draft.status !== "answered" || !asked) return;
  const text = await textOp(
    k,
    { ...plan, operation: "text_lookup", textQuery: `${plan.question} ${EDITION_REASON_QUERY}` },
    scopes,
  );
  const passage = text.d.passages[0];
  if (!passage || draft.passages.some((p) => p.chunk.id === passage.chunk.id)) return;
  draft.passages.push(passage);
  draft.extraSources.push({ chunkId: passage.chunk.id });
}
