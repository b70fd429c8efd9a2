import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import Database from "better-sqlite3";
import { AppError } from "../../lib/app-error.js";
import { documentFigures } from "../domain/select-figures.js";
import { DocumentInfo, type Manifest, type UnitInfo } from "../schema.js";
import { vectorToBytes } from "./scoring.js";
import { decodeRows, encodeRows, type EncodedRows } from "./encoded-rows.js";
import { hasMetaTable, META, MIGRATIONS, readMeta, SCHEMA_VERSION, SQLITE_SCHEMA } from "./sqlite-schema.js";
import { DB_FILE, SEGMENT_DIR, sqliteProblems } from "./sqlite-check.js";
import { slimInfo } from "./sqlite-rows.js";
import {
  writeInfo,
  type DocumentSummary,
  type DocumentWrite,
  type StoredDocument,
  type StoreWriter,
} from "./store.js";
import { SegmentBuilder } from "./sqlite-segments.js";

/** Patience for the brief locks of opening the file and switching it to WAL. */
const SETUP_WAIT_MS = 10_000;
/** Even "do not wait" rides out another connection's WAL recovery, which takes milliseconds. */
const MIN_WRITER_WAIT_MS = 250;

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith("SQLITE_BUSY") === true;

/**
 * Runs `step` until it does not answer SQLITE_BUSY or `patienceMs` have passed. SQLite's busy
 * handler does the waiting, but a lock conflict it reads as a possible deadlock (two connections
 * upgrading a shared lock, as when both switch a new file to WAL) returns SQLITE_BUSY at once.
 */
async function whileBusy(patienceMs: number, step: () => void): Promise<void> {
  for (const deadline = Date.now() + patienceMs; ;) {
    try {
      step();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await delay(20 + Math.random() * 30);
    }
  }
}

/** Takes the write lock, waiting up to `waitMs` (at least MIN_WRITER_WAIT_MS). */
async function beginWriting(db: Database.Database, waitMs: number): Promise<void> {
  const patience = Math.max(waitMs, MIN_WRITER_WAIT_MS);
  db.pragma(`busy_timeout = ${patience}`);
  await whileBusy(patience, () => db.exec("BEGIN IMMEDIATE"));
}

function lockedError(dir: string, cause: unknown): AppError {
  return new AppError(
    "INDEX_LOCKED",
    `Another ingest is writing to ${dir}; run this one again when it has finished`,
    undefined,
    { cause },
  );
}

/**
 * One ingest into the SQLite store: a single IMMEDIATE transaction (SQLite's lock makes this the
 * only writer); vectors of new chunks go into hnswlib segment files registered inside the same
 * transaction (SegmentBuilder). A crash before COMMIT leaves the previous state; unregistered
 * segment files are removed by the next writer.
 */
