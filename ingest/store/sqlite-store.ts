import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { AppError } from "../../lib/app-error.js";
import type { Figure } from "../domain/select-figures.js";
import { DocumentInfo, Manifest, ParsedTable, UnitInfo, type Chunk, type Fact } from "../schema.js";
import { hasMetaTable, META, readMeta } from "./sqlite-schema.js";
import { factWhere, inBatches, inList, parseChunks, parseFacts, sectionKey } from "./sqlite-rows.js";
import { DB_FILE, deferredCounts, SEGMENT_DIR, sqliteProblems } from "./sqlite-check.js";
import { quickCheckInBackground } from "./sqlite-integrity.js";
import { SqliteSearch } from "./sqlite-search.js";
import { SqliteWriter } from "./sqlite-writer.js";
import type {
  ChunkFilter,
  FactQuery,
  FigureQuery,
  IndexStore,
  ScoredChunk,
  Store,
  StoreCheck,
  StoreHead,
  StoreWriter,
  Subject,
} from "./store.js";

export interface SqliteStoreOptions {
  /** Memory whole-store vector search may take (config VECTOR_MEMORY_MB); absent: no limit. */
  vectorMemoryBytes?: number;
}

/** The embedded default: INDEX_DIR/index.db (WAL, read-only for the server) and hnswlib segments beside it. */
export class SqliteStore implements Store {
  readonly encodedRows = true;

  constructor(
    readonly dir: string,
    private readonly options: SqliteStoreOptions = {},
  ) {}

  reader(): IndexStore {
    return new SqliteReader(this.dir, this.options);
  }

  writer(options: { waitMs?: number } = {}): Promise<StoreWriter> {
    return SqliteWriter.open(this.dir, options.waitMs ?? 0);
  }
}

class SqliteReader implements IndexStore {
  readonly kind = "sqlite" as const;
  private db: Database.Database | undefined;
  private inode: number | undefined;
  private readonly search: SqliteSearch;

  constructor(
    readonly location: string,
    options: SqliteStoreOptions,
  ) {
    this.search = new SqliteSearch(() => this.connection(), location, options.vectorMemoryBytes);
  }

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
    this.search.forgetSegments();
    this.db = fresh;
    this.inode = inode;
    return fresh;
  }

  private meta(key: string): string | undefined {
    return readMeta(this.connection(), key);
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
          db.prepare("SELECT summary FROM summaries ORDER BY doc_id").pluck().all() as string[]
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
        const projects = (
          db
            .prepare(
              `SELECT v.name, min(v.rowid) AS first, json_group_array(DISTINCT d.unit) AS units
               FROM vocabulary v JOIN documents d USING (doc_id)
               WHERE v.type = 'project' GROUP BY v.name ORDER BY first`,
            )
            .all() as { name: string; units: string }[]
        ).map((r) => ({ name: r.name, units: JSON.parse(r.units) as string[] }));
        return { manifest, documents, units, subjects, projects };
      })();
    } catch (error) {
      throw corrupt(this.location, error);
    }
  }

  async documentInfos(): Promise<DocumentInfo[]> {
    return (
      this.connection().prepare("SELECT info FROM documents ORDER BY doc_id").pluck().all() as string[]
    ).map((text) => DocumentInfo.parse(JSON.parse(text)));
  }

  async documentInfo(docId: string): Promise<DocumentInfo | undefined> {
    const text = this.connection().prepare("SELECT info FROM documents WHERE doc_id = ?").pluck().get(docId);
    return typeof text === "string" ? DocumentInfo.parse(JSON.parse(text)) : undefined;
  }

  async facts(query: FactQuery): Promise<Fact[]> {
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

  async figures(query: FigureQuery): Promise<Figure[]> {
    const select = (docIds?: unknown[]) => {
      const params: unknown[] = [];
      const where = [inList("metric", query.metrics, params), inList("want", query.wants, params)];
      if (docIds) where.push(inList("doc_id", docIds, params));
      return this.connection()
        .prepare(
          `SELECT metric, want, doc_id AS docId, fact AS factId, value FROM figures WHERE ${where.join(" AND ")} ORDER BY doc_id, metric, want`,
        )
        .all(...params) as Figure[];
    };
    return query.docIds ? inBatches(query.docIds, select) : select();
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

  searchText(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    return Promise.resolve(this.search.text(query, filter, limit));
  }

  searchVectors(vector: number[], filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    return Promise.resolve(this.search.vectors(vector, filter, limit));
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
    const manifest = this.meta(META.manifest);
    const counts = manifest ? deferredCounts(Manifest.parse(JSON.parse(manifest))) : {};
    const problems = await quickCheckInBackground(join(this.location, DB_FILE), counts);
    return { ok: problems.length === 0, problems };
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = undefined;
  }
}

/** Does this database hold a committed ingest (a writer may be creating its first one)? */
function committed(db: Database.Database): boolean {
  return hasMetaTable(db) && readMeta(db, META.generation) !== undefined;
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
