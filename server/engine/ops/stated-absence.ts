import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Chunk } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { ABSENCE_REACH, ABSENCE_WORDS } from "../lexicon/absence-words.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";

const ABSENCE = new RegExp(ABSENCE_WORDS.join("|"), "g");

/** The sentence of a passage that says the item does not exist ("本单位无<某项>…"), if any. */
export function absenceSentence(text: string, item: RegExp): string | undefined {
  for (const sentence of text.replace(/\n/g, "").match(/[^。；;]+[。；;]?/g) ?? []) {
    for (const word of sentence.matchAll(ABSENCE)) {
      const after = sentence.slice((word.index ?? 0) + word[0].length);
      const hit = item.exec(after);
      if (hit && hit.index <= ABSENCE_REACH) return sentence.trim();
    }
  }
  return undefined;
}

/** What the plan's metrics are called in documents: the lexicon's pattern, else the name itself. */
function itemPatterns(plan: QueryPlan): { name: string; pattern: RegExp }[] {
  return plan.metrics.flatMap((m) => {
    if (m.type !== "metric") return [];
    const def = METRIC_BY_KEY.get(m.key);
    return def && !def.measure ? [{ name: m.key, pattern: new RegExp(def.pattern.source) }] : [];
  });
}

/**
 * A figure answered as zero is quoted with the document's own statement that the item does not
 * exist ("无<某项>"), from the same document's text, cited by its section.
 */
export async function quoteStatedAbsence(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
): Promise<void> {
  if (draft.status !== "answered" || !draft.figures.length) return;
  if (!draft.figures.every((f) => /元/.test(f.measure) && money(f.value).isZero())) return;
  for (const scope of scopes) {
    for (const { name, pattern } of itemPatterns(plan)) {
      const hits = await retrieve(
        k,
        `无 ${name}`,
        { units: [scope.unit], years: [scope.year], type: "section" },
        8,
      );
      const found = firstStating(
        hits.map((h) => h.chunk).filter((c) => c.docId === scope.doc.docId),
        pattern,
      );
      if (!found) continue;
      draft.passages.push({
        chunk: found.chunk,
        title: found.chunk.section.join(" > "),
        text: found.sentence,
      });
      draft.extraSources.push({ chunkId: found.chunk.id });
    }
  }
}

function firstStating(chunks: Chunk[], pattern: RegExp): { chunk: Chunk; sentence: string } | undefined {
  for (const chunk of chunks) {
    // A section chunk's first line is its heading (unit, year, section path).
    const sentence = absenceSentence(chunk.text.split("\n").slice(1).join("\n"), pattern);
    if (sentence) return { chunk, sentence };
  }
  return undefined;
}