export class SqliteWriter implements StoreWriter {
  /** This ingest's generation: the names of its segment files, and the store's new generation. */
  private readonly generation = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  private readonly segments: SegmentBuilder;
  /** Chunks and lexical terms added minus removed: the BM25 statistics move by these at commit. */
  private chunkDelta = 0;
  private termDelta = 0;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly db: Database.Database,
  ) {
    this.segments = new SegmentBuilder(db, dir, this.generation);
  }

  static async open(dir: string, waitMs: number): Promise<SqliteWriter> {
    await mkdir(join(dir, SEGMENT_DIR), { recursive: true });
    // Setting up the connection (creating the file, switching a new one to WAL) takes brief locks
    // that a second ingest starting at the same moment also takes: those waits are not "another
    // ingest is writing", so they get their own patience; only BEGIN IMMEDIATE waits `waitMs`.
    const db = new Database(join(dir, DB_FILE), { timeout: SETUP_WAIT_MS });
    try {
      await whileBusy(SETUP_WAIT_MS, () => db.pragma("journal_mode = WAL"));
      db.pragma("synchronous = FULL");
      // One transaction holds a whole ingest: keep its pages in memory rather than spilling them.
      db.pragma("cache_size = -262144");
      await beginWriting(db, waitMs);
    } catch (error) {
      db.close();
      if (isBusy(error)) throw lockedError(dir, error);
      throw new AppError("INDEX_CORRUPT", `Cannot open the index in ${dir}: ${(error as Error).message}`);
    }
    const writer = new SqliteWriter(dir, db);
    try {
      // An older layout is brought up to date and committed on its own: an ingest that then
      // changes no document (and aborts) leaves the store upgraded.
      if (writer.migrate()) {
        db.exec("COMMIT");
        await beginWriting(db, waitMs);
      }
      writer.prepareSchema();
      writer.refuseDamaged();
      await writer.removeOrphanSegments();
    } catch (error) {
      await writer.abort();
      // Another ingest took the lock between the upgrade's commit and this ingest's transaction.
      if (isBusy(error)) throw lockedError(dir, error);
      throw error;
    }
    return writer;
  }

  /** Runs the migrations from the stored layout on (see MIGRATIONS); true when there were any. */
  private migrate(): boolean {
    const stored = hasMetaTable(this.db) ? Number(readMeta(this.db, META.schema)) : undefined;
    let version = stored;
    for (; version !== undefined && MIGRATIONS[version] !== undefined; version++) {
      this.db.exec(MIGRATIONS[version]);
      this.setMeta(META.schema, String(version + 1));
    }
    return version !== stored;
  }

  private prepareSchema(): void {
    const version = hasMetaTable(this.db) ? readMeta(this.db, META.schema) : undefined;
    if (version !== undefined && Number(version) !== SCHEMA_VERSION)
      throw new AppError(
        "INDEX_CORRUPT",
        `The index in ${this.dir} has storage version ${String(version)}, this program writes ${SCHEMA_VERSION}: move it away and ingest again`,
      );
    this.db.exec(SQLITE_SCHEMA);
    this.setMeta(META.schema, String(SCHEMA_VERSION));
  }

  /** Writing over a damaged store would commit a new generation that is just as damaged. */
  private refuseDamaged(): void {
    const problems = sqliteProblems(this.db, this.dir);
    if (problems.length)
      throw new AppError(
        "INDEX_CORRUPT",
        `The index in ${this.dir} is damaged (${problems.join("; ")}): move it away and ingest again`,
      );
  }

  /** Segment files no committed transaction registered (a crashed ingest) are removed. */
  private async removeOrphanSegments(): Promise<void> {
    const known = new Set(this.db.prepare("SELECT name FROM segments").pluck().all() as string[]);
    for (const name of await readdir(join(this.dir, SEGMENT_DIR)))
      if (!known.has(name)) await unlink(join(this.dir, SEGMENT_DIR, name));
  }

  private readonly prepared = new Map<string, Database.Statement>();

  /** Statements prepared once per transaction and reused for every document. */
  private sql(text: string): Database.Statement {
    let statement = this.prepared.get(text);
    if (!statement) this.prepared.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  private setMeta(key: string, value: string): void {
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(key, value);
  }

  async documents(): Promise<StoredDocument[]> {
    return this.db
      .prepare("SELECT doc_id AS docId, path, hash, parser FROM documents ORDER BY rowid")
      .all() as StoredDocument[];
  }

  async documentSummaries(): Promise<DocumentSummary[]> {
    const rows = this.db
      .prepare("SELECT summary AS info, warnings AS warningCount FROM summaries ORDER BY doc_id")
      .all() as { info: string; warningCount: number }[];
    return rows.map((row) => ({
      info: DocumentInfo.parse(JSON.parse(row.info)),
      warningCount: row.warningCount,
    }));
  }

  async put(write: DocumentWrite): Promise<void> {
    const { path, parser, vectors, vocabulary, figures } = write;
    const info = writeInfo(write);
    const rows = write.parsed ? (write.encoded ?? encodeRows(write.parsed, write.terms)) : write.encoded;
    // A new document has no rows to delete: ten DELETE statements per document skipped.
    if (this.sql("SELECT 1 FROM documents WHERE doc_id = ?").get(info.docId)) await this.remove(info.docId);
    this.sql(
      "INSERT INTO documents (doc_id, path, hash, parser, unit, year, kind, info) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ).run(info.docId, path, info.hash, parser, info.unit, info.year, info.kind, rows.info);
    this.sql("INSERT INTO summaries (doc_id, summary, warnings) VALUES (?, ?, ?)").run(
      info.docId,
      slimInfo(info),
      info.warnings.length,
    );
    this.putFacts(rows);
    const figure = this.sql("INSERT INTO figures (metric, want, doc_id, fact, value) VALUES (?, ?, ?, ?, ?)");
    for (const f of figures ?? documentFigures((write.parsed ?? decodeRows(rows)).facts, info))
      figure.run(f.metric, f.want, f.docId, f.factId, f.value);
    const table = this.sql("INSERT INTO tables (id, doc_id, body) VALUES (?, ?, ?)");
    rows.tables.ids.forEach((id, i) => table.run(id, rows.tables.docIds[i], rows.tables.bodies[i]));
    const section = this.sql("INSERT INTO sections (id, doc_id, body) VALUES (?, ?, ?)");
    rows.sections.ids.forEach((id, i) => section.run(id, info.docId, rows.sections.bodies[i]));
    this.putChunks(rows, vectors);
    const word = this.sql("INSERT INTO vocabulary (doc_id, type, code, name, scheme) VALUES (?, ?, ?, ?, ?)");
    for (const v of vocabulary)
      word.run(
        info.docId,
        v.type,
        v.type === "subject" ? (v.code ?? null) : null,
        v.name,
        v.type === "subject" ? v.scheme : null,
      );
  }

  private putFacts({ facts: rows }: EncodedRows): void {
    const fact = this.sql(
      "INSERT INTO facts (id, doc_id, unit, year, kind, tbl, row_code, row_key, descriptor, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const metric = this.sql("INSERT OR IGNORE INTO fact_metrics (metric, doc_id, fact) VALUES (?, ?, ?)");
    const label = this.sql("INSERT INTO fact_text (rowid, chars) VALUES (?, ?)");
    const { keys } = rows;
    keys.ids.forEach((id, i) => {
      const { lastInsertRowid } = fact.run(
        id,
        keys.docIds[i],
        keys.units[i],
        keys.years[i],
        keys.kinds[i],
        keys.tables[i],
        keys.rowCodes[i],
        rows.rowKeys[i],
        rows.descriptors[i],
        rows.bodies[i],
      );
      for (const key of rows.metrics[i]) metric.run(key, keys.docIds[i], lastInsertRowid);
      label.run(lastInsertRowid, rows.chars[i]);
    });
  }

  private putChunks({ chunks: rows }: EncodedRows, vectors: number[][]): void {
    const chunk = this.sql(
      "INSERT INTO chunks (id, doc_id, unit, year, kind, type, section_key, terms, term_count, vector, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const fts = this.sql("INSERT INTO chunk_fts (rowid, terms) VALUES (?, ?)");
    const { keys } = rows;
    keys.ids.forEach((id, i) => {
      const terms = rows.terms[i];
      const termCount = rows.termCounts[i];
      const vector = vectors[i] ?? [];
      this.chunkDelta++;
      this.termDelta += termCount;
      const { lastInsertRowid } = chunk.run(
        id,
        keys.docIds[i],
        keys.units[i],
        keys.years[i],
        keys.kinds[i],
        keys.types[i],
        rows.sectionKeys[i],
        terms,
        termCount,
        rows.vectors?.[i] ?? vectorToBytes(vector),
        rows.bodies[i],
      );
      fts.run(lastInsertRowid, terms);
      this.segments.add(Number(lastInsertRowid), vector);
    });
  }

  async remove(docId: string): Promise<void> {
    const removed = this.sql(
      "SELECT count(*) AS n, coalesce(sum(term_count), 0) AS t FROM chunks WHERE doc_id = ?",
    ).get(docId) as { n: number; t: number };
    this.chunkDelta -= removed.n;
    this.termDelta -= removed.t;
    this.sql("DELETE FROM chunk_fts WHERE rowid IN (SELECT rowid FROM chunks WHERE doc_id = ?)").run(docId);
    this.sql("DELETE FROM fact_text WHERE rowid IN (SELECT rowid FROM facts WHERE doc_id = ?)").run(docId);
    for (const table of [
      "documents",
      "summaries",
      "facts",
      "fact_metrics",
      "figures",
      "tables",
      "sections",
      "chunks",
      "vocabulary",
    ])
      this.sql(`DELETE FROM ${table} WHERE doc_id = ?`).run(docId);
  }

  async commit({ manifest, units }: { manifest: Manifest; units: UnitInfo[] }): Promise<void> {
    const db = this.db;
    const obsolete: string[] = [];
    try {
      db.exec("DELETE FROM units");
      const unit = db.prepare("INSERT INTO units (name, info) VALUES (?, ?)");
      for (const u of units) unit.run(u.name, JSON.stringify(u));
      obsolete.push(...this.segments.compact());
      // Moved by this ingest's additions and removals: no scan of every chunk.
      const total = (key: string) => Number(readMeta(db, key) ?? 0);
      this.setMeta(META.chunkCount, String(total(META.chunkCount) + this.chunkDelta));
      this.setMeta(META.termTotal, String(total(META.termTotal) + this.termDelta));
      this.setMeta(META.manifest, JSON.stringify(manifest));
      this.setMeta(META.generation, this.generation);
      db.exec("COMMIT");
    } catch (error) {
      await this.abort();
      throw error;
    }
    // Fold the write-ahead log back into the file so it does not keep a second copy on disk
    // (best effort: a reader in the middle of a query keeps the frames it needs).
    db.pragma("wal_checkpoint(TRUNCATE)");
    this.close();
    // Superseded segments are no longer registered; one left behind is removed by the next writer.
    for (const name of obsolete)
      await unlink(join(this.dir, SEGMENT_DIR, name)).catch((error: Error) =>
        process.emitWarning(`could not remove superseded segment ${name}: ${error.message}`),
      );
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
    } finally {
      this.close();
    }
    for (const name of this.segments.written) {
      const file = join(this.dir, SEGMENT_DIR, name);
      if (existsSync(file)) await unlink(file);
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
