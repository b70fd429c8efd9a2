import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  OCCASION_CLAUSE,
  OCCASION_HEADS_ASKED,
  OCCASION_KINDS,
  OCCASIONS_NAMED_ASKED,
  OCCASIONS_PLANNED,
} from "../lexicon/prose-counts.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { loadFacts } from "../load-facts.js";
import { amountAt, listedOccasions, listingFacts, occasionCostsOp } from "./occasion-costs.js";
import { addCountsBeside } from "./counts.js";
import { proseItemSum } from "./prose-item-sum.js";

/** One occasion a clause of the sentence names, with its head count as a fact of the sentence. */
interface Occasion {
  name: string;
  heads: Fact;
}

/** "用于召开<甲>，人数N人，…；用于召开<乙>，人数M人，…": each clause's occasion and head count. */
function occasionsOf(fact: Fact): Occasion[] {
  const text = fact.source.excerpt;
  return [...text.matchAll(OCCASION_CLAUSE)].map((clause) => {
    const name = clause[1].replace(/\s+/g, "").trim();
    const at = (clause.index ?? 0) + clause[0].lastIndexOf(clause[2]);
    return { name, heads: amountAt(fact, at, `${name}：人数`, clause[2], "人") };
  });
}

/** The amount whose sentence lists the occasions asked of, named by the question's words (会 → 会议费). */
function occasionMetric(plan: QueryPlan): MetricRef | undefined {
  const kind = OCCASION_KINDS.find((entry) => entry.says.test(plan.question));
  return kind ? { type: "metric", key: kind.metric } : undefined;
}

/**
 * "开了什么会", "每个会多少人参加", "两期培训各多少人": the occasions the 一般性支出 sentence lists for
 * the amount (会议费, 培训费), each named with its head count as printed, the sentence quoted. Head
 * counts are never added (the same people may attend several). Undefined unless such a sentence
 * states the amount in the scope's document.
 */
async function occasionListOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  if (scopes.length !== 1) return undefined;
  if (!OCCASIONS_NAMED_ASKED.test(plan.question) && !OCCASION_HEADS_ASKED.test(plan.question))
    return undefined;
  const ref = occasionMetric(plan);
  if (!ref) return undefined;
  const [scope] = scopes;
  if (scope.doc.kind === "决算" && OCCASIONS_PLANNED.test(plan.question)) return undefined;
  await k.loadDocuments([scope.doc.docId]);
  return occasionsListed(k, plan, scope, ref);
}

/**
 * The occasions the sentence stating the amount lists, counted by their clauses, each named with
 * its head count, the sentence quoted; undefined when no sentence of the scope lists them.
 */
export function occasionsListed(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  ref: MetricRef,
): Draft | undefined {
  const stating = lookup(k, scope, ref, wantOf(plan, scope)).filter((f) => !f.table);
  for (const fact of stating) {
    const occasions = occasionsOf(fact);
    if (!occasions.length) continue;
    const label = metricLabel(ref, k);
    const b = new DraftBuilder();
    b.d.headline = [
      `${scopeLabel(scope)}${label} `,
      b.fact(fact, label),
      "，原文逐项列出的共 ",
      clauseCount(b, fact, occasions.length, label),
      "，各项名称和人数如下：",
    ];
    for (const occasion of occasions)
      b.d.bullets.push([`${occasion.name}：人数 `, b.fact(occasion.heads, `${occasion.name}人数`)]);
    quoteStatingSentence(b, fact);
    b.d.notes.push([
      "项数按原文逐项列出的条目数得，文件没有写出合计次数；名称和人数取自同一句原文，各项人数未相加（同一人可能参加多项）。",
    ]);
    return b.build();
  }
  return itemsListed(k, scope, ref, stating);
}

/**
 * "去了哪些国家": the items a sentence lists after the amount or its counts ("团组6个…主要包括：<甲>支出N万元；
 * …"), each named with its stated spending, the counts said beside, the sentence quoted.
 */
function itemsListed(k: Knowledge, scope: Scope, ref: MetricRef, amounts: Fact[]): Draft | undefined {
  const [amount] = amounts;
  if (!amount) return undefined;
  for (const listing of listingFacts(k, scope, ref, amounts)) {
    const items = listedOccasions(listing);
    if (!items.length) continue;
    const label = metricLabel(ref, k);
    const b = new DraftBuilder();
    b.d.headline = [
      `${scopeLabel(scope)}${label} `,
      b.fact(amount, label),
      `，原文逐项列出${items.length}项：`,
    ];
    for (const item of items)
      b.d.bullets.push([`${item.name}：支出 `, ...item.costs.map((cost) => b.fact(cost, cost.row))]);
    addCountsBeside(k, b, scope, ref, label);
    quoteStatingSentence(b, listing);
    return b.build();
  }
  return undefined;
}

/**
 * The occasions asked of by their kind: listed ("开了什么会", "每个会多少人参加"), or, with no figure
 * named, their costs ("三个会的费用加起来对得上吗" read as 会议费), one item of them summed when the
 * question names it ("三个会的场租一共多少"). Undefined when the question is none of these.
 */
export async function occasionsAskedOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const listed = await occasionListOp(k, plan, scopes);
  if (listed) return listed;
  // (Who went, a name, a date: an attribute asked of the occasions is no cost of theirs.)
  const ref = plan.metrics.length || plan.attributes.length ? undefined : occasionMetric(plan);
  if (!ref) return undefined;
  const item = await proseItemSum(k, plan, scopes);
  if (item) return item;
  const costs = { ...plan, metrics: [ref] };
  await loadFacts(k, costs, scopes);
  return occasionCostsOp(k, costs, scopes);
}

/** The occasions counted by the clauses listing them, the formula saying so. */
function clauseCount(b: DraftBuilder, fact: Fact, clauses: number, label: string): Segment {
  return b.computed(
    { value: String(clauses), measure: "个", formula: `原文以“用于…，人数…人”逐项列出，共${clauses}项` },
    `${label}所列场次`,
    [fact],
  );
}
