import { randomUUID } from "node:crypto";
import pg from "pg";
import { documentFigures } from "../domain/select-figures.js";
import { DocumentInfo, type Manifest, type UnitInfo } from "../schema.js";
import {
  chunkColumns,
  chunkRows,
  FACT_COLUMNS,
  factRows,
  FIGURE_COLUMNS,
  insertFactLabels,
  insertFactMetrics,
  insertRows,
  VOCABULARY_COLUMNS,
  vocabularyRows,
} from "./postgres-insert.js";
import { redactUrl } from "./postgres-rows.js";
import { PGVECTOR_HNSW_MAX_DIMENSIONS, pgvectorIndexName, pgvectorSql } from "./postgres-schema.js";
import { addSegments, compactSegments } from "./postgres-segments.js";
import {
  metaValue,
  migrateSchema,
  prepareSchema,
  takeWriterLock,
  type VectorMode,
} from "./postgres-setup.js";
import { slimInfo } from "./sqlite-rows.js";
import { META } from "./sqlite-schema.js";
import type { DocumentSummary, DocumentWrite, StoredDocument, StoreWriter } from "./store.js";
import { decodeRows } from "./encoded-rows.js";

/** Term document-frequency changes are applied in statements of this many terms. */
const TERM_BATCH = 5000;

/**
 * One ingest into PostgreSQL: a single transaction holding a transaction-scoped advisory lock (the
 * single-writer lock; it ends with COMMIT or ROLLBACK, also when the connection drops). Without
 * pgvector, vectors of new chunks go into a new hnswlib segment whose bytes the commit stores.
 * Document frequencies of terms are summed over the ingest and written once, at commit.
 */
