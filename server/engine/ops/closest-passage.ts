import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { textOp } from "./text.js";

/** Counts and scores (人, 辆, 分…) are stated in prose when at all: a missing one has a passage nearby. */
const countedOnly = (plan: QueryPlan) =>
  plan.metrics.length > 0 &&
  plan.metrics.every((m) => m.type === "metric" && !!METRIC_BY_KEY.get(m.key)?.measure);

/**
 * A count or score the document does not state: the refusal stays, and quotes what the document
 * does say about it (the passage that retrieval finds for the question), cited by its section.
 */
export async function addClosestPassage(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
): Promise<void> {
  if (draft.status !== "not_found" || !countedOnly(plan) || draft.passages.length) return;
  const text = (await textOp(k, { ...plan, operation: "text_lookup" }, scopes)).d;
  if (text.status !== "answered" || !text.passages.length) return;
  const passage = text.passages[0];
  draft.notes.push([`文件没有给出这个数字；上面引用的是文件中与问题最相关的原文（「${passage.title}」）。`]);
  draft.passages.push(passage);
  draft.extraSources.push({ chunkId: passage.chunk.id });
}

/** A glossary defines a term for every unit; it says nothing of what this unit's figure paid for. */
const DEFINITIONS = /名词解释|名词说明|术语解释/;
/** A figure asked together with what it was for ("开了哪些会，会议费多少", "…怎么安排的"). */
const ALSO_DESCRIBED = /哪些|哪几(?!个单位|家)|什么(?!原因)|怎么安排|如何安排|怎么用|用在哪|用于/;

/**
 * A figure asked with a description of what it paid for: the passage that describes it joins
 * the answer, quoted (the figures stay the facts'), when the passage names the figure asked.
 */
export async function addDescribingPassage(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
  label: string,
): Promise<void> {
  if (draft.status !== "answered" || draft.passages.length || !ALSO_DESCRIBED.test(plan.question)) return;
  // The figure's own name leads the search: the passage must describe it.
  const query = `${label} ${plan.textQuery ?? plan.question}`;
  const text = (await textOp(k, { ...plan, operation: "text_lookup", textQuery: query }, scopes)).d;
  // From the document the figure was read from, not the same year's other edition.
  const docs = new Set(scopes.map((scope) => scope.doc.docId));
  const passage =
    text.status === "answered"
      ? text.passages.find(
          (p) =>
            docs.has(p.chunk.docId) && p.text.includes(label) && !DEFINITIONS.test(p.chunk.section.join(" ")),
        )
      : undefined;
  if (!passage) return;
  draft.passages.push(passage);
  draft.extraSources.push({ chunkId: passage.chunk.id });
}

/**
 * A number asked about something no figure is called ("国有资产有多少"), refused: when a section of
 * the document is titled with the asked words, it is quoted beside the refusal (what the document
 * does say under that heading). Nothing is quoted for a word no heading carries.
 */
export async function addTitledPassage(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
): Promise<void> {
  const words = plan.qualifiers.filter((word) => word.length >= 2);
  if (draft.status !== "not_found" || !words.length || draft.passages.length) return;
  const text = (await textOp(k, { ...plan, operation: "text_lookup" }, scopes)).d;
  const titled = text.passages.find((p) => words.some((word) => p.chunk.section.join(" ").includes(word)));
  if (!titled) return;
  draft.notes.push([
    `文件没有给出这个数字；上面引用的是文件中标题含有所问词语的一节（「${titled.title}」）。`,
  ]);
  draft.passages.push(titled);
  draft.extraSources.push({ chunkId: titled.chunk.id });
}

/** The items of a figure asked for ("开了哪些会", "都买了哪些东西"), not a passage about it ("依据哪些文件"). */
const ITEMS_ASKED =
  /(?:开|买|购|购置|采购|办|花|用|支)[了过在到]?(?:哪些|哪几)|(?:具体|都)(?:有|是)?(?:哪些|哪几)(?!文件|政策|依据|原因|内容|目标|措施|单位|部门)/;

/**
 * The items of a figure asked for, and neither its parts nor a passage describing it found: the
 * figure alone answers nothing asked. Refused, the figure named as the closest disclosed.
 */
export function itemsNotListed(plan: QueryPlan, draft: Draft, label: string): void {
  if (plan.operation !== "breakdown" || draft.status !== "answered" || !ITEMS_ASKED.test(plan.question))
    return;
  if (draft.passages.length || draft.figures.length !== 1) return;
  draft.status = "not_found";
  draft.headline = [`文件没有列出“${label}”的具体明细；最接近的公开数字：`, ...draft.headline];
}
