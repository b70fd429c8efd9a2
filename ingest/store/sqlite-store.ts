import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { AppError } from "../../lib/app-error.js";
import { DocumentInfo, Manifest, ParsedTable, UnitInfo, type Chunk, type Fact } from "../schema.js";
import {
  bytesToVector,
  EXACT_CANDIDATES,
  queryTerms,
  scoreBm25,
  scoreCosine,
  type CorpusStats,
} from "./scoring.js";
import { META } from "./sqlite-schema.js";
import { chunkWhere, factWhere, inBatches, parseChunks, parseFacts, sectionKey } from "./sqlite-rows.js";
import { DB_FILE, SEGMENT_DIR, sqliteProblems } from "./sqlite-check.js";
import { quickCheckInBackground } from "./sqlite-integrity.js";
import { SqliteWriter } from "./sqlite-writer.js";
import type {
  ChunkFilter,
  FactQuery,
  IndexStore,
  ScoredChunk,
  Store,
  StoreCheck,
  StoreHead,
  StoreWriter,
  Subject,
} from "./store.js";
import { SegmentSet } from "./vector-segments.js";

/** The embedded default: INDEX_DIR/index.db (WAL, read-only for the server) and hnswlib segments beside it. */
export class SqliteStore implements Store {
  constructor(readonly dir: string) {}

  reader(): IndexStore {
    return new SqliteReader(this.dir);
  }

  writer(options: { waitMs?: number } = {}): Promise<StoreWriter> {
    return SqliteWriter.open(this.dir, options.waitMs ?? 0);
  }
}

class SqliteReader implements IndexStore {
  readonly kind = "sqlite" as const;
  private db: Database.Database | undefined;
  private inode: number | undefined;
  private segments: { generation: string; set: SegmentSet } | undefined;

  constructor(readonly location: string) {}

  /**
   * The open connection. When the file is removed and ingested again, the old connection (to the
   * unlinked file) keeps serving until the new file holds a committed ingest.
   */
  private connection(): Database.Database {
    const file = join(this.location, DB_FILE);
    const inode = existsSync(file) ? statSync(file).ino : undefined;
    if (this.db && (inode === undefined || inode === this.inode)) return this.db;
    if (inode === undefined)
      throw new AppError("INDEX_MISSING", `No index in ${this.location}: run \`npm run ingest\` first`);
    const fresh = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    if (this.db && !committed(fresh)) {
      fresh.close();
      return this.db;
    }
    this.db?.close();
    this.segments = undefined;
    this.db = fresh;
    this.inode = inode;
    return fresh;
  }

  private meta(key: string): string | undefined {
    return this.connection().prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as
      string | undefined;
  }

  async generation(): Promise<string | undefined> {
    if (!this.db && !existsSync(join(this.location, DB_FILE))) {
      const segments = join(this.location, SEGMENT_DIR);
      if (existsSync(segments) && readdirSync(segments).length)
        throw new AppError(
          "INDEX_CORRUPT",
          `${join(this.location, DB_FILE)} is missing but its vector segments are there`,
        );
      return undefined;
    }
    try {
      return this.meta(META.generation);
    } catch (error) {
      throw corrupt(this.location, error);
    }
  }

