import type pg from "pg";
import type { Chunk } from "../schema.js";
import { chunkWhere, Params, tsqueryText, vectorText } from "./postgres-rows.js";
import { SegmentCache } from "./postgres-segments.js";
import type { VectorMode } from "./postgres-setup.js";
import {
  BM25,
  bytesToVector,
  candidateTerms,
  EXACT_CANDIDATES,
  queryTerms,
  scoreBm25,
  scoreCosine,
} from "./scoring.js";
import { META } from "./sqlite-schema.js";
import type { ChunkFilter, ScoredChunk } from "./store.js";

interface SearchOptions {
  /** Defaults to EXACT_CANDIDATES (read per search). */
  exactCandidates?: number;
  cacheFolder: string;
  /** Memory whole-store vector search may take through hnswlib segments; absent: no limit. */
  vectorMemoryBytes?: number;
  meta(key: string): Promise<string | undefined>;
}

type Scored = { rowid: number; score: number };

/**
 * Text and vector search over `chunks`, split as in SQLite: a filtered set of at most
 * `exactCandidates` chunks is scored exactly in process (scoreBm25 with the store's document
 * frequencies, scoreCosine over the stored vectors); larger sets use the database's indexes.
 */
export class PostgresSearch {
  private readonly segments: SegmentCache;

