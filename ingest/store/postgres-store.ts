import { createHash } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import type { Figure } from "../domain/select-figures.js";
import { DocumentInfo, Manifest, type Chunk, type Fact, type ParsedTable } from "../schema.js";
import { readHead, unreadable } from "./postgres-head.js";
import { factPage, factWhere, Params, redactUrl } from "./postgres-rows.js";
import { DEFAULT_SCHEMA, PG_MIGRATIONS, PG_SCHEMA_VERSION, SchemaName } from "./postgres-schema.js";
import { PostgresSearch } from "./postgres-search.js";
import { metaValue, readVectorMode, schemaExists, type VectorMode } from "./postgres-setup.js";
import { PostgresWriter } from "./postgres-writer.js";
import { META } from "./sqlite-schema.js";
import { sectionKey } from "./sqlite-rows.js";
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
} from "./store.js";

export const PostgresStoreOptions = z.object({
  /** Local folder for caches (hnswlib segments downloaded from the database). */
  cacheDir: z.string().min(1),
  /** The PostgreSQL schema holding the tables. */
  schema: SchemaName.default(DEFAULT_SCHEMA),
  /** Filtered sets up to this many chunks (default EXACT_CANDIDATES) are scored exactly; larger ones use the database's indexes. */
  exactCandidates: z.number().int().min(0).optional(),
  /** Memory whole-store vector search may take through hnswlib segments (config VECTOR_MEMORY_MB); absent: no limit. pgvector is not limited. */
  vectorMemoryBytes: z.number().int().min(0).optional(),
  /** Reader connections. */
  poolSize: z.number().int().min(1).default(4),
});
export type PostgresStoreOptions = z.input<typeof PostgresStoreOptions>;
type Settings = z.output<typeof PostgresStoreOptions>;