  async head(): Promise<StoreHead> {
    const db = this.connection();
    try {
      return db.transaction(() => {
        const manifest = Manifest.parse(JSON.parse(this.meta(META.manifest) ?? "null"));
        const documents = (
          db.prepare("SELECT info FROM documents ORDER BY doc_id").pluck().all() as string[]
        ).map((t) => DocumentInfo.parse(JSON.parse(t)));
        const units = (db.prepare("SELECT info FROM units ORDER BY rowid").pluck().all() as string[]).map(
          (t) => UnitInfo.parse(JSON.parse(t)),
        );
        const subjects = (
          db
            .prepare(
              // With one min() aggregate, SQLite takes the bare columns (scheme) from that first row.
              `SELECT v.code, v.name, v.scheme, min(v.rowid) AS first, json_group_array(DISTINCT d.unit) AS units
               FROM vocabulary v JOIN documents d USING (doc_id)
               WHERE v.type = 'subject' GROUP BY v.code, v.name ORDER BY first`,
            )
            .all() as { code: string | null; name: string; scheme: Subject["scheme"]; units: string }[]
        ).map((r) => ({
          ...(r.code ? { code: r.code } : {}),
          name: r.name,
          scheme: r.scheme,
          units: JSON.parse(r.units) as string[],
        }));
        const projects = db
          .prepare("SELECT name FROM vocabulary WHERE type = 'project' GROUP BY name ORDER BY min(rowid)")
          .pluck()
          .all() as string[];
        return { manifest, documents, units, subjects, projects };
      })();
    } catch (error) {
      throw corrupt(this.location, error);
    }
  }

  async facts(query: FactQuery): Promise<Fact[]> {
    if (metricsOnly(query)) return this.factsByMetric(query);
    const where = factWhere(query);
    const page =
      query.limit !== undefined
        ? ` LIMIT ${Math.max(0, query.limit)} OFFSET ${Math.max(0, query.offset ?? 0)}`
        : "";
    return parseFacts(
      this.connection()
        .prepare(`SELECT body FROM facts f ${where.sql} ORDER BY f.rowid${page}`)
        .all(...where.params) as { body: string }[],
    );
  }

  /** Facts of lexicon metrics, read from the metric-clustered copy (rankings across every unit). */
  private factsByMetric(query: FactQuery): Fact[] {
    const params: unknown[] = [...query.metrics!];
    let sql = `SELECT fact, body FROM fact_metrics WHERE metric IN (${query.metrics!.map(() => "?").join(",")})`;
    if (query.docIds) {
      sql += ` AND doc_id IN (${query.docIds.map(() => "?").join(",")})`;
      params.push(...query.docIds);
    }
    const rows = this.connection()
      .prepare(sql)
      .all(...params) as { fact: number; body: string }[];
    // A fact tagged with two of the metrics is one fact; store order, as everywhere.
    const unique = new Map(rows.map((row) => [row.fact, row]));
    return parseFacts([...unique.values()].sort((a, b) => a.fact - b.fact));
  }

