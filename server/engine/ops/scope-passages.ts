import type { Passage } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { EDITION_REASON_QUERY, SCOPE_PASSAGE_QUERY } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { textOp } from "./text.js";

/**
 * Each document's passage on which bodies it covers (预算单位构成, 决算单位构成, 预算范围, or the 部门
 * edition's 机构设置 "具体包括："); with `names`, one that names one of them.
 */
export async function scopePassages(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  docIds: string[],
  names: string[] = [],
) {
  const passages: Passage[] = [];
  for (const docId of new Set(docIds)) {
    const doc = k.documents.find((d) => d.docId === docId);
    if (!doc) continue;
    const scope = { ...scopes[0], doc, year: doc.year };
    for (const query of [SCOPE_PASSAGE_QUERY, EDITION_REASON_QUERY]) {
      const text = await textOp(k, { ...plan, operation: "text_lookup", question: query, textQuery: query }, [
        scope,
      ]);
      // (The search reads the unit's documents of the year: this document's own passage is the one.)
      const passage = text.d.passages.find(
        (p) => p.chunk.docId === docId && (!names.length || names.some((name) => p.text.includes(name))),
      );
      if (!passage) continue;
      if (!passages.some((p) => p.chunk.id === passage.chunk.id)) passages.push(passage);
      break;
    }
  }
  return passages;
}
