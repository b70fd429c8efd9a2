/**
 * The SQLite index (INDEX_DIR/index.db). Rows keep their JSON body for the documented shapes
 * (Fact, ParsedTable, Section, Chunk) beside the indexed columns the engine queries by.
 * Bump SCHEMA_VERSION when the layout changes: ingest and the server then refuse an older file
 * with a message to move it away and ingest again, unless MIGRATIONS brings it up to date (the next
 * ingest does so in place; the server asks for that ingest).
 */
import type Database from "better-sqlite3";
export const SCHEMA_VERSION = 7;

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL, parser TEXT NOT NULL,
  unit TEXT NOT NULL, year INTEGER NOT NULL, kind TEXT NOT NULL, info TEXT NOT NULL);
-- Each document's info without its warnings and report, and its warning count: the store's head and
-- every ingest read them for all documents (a table of their own: reading them from the documents
-- rows would read each whole info, pages of it, too).
CREATE TABLE IF NOT EXISTS summaries (
  doc_id TEXT PRIMARY KEY, summary TEXT NOT NULL, warnings INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(hash);
CREATE TABLE IF NOT EXISTS units (name TEXT PRIMARY KEY, info TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, unit TEXT NOT NULL,
  year INTEGER NOT NULL, kind TEXT NOT NULL, tbl TEXT, row_code TEXT, row_key TEXT NOT NULL,
  descriptor TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_code ON facts(row_code) WHERE row_code IS NOT NULL;
CREATE INDEX IF NOT EXISTS facts_row_key ON facts(row_key);
-- Facts by lexicon metric (fact = facts.rowid), as in PostgreSQL. Rankings across every unit read
-- the figures table below, so this index no longer keeps a copy of each fact.
CREATE TABLE IF NOT EXISTS fact_metrics (
  metric TEXT NOT NULL, doc_id TEXT NOT NULL, fact INTEGER NOT NULL,
  PRIMARY KEY (metric, doc_id, fact)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fact_metrics_doc ON fact_metrics(doc_id);
-- Each document's preferred fact per (metric, want), chosen at ingest (ingest/domain/select-figures.ts):
-- a ranking over every unit reads one narrow row per document and the bodies of the facts it cites.
CREATE TABLE IF NOT EXISTS figures (
  metric TEXT NOT NULL, want TEXT NOT NULL, doc_id TEXT NOT NULL, fact TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (metric, want, doc_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id);
-- Facts by the characters of their descriptor (rowid = facts.rowid): FactQuery.text, see fact-label-search.ts.
CREATE VIRTUAL TABLE IF NOT EXISTS fact_text USING fts5(
  chars, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0");
CREATE TABLE IF NOT EXISTS tables (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tables_doc ON tables(doc_id);
CREATE TABLE IF NOT EXISTS sections (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sections_doc ON sections(doc_id);
CREATE TABLE IF NOT EXISTS chunks (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, unit TEXT NOT NULL,
  year INTEGER NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL, section_key TEXT NOT NULL,
  terms TEXT NOT NULL, term_count INTEGER NOT NULL, vector BLOB NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, type, section_key);
CREATE INDEX IF NOT EXISTS chunks_filter ON chunks(unit, year, kind, type);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_fts USING fts5(
  terms, content = '', contentless_delete = 1, tokenize = "unicode61 tokenchars '#.%-'");
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5vocab(chunk_fts, 'row');
CREATE TABLE IF NOT EXISTS vocabulary (
  rowid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, type TEXT NOT NULL, code TEXT, name TEXT NOT NULL,
  scheme TEXT);
CREATE INDEX IF NOT EXISTS vocabulary_doc ON vocabulary(doc_id);
CREATE TABLE IF NOT EXISTS segments (
  name TEXT PRIMARY KEY, count INTEGER NOT NULL, dimensions INTEGER NOT NULL,
  first_label INTEGER NOT NULL, last_label INTEGER NOT NULL);
`;

/**
 * Older layouts the writer brings up to SCHEMA_VERSION in its own transaction, without
 * re-ingesting: version → the statements that make it the next one.
 */
export const MIGRATIONS: Readonly<Record<number, string>> = {
  // 6 → 7: the summaries table, filled from the documents' info.
  6: `CREATE TABLE summaries (doc_id TEXT PRIMARY KEY, summary TEXT NOT NULL, warnings INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO summaries (doc_id, summary, warnings) SELECT doc_id,
        json_set(json_remove(info, '$.warnings', '$.report'), '$.warnings', json('[]')),
        json_array_length(info, '$.warnings') FROM documents;`,
};

/** A meta value; the table must exist (see `hasMetaTable`). */
export function readMeta(db: Database.Database, key: string): string | undefined {
  return db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as string | undefined;
}

/** A file a writer has only just created has no tables yet. */
export function hasMetaTable(db: Database.Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'meta'").pluck().get() !== 0;
}

/** Meta keys. */
export const META = {
  schema: "schema_version",
  manifest: "manifest",
  generation: "generation",
  chunkCount: "chunk_count",
  termTotal: "term_total",
} as const;
