import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Chunk } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Draft, Passage } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { ABSENCE_REACH, ABSENCE_WORDS, ZERO_STATED } from "../lexicon/absence-words.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve } from "../retrieval.js";
import { isFactOf } from "../select-facts.js";
import type { Scope } from "../scope.js";

/** A narrative statement and a table's note may both say so: both are quoted. */
const STATEMENTS_QUOTED = 2;

const ABSENCE = new RegExp(ABSENCE_WORDS.join("|"), "g");

/** The sentence of a passage that says the item does not exist ("本单位无<某项>…"), if any. */
export function absenceSentence(text: string, item: RegExp): string | undefined {
  for (const sentence of text.replace(/\n/g, "").match(/[^。；;]+[。；;]?/g) ?? []) {
    // "<某项>预算为0": the item named, then said to be zero.
    const named = item.exec(sentence);
    if (named) {
      const after = sentence.slice(named.index + named[0].length);
      const zero = ZERO_STATED.exec(after);
      if (zero && zero.index <= ABSENCE_REACH) return sentence.trim();
    }
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
    return def && !def.measure
      ? [{ name: m.key, pattern: new RegExp((def.absentAs ?? def.pattern).source) }]
      : [];
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
  addPassages(draft, await absencePassages(k, plan, scopes));
}

/**
 * An item no table or sentence gives an amount for, of which the document says it has none
 * ("本单位无国有资本经营预算收支"): the answer is that statement, quoted, not "not found".
 */
export async function answerStatedAbsence(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  draft: Draft,
): Promise<void> {
  if (draft.status !== "not_found" || plan.metrics.length !== 1 || scopes.length !== 1) return;
  // Not found for another reason (a basis or year not published): the item itself exists.
  const [ref] = plan.metrics;
  if (k.factsOf(scopes[0].doc.docId).some((fact) => isFactOf(k, fact, ref))) return;
  const passages = await absencePassages(k, plan, scopes);
  if (!passages.length) return;
  const [{ unit, year }] = scopes;
  draft.status = "answered";
  draft.headline = [`${unit}${year}年度文件写明没有${itemPatterns(plan)[0].name}，未列金额：`];
  // The lookup's "not found" notes: the statement found is the answer.
  draft.notes = [];
  addPassages(draft, passages);
}

function addPassages(draft: Draft, passages: Passage[]): void {
  for (const passage of passages) {
    draft.passages.push(passage);
    draft.extraSources.push({ chunkId: passage.chunk.id });
  }
}

/** Each scope's sentence stating that an asked item does not exist, with its passage. */
async function absencePassages(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (const scope of scopes) {
    for (const { name, pattern } of itemPatterns(plan)) {
      const hits = await retrieve(
        k,
        `无 ${name}`,
        { units: [scope.unit], years: [scope.doc.year], type: "section" },
        8,
      );
      const stating = statingPassages(
        hits.map((h) => h.chunk).filter((c) => c.docId === scope.doc.docId),
        pattern,
      );
      passages.push(...stating.slice(0, STATEMENTS_QUOTED));
    }
  }
  return passages;
}

/** The passages whose sentence states the item does not exist, one per distinct sentence. */
function statingPassages(chunks: Chunk[], pattern: RegExp): Passage[] {
  const passages: Passage[] = [];
  for (const chunk of chunks) {
    // A section chunk's first line is its heading (unit, year, section path).
    const sentence = absenceSentence(chunk.text.split("\n").slice(1).join("\n"), pattern);
    if (sentence && !passages.some((passage) => passage.text === sentence))
      passages.push({ chunk, title: chunk.section.join(" > "), text: sentence });
  }
  return passages;
}
