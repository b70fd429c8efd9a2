import { z } from "zod";
import { lexicalTerms } from "./tokenize.js";

export const Bm25Data = z.object({
  k1: z.number(),
  b: z.number(),
  avgLength: z.number(),
  lengths: z.array(z.number()),
  /** term → flat [docIndex, termFrequency, docIndex, termFrequency, …] */
  postings: z.record(z.string(), z.array(z.number())),
});
export type Bm25Data = z.infer<typeof Bm25Data>;

/** Okapi BM25 over jieba words and character bigrams. Small enough to rebuild on every ingest. */
export function buildBm25(texts: string[], k1 = 1.2, b = 0.75): Bm25Data {
  const postings: Record<string, number[]> = {};
  const lengths: number[] = [];
  texts.forEach((text, doc) => {
    const terms = lexicalTerms(text);
    lengths.push(terms.length);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) (postings[t] ??= []).push(doc, n);
  });
  const avgLength = lengths.reduce((a, n) => a + n, 0) / Math.max(1, lengths.length);
  return { k1, b, avgLength, lengths, postings };
}

export function searchBm25(
  index: Bm25Data,
  query: string,
  k: number,
  allow?: (doc: number) => boolean,
): { doc: number; score: number }[] {
  const n = index.lengths.length;
  const scores = new Map<number, number>();
  for (const term of new Set(lexicalTerms(query))) {
    const list = index.postings[term];
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let i = 0; i < list.length; i += 2) {
      const doc = list[i];
      if (allow && !allow(doc)) continue;
      const tf = list[i + 1];
      const norm = tf + index.k1 * (1 - index.b + (index.b * index.lengths[doc]) / index.avgLength);
      scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (index.k1 + 1)) / norm);
    }
  }
  return [...scores.entries()]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
