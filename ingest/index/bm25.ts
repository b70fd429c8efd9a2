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

/**
 * Okapi BM25 over jieba words and character bigrams, built one chunk at a time so a large
 * corpus never holds all chunk texts at once.
 */
export class Bm25Builder {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  add(text: string): void {
    const doc = this.lengths.length;
    const terms = lexicalTerms(text);
    this.lengths.push(terms.length);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push(doc, n);
    }
  }

  data(): Bm25Data {
    const avgLength = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, this.lengths.length);
    return {
      k1: this.k1,
      b: this.b,
      avgLength,
      lengths: this.lengths,
      postings: Object.fromEntries(this.postings),
    };
  }
}

export function buildBm25(texts: string[], k1 = 1.2, b = 0.75): Bm25Data {
  const builder = new Bm25Builder(k1, b);
  for (const t of texts) builder.add(t);
  return builder.data();
}

/** bm25.jsonl: parameters, then document lengths, then one line per term: a large index is never one string. */
export function* bm25Lines(data: Bm25Data): Generator<string> {
  yield JSON.stringify({ k1: data.k1, b: data.b, avgLength: data.avgLength });
  yield JSON.stringify(data.lengths);
  for (const [term, list] of Object.entries(data.postings)) yield JSON.stringify([term, list]);
}

const Bm25Head = z.object({ k1: z.number(), b: z.number(), avgLength: z.number() });
const Bm25Term = z.tuple([z.string(), z.array(z.number())]);

export function bm25FromLines(lines: string[]): Bm25Data {
  const head = Bm25Head.parse(JSON.parse(lines[0] ?? "null"));
  const lengths = z.array(z.number()).parse(JSON.parse(lines[1] ?? "null"));
  const postings: Record<string, number[]> = {};
  for (const line of lines.slice(2)) {
    if (!line) continue;
    const [term, list] = Bm25Term.parse(JSON.parse(line));
    postings[term] = list;
  }
  return { ...head, lengths, postings };
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