const DatabaseUrl = z.string().regex(/^postgres(ql)?:\/\//, "a postgres:// URL");

/** The index in PostgreSQL (DATABASE_URL): one schema, one transaction per ingest, a pool of readers. */
export class PostgresStore implements Store {
  private readonly url: string;
  private readonly settings: Settings;

  constructor(url: string, options: PostgresStoreOptions) {
    this.url = DatabaseUrl.parse(url);
    this.settings = PostgresStoreOptions.parse(options);
  }

  reader(): IndexStore {
    return new PostgresReader(this.url, this.settings);
  }

  writer(options: { waitMs?: number } = {}): Promise<StoreWriter> {
    return PostgresWriter.open(this.url, this.settings.schema, options.waitMs ?? 0);
  }
}

class PostgresReader implements IndexStore {
  readonly kind = "postgres" as const;
  readonly location: string;
  private readonly connections: ReaderPool;
  private readonly schema: string;
  private readonly search: PostgresSearch;
  private mode: VectorMode | undefined;

  constructor(url: string, settings: Settings) {
    this.location = redactUrl(url);
    this.schema = settings.schema;
    this.connections = new ReaderPool(url, settings.poolSize, this.location);
    const cacheKey = createHash("sha256")
      .update(`${this.location}|${this.schema}`)
      .digest("hex")
      .slice(0, 12);
    this.search = new PostgresSearch(() => this.pool, this.schema, {
      exactCandidates: settings.exactCandidates,
      cacheFolder: join(settings.cacheDir, "pg-segments", cacheKey),
      vectorMemoryBytes: settings.vectorMemoryBytes,
      meta: (key) => this.meta(key),
    });
  }

  private get pool(): pg.Pool {
    return this.connections.pool();
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(sql, values)).rows;
  }

  private meta(key: string): Promise<string | undefined> {
    return metaValue(this.pool, this.schema, key);
  }

  async generation(): Promise<string | undefined> {
    try {
      if (!(await schemaExists(this.pool, this.schema))) return undefined;
      return await this.meta(META.generation);
    } catch (error) {
      throw unreadable(this.location, error);
    }
  }

  async documentInfos(): Promise<DocumentInfo[]> {
    const rows = await this.rows<{ info: string }>(
      `SELECT info FROM ${this.schema}.documents ORDER BY doc_id COLLATE "C"`,
    );
    return rows.map((row) => DocumentInfo.parse(JSON.parse(row.info)));
  }

  async documentInfo(docId: string): Promise<DocumentInfo | undefined> {
    const [row] = await this.rows<{ info: string }>(
      `SELECT info FROM ${this.schema}.documents WHERE doc_id = $1`,
      [docId],
    );
    return row ? DocumentInfo.parse(JSON.parse(row.info)) : undefined;
  }

  async head(): Promise<StoreHead> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw unreadable(this.location, error);
    });
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      if (!(await schemaExists(client, this.schema)))
        throw new AppError("INDEX_MISSING", `No index in ${this.location}: run \`npm run ingest\` first`);
      const head = await readHead(client, this.schema);
      await client.query("COMMIT");
      return head;
    } catch (error) {
      await client
        .query("ROLLBACK")
        .catch((rollback: unknown) => console.warn(`rollback: ${String(rollback)}`));
      throw unreadable(this.location, error);
    } finally {
      client.release();
    }
  }

  async facts(query: FactQuery): Promise<Fact[]> {
    const params = new Params();
    const where = factWhere(this.schema, query, params);
    const page = factPage(query, params);
    const rows = await this.rows<{ body: string }>(
      `SELECT body FROM ${this.schema}.facts f ${where} ORDER BY f.rowid${page}`,
      params.values,
    );
    return rows.map((row) => JSON.parse(row.body) as Fact);
  }

  async countFacts(query: FactQuery): Promise<number> {
    const params = new Params();
    const where = factWhere(this.schema, query, params);
    const [row] = await this.rows<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.schema}.facts f ${where}`,
      params.values,
    );
    return Number(row.n);
  }

  async factsByIds(ids: string[]): Promise<Fact[]> {
    if (!ids.length) return [];
    const rows = await this.rows<{ body: string }>(
      `SELECT body FROM ${this.schema}.facts WHERE id = ANY($1::text[]) ORDER BY rowid`,
      [ids],
    );
    return rows.map((row) => JSON.parse(row.body) as Fact);
  }

  async figures(query: FigureQuery): Promise<Figure[]> {
    const docs = query.docIds ? " AND doc_id = ANY($3::text[])" : "";
    return this.rows<Figure>(
      `SELECT metric, want, doc_id AS "docId", fact AS "factId", value FROM ${this.schema}.figures
       WHERE metric = ANY($1::text[]) AND want = ANY($2::text[])${docs}
       ORDER BY doc_id COLLATE "C", metric COLLATE "C", want COLLATE "C"`,
      query.docIds ? [query.metrics, query.wants, query.docIds] : [query.metrics, query.wants],
    );
  }

  async table(id: string): Promise<ParsedTable | undefined> {
    const [row] = await this.rows<{ body: string }>(`SELECT body FROM ${this.schema}.tables WHERE id = $1`, [
      id,
    ]);
    return row ? (JSON.parse(row.body) as ParsedTable) : undefined;
  }

  async chunks(ids: string[]): Promise<Chunk[]> {
    if (!ids.length) return [];
    const rows = await this.rows<{ body: string }>(
      `SELECT body FROM ${this.schema}.chunks WHERE id = ANY($1::text[]) ORDER BY rowid`,
      [ids],
    );
    return rows.map((row) => JSON.parse(row.body) as Chunk);
  }

  async sectionChunk(docId: string, section: string[]): Promise<Chunk | undefined> {
    const [row] = await this.rows<{ body: string }>(
      `SELECT body FROM ${this.schema}.chunks WHERE doc_id = $1 AND type = 'section' AND section_key = $2 ORDER BY rowid LIMIT 1`,
      [docId, sectionKey(section)],
    );
    return row ? (JSON.parse(row.body) as Chunk) : undefined;
  }

  searchText(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    return this.search.text(query, filter, limit);
  }

  async searchVectors(vector: number[], filter: ChunkFilter, limit: number): Promise<ScoredChunk[]> {
    return this.search.vectors(vector, filter, limit, await this.vectorMode());
  }

  /** Fixed when the schema is created, so read once (until the first ingest sets it). */
  private async vectorMode(): Promise<VectorMode> {
    this.mode ??= await readVectorMode(this.pool, this.schema);
    return this.mode ?? { kind: "segments" };
  }

  /** PostgreSQL checksums and maintains its own pages; the quick checks are the whole check. */
  async integrity(): Promise<StoreCheck> {
    return { ok: true, problems: [] };
  }

  async check(): Promise<StoreCheck> {
    const problems: string[] = [];
    try {
      if (!(await schemaExists(this.pool, this.schema)))
        return { ok: false, problems: [`no index in ${this.location} (schema ${this.schema})`] };
      const version = Number(await this.meta(META.schema));
      if (PG_MIGRATIONS[version] !== undefined)
        problems.push(
          `storage version ${version}: run \`npm run ingest\` once to bring it up to ${PG_SCHEMA_VERSION}`,
        );
      else if (version !== PG_SCHEMA_VERSION)
        problems.push(`storage version ${version}, expected ${PG_SCHEMA_VERSION}`);
      const manifest = Manifest.parse(JSON.parse((await this.meta(META.manifest)) ?? "null"));
      const [actual] = await this.rows<Record<"documents" | "facts" | "chunks" | "tables", string>>(
        `SELECT ${["documents", "facts", "chunks", "tables"]
          .map((table) => `(SELECT count(*) FROM ${this.schema}.${table}) AS ${table}`)
          .join(", ")}`,
      );
      for (const [name, n] of Object.entries(actual)) {
        const expected = manifest.counts[name as keyof typeof actual];
        if (Number(n) !== expected) problems.push(`${name}: ${n} stored, manifest says ${expected}`);
      }
      problems.push(...(await this.search.checkVectors(await this.vectorMode(), Number(actual.chunks))));
    } catch (error) {
      problems.push((error as Error).message);
    }
    return { ok: problems.length === 0, problems };
  }

  async close(): Promise<void> {
    await this.connections.end();
  }
}

/** Reader connections, opened on first use and again after close() (as SQLite's reader reopens its file). */
class ReaderPool {
  private current: pg.Pool | undefined;

  constructor(
    private readonly url: string,
    private readonly size: number,
    private readonly location: string,
  ) {}

  pool(): pg.Pool {
    if (this.current) return this.current;
    const pool = new pg.Pool({ connectionString: this.url, max: this.size });
    // An idle connection that breaks must not crash the process; the next query reconnects.
    pool.on("error", (error) => console.warn(`PostgreSQL connection of ${this.location}: ${error.message}`));
    this.current = pool;
    return pool;
  }

  async end(): Promise<void> {
    const pool = this.current;
    this.current = undefined;
    await pool?.end();
  }
}