  constructor(
    private readonly pool: () => pg.Pool,
    private readonly schema: string,
    private readonly options: SearchOptions,
  ) {
    this.segments = new SegmentCache(pool, schema, options.cacheFolder, options.vectorMemoryBytes);
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.pool().query<R>(sql, values)).rows;
  }

  /** Whether the filtered set is small enough to score exactly (counts no further than needed). */
  private async isSmall(filter: ChunkFilter): Promise<boolean> {
    const params = new Params();
    const where = chunkWhere(filter, params);
    const exact = this.options.exactCandidates ?? EXACT_CANDIDATES;
    const cap = params.add(exact + 1);
    const [row] = await this.rows<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${this.schema}.chunks c WHERE ${where} LIMIT ${cap}::bigint) AS capped`,
      params.values,
    );
    return Number(row.n) <= exact;
  }

  private async withChunks(scored: Scored[]): Promise<ScoredChunk[]> {
    if (!scored.length) return [];
    const rows = await this.rows<{ rowid: string; body: string }>(
      `SELECT rowid, body FROM ${this.schema}.chunks WHERE rowid = ANY($1::bigint[])`,
      [scored.map((hit) => hit.rowid)],
    );
    const byRow = new Map(rows.map((row) => [Number(row.rowid), JSON.parse(row.body) as Chunk]));
    return scored
      .filter((hit) => byRow.has(hit.rowid))
      .map((hit) => ({ chunk: byRow.get(hit.rowid)!, score: hit.score }));
  }

  private async corpusStats(terms: string[]) {
    const [count, total, frequency] = await Promise.all([
      this.options.meta(META.chunkCount),
      this.options.meta(META.termTotal),
      this.rows<{ term: string; doc_count: number }>(
        `SELECT term, doc_count FROM ${this.schema}.chunk_terms WHERE term = ANY($1::text[])`,
        [terms],
      ),
    ]);
    const chunks = Number(count ?? 0);
    return {
      count: chunks,
      averageLength: Number(total ?? 0) / (chunks || 1),
      documentFrequency: new Map(frequency.map((row) => [row.term, row.doc_count])),
    };
  }

  async text(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const params = new Params();
    const where = chunkWhere(filter, params);
    if (await this.isSmall(filter)) {
      const [candidates, stats] = await Promise.all([
        this.rows<{ rowid: string; terms: string }>(
          `SELECT rowid, terms FROM ${this.schema}.chunks c WHERE ${where} ORDER BY rowid`,
          params.values,
        ),
        this.corpusStats(terms),
      ]);
      const rows = candidates.map((row) => ({ rowid: Number(row.rowid), terms: row.terms }));
      return this.withChunks(scoreBm25(terms, rows, stats).slice(0, limit));
    }
    const picked = candidateTerms(terms, await this.corpusStats(terms));
    if (!picked.length) return [];
    return this.withChunks(await this.rankedText(terms, picked, where, params, limit));
  }

  /**
   * The GIN index finds the chunks holding any of the picked terms (candidateTerms); BM25 (scoreBm25's formula) ranks them in SQL
   * from the term positions (term frequency) and `chunk_terms` (document frequency).
   */
  private async rankedText(
    terms: string[],
    picked: string[],
    where: string,
    params: Params,
    limit: number,
  ): Promise<Scored[]> {
    const [count, total] = await Promise.all([
      this.options.meta(META.chunkCount),
      this.options.meta(META.termTotal),
    ]);
    const chunks = Number(count ?? 0);
    const termList = params.add(terms);
    const n = params.add(chunks);
    const average = params.add(Number(total ?? 0) / (chunks || 1) || 1);
    const query = params.add(tsqueryText(picked));
    const tf = "cardinality(u.positions)";
    const rows = await this.rows<{ rowid: string; score: number }>(
      `WITH q AS (
         SELECT t.term, ln(1 + (${n}::float8 - coalesce(ct.doc_count, 1) + 0.5) / (coalesce(ct.doc_count, 1) + 0.5)) AS idf
         FROM unnest(${termList}::text[]) AS t(term) LEFT JOIN ${this.schema}.chunk_terms ct ON ct.term = t.term)
       SELECT c.rowid, sum(q.idf * ${tf} * ${BM25.k1 + 1} /
         (${tf} + ${BM25.k1} * (1 - ${BM25.b} + ${BM25.b} * c.term_count / ${average}::float8))) AS score
       FROM ${this.schema}.chunks c
       CROSS JOIN LATERAL unnest(ts_filter(setweight(c.tsv, 'A', ${termList}::text[]), '{a}')) AS u
       JOIN q ON q.term = u.lexeme
       WHERE c.tsv @@ ${query}::tsquery AND ${where}
       GROUP BY c.rowid ORDER BY score DESC, c.rowid LIMIT ${params.add(Math.max(0, Math.trunc(limit)))}::bigint`,
      params.values,
    );
    return rows.map((row) => ({ rowid: Number(row.rowid), score: Number(row.score) }));
  }

  async vectors(
    vector: number[],
    filter: ChunkFilter,
    limit: number,
    mode: VectorMode,
  ): Promise<ScoredChunk[]> {
    const params = new Params();
    const where = chunkWhere(filter, params);
    if (await this.isSmall(filter)) {
      const rows = await this.rows<{ rowid: string; vector: Buffer }>(
        `SELECT rowid, vector FROM ${this.schema}.chunks c WHERE ${where} ORDER BY rowid`,
        params.values,
      );
      const candidates = rows.map((row) => ({ rowid: Number(row.rowid), vector: bytesToVector(row.vector) }));
      return this.withChunks(scoreCosine(vector, candidates).slice(0, limit));
    }
    // Whole-store search through the index; over-fetch, then apply the filter (as SQLite does).
    const hits =
      mode.kind === "pgvector"
        ? await this.pgvectorHits(vector, limit * 10, mode.extension)
        : await this.segmentHits(vector, limit * 10);
    if (!hits.length) return [];
    const allowed = new Set(
      (
        await this.rows<{ rowid: string }>(
          `SELECT c.rowid FROM ${this.schema}.chunks c WHERE ${where} AND c.rowid = ANY(${params.add(hits.map((hit) => hit.rowid))}::bigint[])`,
          params.values,
        )
      ).map((row) => Number(row.rowid)),
    );
    return this.withChunks(hits.filter((hit) => allowed.has(hit.rowid)).slice(0, limit));
  }

  private async segmentHits(vector: number[], depth: number): Promise<Scored[]> {
    const generation = (await this.options.meta(META.generation)) ?? "";
    const search = async () => (await this.segments.segmentSet(generation)).search(vector, depth);
    let hits: { label: number; score: number }[];
    try {
      hits = await search();
    } catch (error) {
      // A cached file removed by another reader between listing and loading: fetch again once.
      console.warn(`vector segments: ${(error as Error).message}; downloading them again`);
      this.segments.invalidate();
      hits = await search();
    }
    return hits.map((hit) => ({ rowid: hit.label, score: hit.score }));
  }

  /** pgvector's HNSW index, through the expression index of the query's dimension. */
  private async pgvectorHits(vector: number[], depth: number, extension: string): Promise<Scored[]> {
    const type = `${extension}.vector(${vector.length})`;
    const distance = `c.embedding::${type} OPERATOR(${extension}.<=>) $1::${type}`;
    const client = await this.pool().connect();
    try {
      await client.query("BEGIN READ ONLY");
      await client.query(`SET LOCAL hnsw.ef_search = ${Math.min(1000, Math.max(40, depth))}`);
      const { rows } = await client.query<{ rowid: string; distance: number | null }>(
        `SELECT c.rowid, ${distance} AS distance FROM ${this.schema}.chunks c ORDER BY ${distance} LIMIT $2`,
        [vectorText(vector), depth],
      );
      await client.query("COMMIT");
      return rows
        .filter((row) => row.distance !== null)
        .map((row) => ({ rowid: Number(row.rowid), score: 1 - Number(row.distance) }));
    } catch (error) {
      await client
        .query("ROLLBACK")
        .catch((rollback: unknown) => console.warn(`rollback: ${String(rollback)}`));
      throw error;
    } finally {
      client.release();
    }
  }

  /** Vector index problems for check(): segments present and covering every chunk, or embeddings set. */
  async checkVectors(mode: VectorMode, chunks: number): Promise<string[]> {
    const problems: string[] = [];
    if (mode.kind === "pgvector") {
      const [row] = await this.rows<{ n: string }>(
        `SELECT count(*) AS n FROM ${this.schema}.chunks WHERE embedding IS NULL AND length(vector) > 0`,
      );
      if (Number(row.n)) problems.push(`${row.n} chunks have no pgvector embedding`);
      return problems;
    }
    const segments = await this.rows<{ name: string; count: number; size: number }>(
      `SELECT name, count, octet_length(bytes) AS size FROM ${this.schema}.segments`,
    );
    for (const segment of segments)
      if (!segment.size) problems.push(`vector segment ${segment.name} is missing or empty`);
    const points = segments.reduce((n, segment) => n + segment.count, 0);
    if (points < chunks) problems.push(`vector segments hold ${points} points for ${chunks} chunks`);
    return problems;
  }
}