  async countFacts(query: FactQuery): Promise<number> {
    const where = factWhere(query);
    return this.connection()
      .prepare(`SELECT count(*) FROM facts f ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  }

  async factsByIds(ids: string[]): Promise<Fact[]> {
    return parseFacts(this.byIds("facts", ids));
  }

  async table(id: string): Promise<ParsedTable | undefined> {
    const body = this.connection().prepare("SELECT body FROM tables WHERE id = ?").pluck().get(id) as
      string | undefined;
    return body ? (JSON.parse(body) as ParsedTable) : undefined;
  }

  async chunks(ids: string[]): Promise<Chunk[]> {
    return parseChunks(this.byIds("chunks", ids));
  }

  /** Rows by id, in insertion order. */
  private byIds(table: "facts" | "chunks", ids: string[]): { body: string }[] {
    const db = this.connection();
    return inBatches(
      ids,
      (batch) =>
        db
          .prepare(`SELECT rowid, body FROM ${table} WHERE id IN (${batch.map(() => "?").join(",")})`)
          .all(...batch) as { rowid: number; body: string }[],
    ).sort((a, b) => a.rowid - b.rowid);
  }

  async sectionChunk(docId: string, section: string[]): Promise<Chunk | undefined> {
    const body = this.connection()
      .prepare(
        "SELECT body FROM chunks WHERE doc_id = ? AND type = 'section' AND section_key = ? ORDER BY rowid LIMIT 1",
      )
      .pluck()
      .get(docId, sectionKey(section)) as string | undefined;
    return body ? (JSON.parse(body) as Chunk) : undefined;
  }

  private candidateCount(filter: ChunkFilter): number {
    const where = chunkWhere(filter);
    return this.connection()
      .prepare(`SELECT count(*) FROM chunks c WHERE ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
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

  async searchText(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const db = this.connection();
    const where = chunkWhere(filter);
    // A filtered set is scored whole; over the whole store the full-text index picks the
    // candidates. Both are scored by the same BM25, so scores compare across the two paths.
    const candidates = (
      this.candidateCount(filter) <= EXACT_CANDIDATES
        ? db
            .prepare(`SELECT rowid, terms FROM chunks c WHERE ${where.sql} ORDER BY c.rowid`)
            .all(...where.params)
        : db
            .prepare(
              `SELECT c.rowid AS rowid, c.terms AS terms FROM chunk_fts JOIN chunks c ON c.rowid = chunk_fts.rowid
               WHERE chunk_fts MATCH ? AND ${where.sql} ORDER BY bm25(chunk_fts), c.rowid LIMIT ?`,
            )
            .all(terms.map((t) => `"${t}"`).join(" OR "), ...where.params, Math.max(200, limit * 10))
    ) as { rowid: number; terms: string }[];
    return this.withChunks(scoreBm25(terms, candidates, this.corpusStats(terms)).slice(0, limit));
  }

  /** Store-wide BM25 statistics for the query terms. */
  private corpusStats(terms: string[]): CorpusStats {
    const frequency = this.connection()
      .prepare(`SELECT term, doc FROM chunk_terms WHERE term IN (${terms.map(() => "?").join(",")})`)
      .all(...terms) as { term: string; doc: number }[];
    const count = Number(this.meta(META.chunkCount) ?? 0);
    return {
      count,
      averageLength: Number(this.meta(META.termTotal) ?? 0) / (count || 1),
      documentFrequency: new Map(frequency.map((f) => [f.term, f.doc])),
    };
  }

  async searchVectors(vector: number[], filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    const db = this.connection();
    const where = chunkWhere(filter);
    if (this.candidateCount(filter) <= EXACT_CANDIDATES) {
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
    const generation = this.meta(META.generation) ?? "";
    if (this.segments?.generation !== generation) {
      const rows = this.connection().prepare("SELECT name, dimensions FROM segments ORDER BY name").all() as {
        name: string;
        dimensions: number;
      }[];
      this.segments = {
        generation,
        set: new SegmentSet(
          rows.map((r) => join(this.location, SEGMENT_DIR, r.name)),
          rows[0]?.dimensions ?? 1,
        ),
      };
    }
    return this.segments.set;
  }

  /** Checked on a connection of its own: a long-lived one can misread FTS pages a writer is changing. */
  async check(): Promise<StoreCheck> {
    let db: Database.Database | undefined;
    let problems: string[];
    try {
      db = new Database(join(this.location, DB_FILE), { readonly: true, fileMustExist: true, timeout: 5000 });
      problems = sqliteProblems(db, this.location);
      if (!this.meta(META.manifest)) problems.push("the store has no committed ingest");
    } catch (error) {
      problems = [(error as Error).message];
    } finally {
      db?.close();
    }
    return { ok: problems.length === 0, problems };
  }

  async integrity(): Promise<StoreCheck> {
    const problems = await quickCheckInBackground(join(this.location, DB_FILE));
    return { ok: problems.length === 0, problems };
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = undefined;
  }
}

/** Only metrics (and documents) asked: the clustered copy answers it. */
function metricsOnly(query: FactQuery): boolean {
  const { metrics, docIds, ...rest } = query;
  return (
    !!metrics?.length &&
    (!docIds || docIds.length > 0) &&
    Object.values(rest).every((value) => value === undefined || (Array.isArray(value) && !value.length))
  );
}

/** Does this database hold a committed ingest (a writer may be creating its first one)? */
function committed(db: Database.Database): boolean {
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'meta'").pluck().get() as number;
  return (
    tables > 0 &&
    db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(META.generation) !== undefined
  );
}

function corrupt(location: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    "INDEX_CORRUPT",
    `Index in ${location} is unreadable: ${(error as Error).message}`,
    undefined,
    { cause: error },
  );
}
