import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { OCCASIONS_COUNTED } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { occasionsListed } from "./occasion-list.js";

/**
 * "开了几个会，各多少人" of an amount whose sentence lists each occasion with its head count
 * (会议费, 培训费): the occasions counted by their clauses (the formula says so), each named with its
 * head count, the sentence quoted. Undefined when no such sentence states it.
 */
export function occasionsInSentenceOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  // The occasions themselves counted ("开了几个会", "办了几期"), not people ("多少人次": no sum is stated).
  if (
    !plan.counts ||
    !OCCASIONS_COUNTED.test(plan.question) ||
    scopes.length !== 1 ||
    plan.metrics.length !== 1
  )
    return undefined;
  return occasionsListed(k, plan, scopes[0], plan.metrics[0]);
}
