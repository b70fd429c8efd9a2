import type { Knowledge } from "../knowledge.js";
import { retrieve, type Retrieved } from "../retrieval.js";
import type { Scope } from "../scope.js";

/** Passages searched for a topic's labels: enough to reach a paragraph under another heading. */
const SEARCHED = 8;

/**
 * The sentences of a text that a label opens ("发现的主要问题及原因：…。下一步改进措施：…。"), each from
 * its label on: what a paragraph says of the topic, without the results reported before it.
 */
export function labelledClauses(text: string, labels: RegExp): string[] {
  const clauses: string[] = [];
  for (const sentence of text.split(/(?<=[。\n])/)) {
    const at = sentence.search(labels);
    const clause = at < 0 ? "" : sentence.slice(at).trim();
    if (clause && !clauses.includes(clause)) clauses.push(clause);
  }
  return clauses;
}

/**
 * The scopes' passages with sentences a topic's labels open, found by the labels' own words, the
 * first of those that say the same thing: a passage and the labelled sentences it holds.
 */
export async function labelledPassages(
  knowledge: Knowledge,
  labels: RegExp,
  scopes: Scope[],
): Promise<{ hit: Retrieved; text: string }[]> {
  // The labels' own words: their pattern without its syntax (groups, classes, escapes like \s \d).
  const labelWords = labels.source.replace(/\\[a-zA-Z][*+?]?|\(\?:|[()?|:：\][*+]/g, " ");
  const hits = await retrieve(
    knowledge,
    labelWords,
    { units: scopes.map((s) => s.unit), years: scopes.map((s) => s.doc.year), type: "section" },
    SEARCHED,
  );
  const found: { hit: Retrieved; text: string }[] = [];
  for (const hit of hits) {
    const text = labelledClauses(hit.chunk.text, labels).join("");
    if (text && !found.some((f) => f.text === text)) found.push({ hit, text });
  }
  return found;
}
