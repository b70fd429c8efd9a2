import type { DocumentInfo } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import { COVERED_BODIES_ASKED, COVERED_ONE_ASKED } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { countLine } from "./listed-count.js";
import { scopePassages } from "./scope-passages.js";

const TOTAL = { type: "metric", key: BUDGET_TOTAL_KEY } as const;

/** A document in words ("2024年度决算（部门）"). */
const documentWords = (doc: DocumentInfo) =>
  `${doc.year}年度${doc.kind}${doc.edition ? `（${doc.edition}）` : ""}`;

/**
 * "<部门>预算包括哪几个单位", "是哪几家单位合起来的": the bodies a document adds up besides the unit's
 * own (its `covers`, read from its 单位构成 or 机构设置 at ingest), with the passage that says so;
 * "<甲>是不是包括在<乙>的决算里": whether the other's documents of the year cover it, and its own
 * document's total where it publishes one. Undefined when no document of the year lists its bodies.
 */
export async function coveredBodiesOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (plan.metrics.length || !scopes.length) return undefined;
  const units = [...new Set(scopes.map((scope) => scope.unit))];
  if (units.length === 2 && COVERED_ONE_ASKED.test(plan.question)) return oneCovered(k, plan, scopes, units);
  if (units.length === 1 && COVERED_BODIES_ASKED.test(plan.question))
    return bodiesCovered(k, plan, scopes[0]);
  return undefined;
}

async function bodiesCovered(k: Knowledge, plan: QueryPlan, scope: Scope): Promise<Draft | undefined> {
  const editions = k.docs(scope.unit, { year: scope.year }).filter((doc) => doc.kind === scope.doc.kind);
  const doc =
    editions.find((d) => d.edition === (plan.edition ?? "部门") && d.covers.length) ??
    editions.find((d) => d.covers.length);
  if (!doc) return undefined;
  const b = new DraftBuilder();
  const bodies = [`${scope.unit}本级`, ...doc.covers];
  b.d.headline = [
    `${scope.unit}${documentWords(doc)}汇总了本级和${doc.covers.length}家单位，共 `,
    countLine(b, bodies),
    "。",
  ];
  const own = editions.find((d) => d.edition === "单位");
  if (own) b.d.bullets.push([`同年度的${documentWords(own)}只含本级。`]);
  await quoteScopePassages(k, b, plan, { ...scope, doc }, [doc], doc.covers);
  return b.build();
}

async function oneCovered(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  units: string[],
): Promise<Draft | undefined> {
  // The unit whose documents list bodies holds the other, or leaves it out.
  const covering = (unit: string) => scopes.find((s) => s.unit === unit)!;
  const pair = [units, [...units].reverse()].find(([, parent]) =>
    k.docs(parent, { year: covering(parent).year }).some((doc) => doc.covers.length),
  );
  if (!pair) return undefined;
  const [member, parent] = pair;
  const scope = covering(parent);
  const docs = k
    .docs(parent, { year: scope.year })
    .filter((doc) => doc.covers.length || doc.edition !== "单位")
    .sort((a, b) => Number(b.kind === scope.doc.kind) - Number(a.kind === scope.doc.kind));
  const [asked] = docs;
  const b = new DraftBuilder();
  const says = (doc: DocumentInfo) => (doc.covers.includes(member) ? "包括" : "不包括");
  b.d.headline = [`${parent}${documentWords(asked)}${says(asked)}${member}。`];
  for (const doc of docs.slice(1))
    if (says(doc) !== says(asked))
      b.d.bullets.push([`同年度的${documentWords(doc)}则${says(doc)}${member}。`]);
  await k.loadDocuments([...docs, ...k.docs(member, { year: scope.year })].map((doc) => doc.docId));
  b.d.bullets.push(
    ...totalOf(k, b, plan, { ...scope, unit: parent }, asked),
    ...totalOf(k, b, plan, { ...scope, unit: member }, undefined),
  );
  await quoteScopePassages(k, b, plan, scope, docs, [member, ...asked.covers]);
  return b.build();
}

/** A unit's spending total in the document asked of (its own of that kind and year, if none given). */
function totalOf(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  given: DocumentInfo | undefined,
): Segment[][] {
  const doc = given ?? k.docs(scope.unit, { year: scope.year, kind: scope.doc.kind })[0];
  if (!doc) return [];
  const [fact] = lookup(k, { ...scope, doc }, TOTAL, wantOf(plan, { ...scope, doc }));
  if (!fact || fact.docId !== doc.docId) return [];
  const apart = given ? "" : "单独公开，";
  return [
    [`${scope.unit}${documentWords(doc)}${apart}${BUDGET_TOTAL_KEY} `, b.fact(fact, BUDGET_TOTAL_KEY), "。"],
  ];
}

async function quoteScopePassages(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  docs: DocumentInfo[],
  names: string[],
): Promise<void> {
  const passages = await scopePassages(
    k,
    plan,
    [scope],
    docs.map((doc) => doc.docId),
    names,
  );
  for (const passage of passages) {
    b.d.passages.push(passage);
    b.d.extraSources.push({ chunkId: passage.chunk.id });
  }
}
