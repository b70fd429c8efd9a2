import { searchBm25 } from "../../ingest/index/bm25.js";
import type { Chunk } from "../../ingest/schema.js";
import type { Knowledge } from "./knowledge.js";

export interface RetrievalFilter {
  units?: string[];
  years?: number[];
  kind?: "决算" | "预算";
  type?: Chunk["type"];
}

export interface Retrieved {
  chunk: Chunk;
  score: number;
}

/**
 * Hybrid retrieval: BM25 over jieba words and bigrams, and the hnswlib vector index, each
 * restricted to chunks matching the unit/year/kind filter, merged by reciprocal-rank fusion.
 */
export async function retrieve(
  k: Knowledge,
  query: string,
  filter: RetrievalFilter,
  limit = 5,
): Promise<Retrieved[]> {
  const chunks = k.index.chunks;
  const allow = (i: number) => {
    const c = chunks[i];
    return (
      !!c &&
      (!filter.units?.length || filter.units.includes(c.unit)) &&
      (!filter.years?.length || filter.years.includes(c.year)) &&
      (!filter.kind || c.kind === filter.kind) &&
      (!filter.type || c.type === filter.type)
    );
  };
  const depth = Math.max(20, limit * 4);
  const lexical = searchBm25(k.index.bm25, query, depth, allow);
  const vector = k.index.vectors.search(await k.embeddings.embedQuery(query), depth, allow);
  const fused = new Map<number, number>();
  const K = 60;
  lexical.forEach((r, rank) => fused.set(r.doc, (fused.get(r.doc) ?? 0) + 1 / (K + rank + 1)));
  vector.forEach((r, rank) => fused.set(r.label, (fused.get(r.label) ?? 0) + 1 / (K + rank + 1)));
  return [...fused.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([i, score]) => ({ chunk: chunks[i], score }));
}
