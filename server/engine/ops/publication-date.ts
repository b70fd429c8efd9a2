import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { PUBLICATION_ASKED } from "../lexicon/publication-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";

const documentLabel = (scope: Scope) => `${scope.unit}${scope.doc.year}年度${scope.doc.kind}`;

/**
 * "这份预算是哪天公开的": the document's labelled publication line, quoted from the passage that
 * holds it; a document that states no such line is said not to (never a date guessed from a
 * project's period or a signature under an attachment).
 */
export async function publicationDateOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (plan.metrics.length || !PUBLICATION_ASKED.test(plan.question)) return undefined;
  const b = new DraftBuilder();
  const unstated: Scope[] = [];
  for (const scope of scopes) {
    const published = scope.doc.published;
    const chunk = published ? await k.store.sectionChunk(scope.doc.docId, published.section) : undefined;
    if (!published || !chunk) {
      unstated.push(scope);
      continue;
    }
    b.d.passages.push({ chunk, title: chunk.section.join(" > "), text: published.text });
    b.d.extraSources.push({ chunkId: chunk.id });
  }
  const unstatedLine = unstated.length
    ? `${unstated.map((scope) => documentLabel(scope)).join("、")}文件中没有写明公开（发布）日期。`
    : "";
  if (!b.d.passages.length) {
    b.d.status = "not_found";
    b.d.headline = [unstatedLine];
    return b.build();
  }
  const stated = scopes.filter((scope) => !unstated.includes(scope));
  b.d.headline = [`${stated.map((scope) => documentLabel(scope)).join("、")}文件中写明的公开时间如下：`];
  if (unstatedLine) b.d.notes.push([unstatedLine]);
  return b.build();
}
