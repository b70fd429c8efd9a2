import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { OCCASION_CLAUSE, OCCASIONS_COUNTED } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { clauseCount } from "./occasion-list.js";

/**
 * "开了几个会，各多少人" of an amount whose sentence lists each occasion with its head count
 * (会议费, 培训费): the occasions counted by their clauses (the formula says so), named, and the
 * sentence quoted with every head count as printed. Undefined when no such sentence states it.
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
  const [scope] = scopes;
  const [ref] = plan.metrics;
  const facts = lookup(k, scope, ref, wantOf(plan, scope));
  for (const fact of facts.filter((f) => !f.table)) {
    const occasions = [...fact.source.excerpt.matchAll(OCCASION_CLAUSE)].map((m) => m[1].trim());
    if (!occasions.length) continue;
    const label = metricLabel(ref, k);
    const b = new DraftBuilder();
    const count = clauseCount(b, fact, occasions.length, label);
    b.d.headline = [
      `${scopeLabel(scope)}${label} `,
      b.fact(fact, label),
      "，原文逐项列出的共 ",
      count,
      "，各项人数见下方原文：",
    ];
    for (const occasion of occasions) b.d.bullets.push([occasion]);
    quoteStatingSentence(b, fact);
    b.d.notes.push(["项数按原文逐项列出的条目数得，文件没有写出合计次数。"]);
    return b.build();
  }
  return undefined;
}
