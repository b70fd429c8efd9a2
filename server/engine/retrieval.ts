import type { Chunk } from "../../ingest/schema.js";
import type { ChunkFilter } from "../../ingest/store/store.js";
import type { Knowledge } from "./knowledge.js";

export type RetrievalFilter = ChunkFilter;

export interface Retrieved {
  chunk: Chunk;
  score: number;
}

/** Reciprocal-rank fusion constant. */
const RRF_K = 60;

/**
 * Hybrid retrieval: the store's BM25 over jieba words and bigrams, and its vector search, each
 * restricted to chunks matching the unit/year/kind filter, merged by reciprocal-rank fusion.
 */
export async function retrieve(
  k: Knowledge,
  query: string,
  filter: RetrievalFilter,
  limit = 5,
): Promise<Retrieved[]> {
  const depth = Math.max(20, limit * 4);
  const [lexical, vector] = await Promise.all([
    k.store.searchText(query, filter, depth),
    k.embeddings.embedQuery(query).then((v) => k.store.searchVectors(v, filter, depth)),
  ]);
  const fused = new Map<string, { chunk: Chunk; score: number }>();
  for (const list of [lexical, vector])
    list.forEach((hit, rank) => {
      const entry = fused.get(hit.chunk.id) ?? { chunk: hit.chunk, score: 0 };
      entry.score += 1 / (RRF_K + rank + 1);
      fused.set(hit.chunk.id, entry);
    });
  const top = [...fused.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  return top;
}