export class PostgresWriter implements StoreWriter {
  /** Vectors of the ingest's new chunks, as 32-bit floats (half a number[]'s memory) until the commit. */
  private readonly pending: { label: number; vector: Float32Array }[] = [];
  private readonly termDeltas = new Map<string, number>();
  /** Chunks and their terms added less removed by this ingest: the totals move without a scan of every chunk. */
  private chunkDelta = 0;
  private termDelta = 0;
  private closed = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly schema: string,
    private readonly vectors: VectorMode,
  ) {}

  static async open(url: string, schema: string, waitMs: number): Promise<PostgresWriter> {
    const client = new pg.Client({ connectionString: url });
    // A dropped connection fails the next statement; it must not crash the process meanwhile.
    client.on("error", (error) => console.warn(`PostgreSQL writer connection: ${error.message}`));
    await client.connect();
    try {
      await client.query("BEGIN");
      await takeWriterLock(client, schema, redactUrl(url), waitMs);
      // An older layout is brought up to date and committed on its own: an ingest that then
      // changes no document (and aborts) leaves the store upgraded.
      if (await migrateSchema(client, schema)) {
        await client.query("COMMIT");
        await client.query("BEGIN");
        await takeWriterLock(client, schema, redactUrl(url), waitMs);
      }
      return new PostgresWriter(client, schema, await prepareSchema(client, schema));
    } catch (error) {
      await client
        .query("ROLLBACK")
        .catch((rollback: unknown) => console.warn(`rollback: ${String(rollback)}`));
      await client.end();
      throw error;
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(sql, values)).rows;
  }

  private async metaNumber(key: string): Promise<number> {
    return Number((await metaValue(this.client, this.schema, key)) ?? 0);
  }

  private async setMeta(key: string, value: string): Promise<void> {
    await this.query(
      `INSERT INTO ${this.schema}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }

  async documents(): Promise<StoredDocument[]> {
    return this.query<StoredDocument>(
      `SELECT doc_id AS "docId", path, hash, parser FROM ${this.schema}.documents ORDER BY rowid`,
    );
  }

  async documentSummaries(): Promise<DocumentSummary[]> {
    const rows = await this.query<{ info: string; warnings: number }>(
      `SELECT summary AS info, warnings FROM ${this.schema}.summaries ORDER BY doc_id COLLATE "C"`,
    );
    return rows.map((row) => ({
      info: DocumentInfo.parse(JSON.parse(row.info)),
      warningCount: row.warnings,
    }));
  }

  async put(write: DocumentWrite): Promise<void> {
    const { path, parser, vectors, vocabulary, terms, figures } = write;
    // Rows are bound from the parsed objects: a write posted as encoded rows is read back.
    const parsed = write.parsed ?? decodeRows(write.encoded);
    const { info } = parsed;
    await this.remove(info.docId);
    const insert = (table: string, columns: string[], rows: unknown[][]) =>
      insertRows(this.client, this.schema, table, columns, rows);
    await insert(
      "documents",
      [
        "doc_id:text",
        "path:text",
        "hash:text",
        "parser:text",
        "unit:text",
        "year:integer",
        "kind:text",
        "info:text",
      ],
      [[info.docId, path, info.hash, parser, info.unit, info.year, info.kind, JSON.stringify(info)]],
    );
    await insert(
      "summaries",
      ["doc_id:text", "summary:text", "warnings:integer"],
      [[info.docId, slimInfo(info), info.warnings.length]],
    );
    await insert("facts", FACT_COLUMNS, factRows(parsed));
    await insertFactMetrics(this.client, this.schema, parsed);
    await insert(
      "figures",
      FIGURE_COLUMNS,
      (figures ?? documentFigures(parsed.facts, info)).map((f) => [
        f.metric,
        f.want,
        f.docId,
        f.factId,
        f.value,
      ]),
    );
    await insertFactLabels(this.client, this.schema, parsed);
    const bodyColumns = ["id:text", "doc_id:text", "body:text"];
    await insert(
      "tables",
      bodyColumns,
      parsed.tables.map((table) => [table.id, table.docId, JSON.stringify(table)]),
    );
    await insert(
      "sections",
      bodyColumns,
      parsed.sections.map((section) => [section.id, info.docId, JSON.stringify(section)]),
    );
    const chunks = chunkRows(parsed, vectors, this.vectors, terms);
    await insert("chunks", chunkColumns(this.vectors), chunks.rows);
    this.chunkDelta += chunks.rows.length;
    this.termDelta += chunks.termTotal;
    for (const lexemes of chunks.lexemes) for (const term of lexemes) this.countTerm(term, 1);
    await insert("vocabulary", VOCABULARY_COLUMNS, vocabularyRows(info.docId, vocabulary));
    if (this.vectors.kind === "segments") await this.queueVectors(info.docId, vectors);
  }

  private countTerm(term: string, delta: number): void {
    this.termDeltas.set(term, (this.termDeltas.get(term) ?? 0) + delta);
  }

  /** The document's new chunk rowids become the labels of its vectors in the next segment. */
  private async queueVectors(docId: string, vectors: number[][]): Promise<void> {
    const labels = await this.query<{ rowid: string }>(
      `SELECT rowid FROM ${this.schema}.chunks WHERE doc_id = $1 ORDER BY rowid`,
      [docId],
    );
    labels.forEach((row, index) =>
      this.pending.push({ label: Number(row.rowid), vector: Float32Array.from(vectors[index] ?? []) }),
    );
  }

  async remove(docId: string): Promise<void> {
    const removed = await this.query<{ term: string; n: number }>(
      `SELECT u.lexeme AS term, count(*)::integer AS n FROM ${this.schema}.chunks c, unnest(c.tsv) AS u
       WHERE c.doc_id = $1 GROUP BY u.lexeme`,
      [docId],
    );
    for (const row of removed) this.countTerm(row.term, -row.n);
    const labels = await this.query<{ rowid: string; term_count: number }>(
      `SELECT rowid, term_count FROM ${this.schema}.chunks WHERE doc_id = $1`,
      [docId],
    );
    this.chunkDelta -= labels.length;
    for (const row of labels) this.termDelta -= row.term_count;
    if (labels.length) {
      const gone = new Set(labels.map((row) => Number(row.rowid)));
      for (let i = this.pending.length - 1; i >= 0; i--)
        if (gone.has(this.pending[i].label)) this.pending.splice(i, 1);
    }
    for (const table of [
      "documents",
      "summaries",
      "facts",
      "fact_metrics",
      "figures",
      "fact_labels",
      "tables",
      "sections",
      "chunks",
      "vocabulary",
    ])
      await this.query(`DELETE FROM ${this.schema}.${table} WHERE doc_id = $1`, [docId]);
  }

  async commit({ manifest, units }: { manifest: Manifest; units: UnitInfo[] }): Promise<void> {
    if (this.closed) throw new Error("The writer was already committed or aborted");
    try {
      await this.query(`DELETE FROM ${this.schema}.units`);
      await insertRows(
        this.client,
        this.schema,
        "units",
        ["name:text", "info:text"],
        units.map((unit) => [unit.name, JSON.stringify(unit)]),
      );
      await this.writeTermCounts();
      const generation = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
      const chunkCount = (await this.metaNumber(META.chunkCount)) + this.chunkDelta;
      await this.commitVectors(generation, manifest.embedding.dimensions, chunkCount);
      await this.setMeta(META.chunkCount, String(chunkCount));
      await this.setMeta(META.termTotal, String((await this.metaNumber(META.termTotal)) + this.termDelta));
      await this.setMeta(META.manifest, JSON.stringify(manifest));
      await this.setMeta(META.generation, generation);
      await this.query("COMMIT");
    } catch (error) {
      await this.abort().catch((abortError: unknown) =>
        console.warn(`abort after a failed commit: ${String(abortError)}`),
      );
      throw error;
    }
    await this.close();
  }

  /** Applies the ingest's document-frequency changes to `chunk_terms`; terms no chunk holds are dropped. */
  private async writeTermCounts(): Promise<void> {
    const changes = [...this.termDeltas].filter(([, delta]) => delta !== 0);
    for (let start = 0; start < changes.length; start += TERM_BATCH) {
      const slice = changes.slice(start, start + TERM_BATCH);
      await this.query(
        `INSERT INTO ${this.schema}.chunk_terms AS t (term, doc_count)
         SELECT * FROM unnest($1::text[], $2::integer[])
         ON CONFLICT (term) DO UPDATE SET doc_count = t.doc_count + excluded.doc_count`,
        [slice.map(([term]) => term), slice.map(([, delta]) => delta)],
      );
      const fewer = slice.filter(([, delta]) => delta < 0).map(([term]) => term);
      if (fewer.length)
        await this.query(
          `DELETE FROM ${this.schema}.chunk_terms WHERE term = ANY($1::text[]) AND doc_count <= 0`,
          [fewer],
        );
    }
  }

  private async commitVectors(generation: string, dimensions: number, chunkCount: number): Promise<void> {
    if (this.vectors.kind === "pgvector") {
      if (dimensions > 0 && dimensions <= PGVECTOR_HNSW_MAX_DIMENSIONS) {
        // Created once: the DDL's lock on chunks would wait on autovacuum at every commit.
        const [index] = await this.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [
          `${this.schema}.${pgvectorIndexName(dimensions)}`,
        ]);
        if (!index?.found) await this.query(pgvectorSql(this.schema, this.vectors.extension, dimensions));
      } else
        console.warn(
          `pgvector's HNSW index takes at most ${PGVECTOR_HNSW_MAX_DIMENSIONS} dimensions, not ${dimensions}: whole-store vector search scans`,
        );
      return;
    }
    await addSegments(this.client, this.schema, `seg-${generation}`, this.pending, dimensions);
    await compactSegments(this.client, this.schema, { generation, dimensions, alive: chunkCount });
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    try {
      await this.query("ROLLBACK");
    } finally {
      await this.close();
    }
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.end();
  }
}
