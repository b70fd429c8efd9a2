import { statSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { Chunk } from "../schema.js";
import {
  bytesToVector,
  candidateTerms,
  EXACT_CANDIDATES,
  queryTerms,
  scoreBm25,
  scoreCosine,
  type CorpusStats,
  type TermCandidate,
} from "./scoring.js";
import { SEGMENT_DIR } from "./sqlite-check.js";
import { chunkWhere, inBatches } from "./sqlite-rows.js";
import { META, readMeta } from "./sqlite-schema.js";
import type { ChunkFilter, ScoredChunk } from "./store.js";
import { SegmentSet } from "./vector-segments.js";

/** Terms whose chunk counts are kept at most (a few MB); past it the counts are read again. */
const MAX_CACHED_TERMS = 200_000;

/**
 * Text and vector search over the SQLite store: exact BM25 and cosine over a filtered set of at
 * most EXACT_CANDIDATES chunks; over the whole store, FTS5 and the hnswlib segments pick the
 * candidates (scored by the same BM25).
 */
export class SqliteSearch {
  private segments: { generation: string; set: SegmentSet } | undefined;
  private frequencies: { generation: string; byTerm: Map<string, number> } | undefined;

  constructor(
    private readonly connection: () => Database.Database,
    private readonly location: string,
    private readonly vectorMemoryBytes?: number,
  ) {}

  /** The file was replaced: its segments and term counts are another set. */
  forgetSegments(): void {
    this.segments = undefined;
    this.frequencies = undefined;
  }

  /** Does the filter hold at most EXACT_CANDIDATES chunks? Counts no further than that. */
  private isSmall(filter: ChunkFilter): boolean {
    const where = chunkWhere(filter);
    const held = this.connection()
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM chunks c WHERE ${where.sql} LIMIT ?)`)
      .pluck()
      .get(...where.params, EXACT_CANDIDATES + 1) as number;
    return held <= EXACT_CANDIDATES;
  }

  private withChunks(scored: { rowid: number; score: number }[]): ScoredChunk[] {
    if (!scored.length) return [];
    const db = this.connection();
    const rows = inBatches(
      scored.map((s) => s.rowid),
      (batch) =>
        db
          .prepare(`SELECT rowid, body FROM chunks WHERE rowid IN (${batch.map(() => "?").join(",")})`)
          .all(...batch) as { rowid: number; body: string }[],
    );
    const byRow = new Map(rows.map((r) => [r.rowid, JSON.parse(r.body) as Chunk]));
    return scored
      .filter((s) => byRow.has(s.rowid))
      .map((s) => ({ chunk: byRow.get(s.rowid)!, score: s.score }));
  }

  text(query: string, filter: ChunkFilter, limit: number): ScoredChunk[] {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const stats = this.corpusStats(terms);
    // A filtered set is scored whole; over the whole store the full-text index picks the
    // candidates. Both are scored by the same BM25, so scores compare across the two paths.
    const candidates = this.isSmall(filter)
      ? this.filteredTerms(filter)
      : this.matchedTerms(candidateTerms(terms, stats), filter, Math.max(200, limit * 10));
    return this.withChunks(scoreBm25(terms, candidates, stats).slice(0, limit));
  }

  private filteredTerms(filter: ChunkFilter): TermCandidate[] {
    const where = chunkWhere(filter);
    return this.connection()
      .prepare(`SELECT rowid, terms FROM chunks c WHERE ${where.sql} ORDER BY c.rowid`)
      .all(...where.params) as TermCandidate[];
  }

  /** The chunks of the filter holding any of `terms`, best first by FTS5's BM25 over those terms. */
  private matchedTerms(terms: string[], filter: ChunkFilter, limit: number): TermCandidate[] {
    if (!terms.length) return [];
    const where = chunkWhere(filter);
    return this.connection()
      .prepare(
        `SELECT c.rowid AS rowid, c.terms AS terms FROM chunk_fts JOIN chunks c ON c.rowid = chunk_fts.rowid
         WHERE chunk_fts MATCH ? AND ${where.sql} ORDER BY bm25(chunk_fts), c.rowid LIMIT ?`,
      )
      .all(terms.map((t) => `"${t}"`).join(" OR "), ...where.params, limit) as TermCandidate[];
  }

  /** Store-wide BM25 statistics for the query terms. */
  private corpusStats(terms: string[]): CorpusStats {
    const db = this.connection();
    const count = Number(readMeta(db, META.chunkCount) ?? 0);
    const frequency = this.documentFrequencies(terms, readMeta(db, META.generation) ?? "");
    return {
      count,
      averageLength: Number(readMeta(db, META.termTotal) ?? 0) / (count || 1),
      documentFrequency: new Map(
        terms.flatMap((term) => (frequency.get(term) ? [[term, frequency.get(term)!]] : [])),
      ),
    };
  }

  /**
   * How many chunks hold each term (0: none), kept per store generation: FTS5's vocabulary table
   * counts a term's chunks by reading its whole posting list, which for a common term of a large
   * store takes milliseconds, on every question that says it.
   */
  private documentFrequencies(terms: string[], generation: string): Map<string, number> {
    if (this.frequencies?.generation !== generation || this.frequencies.byTerm.size > MAX_CACHED_TERMS)
      this.frequencies = { generation, byTerm: new Map() };
    const { byTerm } = this.frequencies;
    const unknown = [...new Set(terms)].filter((term) => !byTerm.has(term));
    if (unknown.length) {
      const rows = this.connection()
        .prepare(`SELECT term, doc FROM chunk_terms WHERE term IN (${unknown.map(() => "?").join(",")})`)
        .all(...unknown) as { term: string; doc: number }[];
      for (const term of unknown) byTerm.set(term, 0);
      for (const row of rows) byTerm.set(row.term, row.doc);
    }
    return byTerm;
  }

  vectors(vector: number[], filter: ChunkFilter, limit: number): ScoredChunk[] {
    const db = this.connection();
    const where = chunkWhere(filter);
    if (this.isSmall(filter)) {
      const rows = db
        .prepare(`SELECT rowid, vector FROM chunks c WHERE ${where.sql} ORDER BY c.rowid`)
        .all(...where.params) as { rowid: number; vector: Buffer }[];
      return this.withChunks(
        scoreCosine(
          vector,
          rows.map((r) => ({ rowid: r.rowid, vector: bytesToVector(r.vector) })),
        ).slice(0, limit),
      );
    }
    // Whole-store search through the hnswlib segments; over-fetch, then apply the filter.
    const hits = this.segmentSet().search(vector, limit * 10);
    const allowed = new Set(
      inBatches(
        hits.map((h) => h.label),
        (batch) =>
          db
            .prepare(
              `SELECT rowid FROM chunks c WHERE ${where.sql} AND c.rowid IN (${batch.map(() => "?").join(",")})`,
            )
            .pluck()
            .all(...where.params, ...batch) as number[],
      ),
    );
    return this.withChunks(
      hits
        .filter((h) => allowed.has(h.label))
        .map((h) => ({ rowid: h.label, score: h.score }))
        .slice(0, limit),
    );
  }

  private segmentSet(): SegmentSet {
    const generation = readMeta(this.connection(), META.generation) ?? "";
    if (this.segments?.generation !== generation) {
      const rows = this.connection().prepare("SELECT name, dimensions FROM segments ORDER BY name").all() as {
        name: string;
        dimensions: number;
      }[];
      const files = rows.map((r) => join(this.location, SEGMENT_DIR, r.name));
      this.segments = {
        generation,
        set: new SegmentSet(files, rows[0]?.dimensions ?? 1, {
          bytes: files.reduce((total, file) => total + statSync(file).size, 0),
          memoryBytes: this.vectorMemoryBytes,
        }),
      };
    }
    return this.segments.set;
  }
}
