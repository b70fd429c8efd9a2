import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { PURPOSE_ASKED } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { quoteStatingSentence } from "./quote-fact.js";

/** A sentence that says what its amount is for ("…万元，主要是…会议", "主要用于…"). */
const STATES_PURPOSE = /主要(?:是|用于|包括|为)|用于/;

/** A purpose clause that lists where income comes from ("主要为<甲>收入和<乙>收入"). */
const SOURCES_LISTED = /收入$/;

/** The narrative figure of the plan's first figure (or `ref`) in a scope whose sentence says what it is for. */
function statingPurpose(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  ref = plan.metrics[0],
): Fact | undefined {
  if (!ref) return undefined;
  return lookup(k, scope, ref, wantOf(plan, scope)).find(
    (f) => !f.table && STATES_PURPOSE.test(f.source.excerpt ?? ""),
  );
}

/**
 * "<某费>多少，用来干嘛", "会议费培训费怎么安排的": the sentence stating each figure is quoted when it
 * says what the figure is for (a sentence stating several of them, once).
 */
export function addPurposeSentence(k: Knowledge, plan: QueryPlan, scopes: Scope[], b: DraftBuilder): void {
  if (scopes.length !== 1) return;
  if (!PURPOSE_ASKED.test(plan.question)) return addPurposeClause(k, plan, scopes[0], b);
  const quoted = new Set<string>();
  for (const ref of plan.metrics) {
    const fact = statingPurpose(k, plan, scopes[0], ref);
    if (!fact || quoted.has(fact.source.excerpt)) continue;
    quoted.add(fact.source.excerpt);
    quoteStatingSentence(b, fact);
  }
}

/**
 * A figure whose sentence says what it is for: the clause ingest took as its purpose, said in a
 * bullet (people asking a row's figure want to know what it pays for; "公务用车运行维护费…，主要是
 * 燃油费、维修费…" too). A standard metric's sentence that only lists its parts has no purpose clause.
 */
function addPurposeClause(k: Knowledge, plan: QueryPlan, scope: Scope, b: DraftBuilder): void {
  const [ref] = plan.metrics;
  if (plan.metrics.length !== 1 || !ref) return;
  const purpose = lookup(k, scope, ref, wantOf(plan, scope)).find((f) => f.purpose)?.purpose;
  if (purpose)
    b.d.bullets.push([`${SOURCES_LISTED.test(purpose) ? "文件所写来源" : "文件所写用途"}：${purpose}。`]);
}

/**
 * "<某费>多少？→ 用来干嘛" when no passage was found for the words: the sentence stating the
 * figure, if it says what the money is for. Undefined otherwise.
 */
export function purposeFromFigure(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  if (!PURPOSE_ASKED.test(plan.question) || scopes.length !== 1) return undefined;
  const fact = statingPurpose(k, plan, scopes[0]);
  if (!fact) return undefined;
  const b = new DraftBuilder();
  const label = metricLabel(plan.metrics[0]!, k);
  b.d.headline = [`${scopeLabel(scopes[0])}${label}（`, b.fact(fact, label), "）的用途，文件写明如下："];
  quoteStatingSentence(b, fact);
  return b.build();
}
