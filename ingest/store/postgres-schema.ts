import { z } from "zod";

/**
 * The PostgreSQL layout: the SQLite tables in their own schema, bigserial `rowid`s as the insertion
 * order (and as the vector labels of chunks, never reused), JSON bodies as text. Chunks carry their
 * pre-segmented terms as a `tsvector` of exact lexemes (GIN-indexed); `chunk_terms` keeps each
 * term's document frequency for exact BM25; `fact_labels` indexes the facts' descriptors by their
 * characters (fact-label-search.ts). Bump PG_SCHEMA_VERSION when the layout changes.
 */
export const PG_SCHEMA_VERSION = 5;

/** Schema names are interpolated into SQL: plain lower-case identifiers only. */
export const SchemaName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "a lower-case SQL identifier");

export const DEFAULT_SCHEMA = "budget_qa";

/**
 * Each document's info without its warnings and report, and its warning count: the store's head and
 * every ingest read them for all documents (from the documents rows, each whole info would be read
 * and taken apart as jsonb).
 */
const SUMMARIES_SQL = (schema: string) =>
  `CREATE TABLE IF NOT EXISTS ${schema}.summaries (doc_id text PRIMARY KEY, summary text NOT NULL, warnings integer NOT NULL);`;

export function schemaSql(schema: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.documents (
  rowid bigserial NOT NULL, doc_id text PRIMARY KEY, path text NOT NULL, hash text NOT NULL,
  parser text NOT NULL, unit text NOT NULL, year integer NOT NULL, kind text NOT NULL, info text NOT NULL);
${SUMMARIES_SQL(schema)}
CREATE INDEX IF NOT EXISTS documents_path ON ${schema}.documents(path);
CREATE INDEX IF NOT EXISTS documents_hash ON ${schema}.documents(hash);
CREATE TABLE IF NOT EXISTS ${schema}.units (rowid bigserial NOT NULL, name text PRIMARY KEY, info text NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.facts (
  rowid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, doc_id text NOT NULL, unit text NOT NULL,
  year integer NOT NULL, kind text NOT NULL, tbl text, row_code text, row_key text NOT NULL,
  descriptor text NOT NULL, body text NOT NULL);
CREATE INDEX IF NOT EXISTS facts_doc ON ${schema}.facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_unit_year ON ${schema}.facts(unit, year);
CREATE INDEX IF NOT EXISTS facts_code ON ${schema}.facts(row_code) WHERE row_code IS NOT NULL;
CREATE INDEX IF NOT EXISTS facts_row_key ON ${schema}.facts(row_key);
CREATE TABLE IF NOT EXISTS ${schema}.fact_metrics (
  metric text NOT NULL, doc_id text NOT NULL, fact bigint NOT NULL, PRIMARY KEY (metric, doc_id, fact));
CREATE INDEX IF NOT EXISTS fact_metrics_doc ON ${schema}.fact_metrics(doc_id);
CREATE TABLE IF NOT EXISTS ${schema}.figures (
  metric text NOT NULL, want text NOT NULL, doc_id text NOT NULL, fact text NOT NULL, value text NOT NULL,
  PRIMARY KEY (metric, want, doc_id));
CREATE INDEX IF NOT EXISTS figures_doc ON ${schema}.figures(doc_id);
CREATE TABLE IF NOT EXISTS ${schema}.fact_labels (fact bigint PRIMARY KEY, doc_id text NOT NULL, tsv tsvector NOT NULL);
CREATE INDEX IF NOT EXISTS fact_labels_doc ON ${schema}.fact_labels(doc_id);
CREATE INDEX IF NOT EXISTS fact_labels_tsv ON ${schema}.fact_labels USING gin (tsv);
CREATE TABLE IF NOT EXISTS ${schema}.tables (id text PRIMARY KEY, doc_id text NOT NULL, body text NOT NULL);
CREATE INDEX IF NOT EXISTS tables_doc ON ${schema}.tables(doc_id);
CREATE TABLE IF NOT EXISTS ${schema}.sections (id text PRIMARY KEY, doc_id text NOT NULL, body text NOT NULL);
CREATE INDEX IF NOT EXISTS sections_doc ON ${schema}.sections(doc_id);
CREATE TABLE IF NOT EXISTS ${schema}.chunks (
  rowid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, doc_id text NOT NULL, unit text NOT NULL,
  year integer NOT NULL, kind text NOT NULL, type text NOT NULL, section_key text NOT NULL,
  terms text NOT NULL, term_count integer NOT NULL, tsv tsvector NOT NULL, vector bytea NOT NULL,
  body text NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON ${schema}.chunks(doc_id, type, section_key);
CREATE INDEX IF NOT EXISTS chunks_filter ON ${schema}.chunks(unit, year, kind, type);
CREATE INDEX IF NOT EXISTS chunks_tsv ON ${schema}.chunks USING gin (tsv);
CREATE TABLE IF NOT EXISTS ${schema}.chunk_terms (term text PRIMARY KEY, doc_count integer NOT NULL);
CREATE TABLE IF NOT EXISTS ${schema}.vocabulary (
  rowid bigserial PRIMARY KEY, doc_id text NOT NULL, type text NOT NULL, code text, name text NOT NULL,
  scheme text);
CREATE INDEX IF NOT EXISTS vocabulary_doc ON ${schema}.vocabulary(doc_id);
CREATE TABLE IF NOT EXISTS ${schema}.segments (
  name text PRIMARY KEY, count integer NOT NULL, dimensions integer NOT NULL, bytes bytea NOT NULL,
  first_label bigint);
`;
}

/**
 * Older layouts the writer brings up to PG_SCHEMA_VERSION inside its transaction, without
 * re-ingesting: version → the statements that make it the next one.
 */
export const PG_MIGRATIONS: Readonly<Record<number, (schema: string) => string>> = {
  // 3 → 4: the summaries table, filled from the documents' info.
  3: (schema) => `${SUMMARIES_SQL(schema)}
    INSERT INTO ${schema}.summaries (doc_id, summary, warnings) SELECT doc_id,
      ((info::jsonb - 'warnings' - 'report') || '{"warnings": []}'::jsonb)::text,
      jsonb_array_length(info::jsonb -> 'warnings') FROM ${schema}.documents;`,
  // 4 → 5: segments record their first label, so that only the run of small ones is merged
  // (segment-compaction.ts); segments stored before stay as they are.
  4: (schema) => `ALTER TABLE ${schema}.segments ADD COLUMN IF NOT EXISTS first_label bigint;`,
};

/**
 * With pgvector, chunks also carry an `embedding vector` column. Its HNSW index needs a fixed
 * dimension: one expression index per dimension used, queried through the same cast.
 */
export function pgvectorColumnSql(schema: string, extension: string): string {
  return `ALTER TABLE ${schema}.chunks ADD COLUMN IF NOT EXISTS embedding ${extension}.vector`;
}

/** The HNSW index of one dimension's vectors. */
export function pgvectorIndexName(dimensions: number): string {
  return `chunks_embedding_${Math.max(1, Math.trunc(dimensions))}`;
}

export function pgvectorSql(schema: string, extension: string, dimensions: number): string {
  const n = Math.max(1, Math.trunc(dimensions));
  return `CREATE INDEX IF NOT EXISTS ${pgvectorIndexName(n)} ON ${schema}.chunks USING hnsw ((embedding::${extension}.vector(${n})) ${extension}.vector_cosine_ops)`;
}

/** Meta keys beyond the SQLite ones (sqlite-schema.ts META). */
export const PG_META = {
  /** "pgvector" or "segments": how whole-store vector search runs, fixed when the schema is created. */
  vectorIndex: "vector_index",
  /** The schema pgvector's type and operators live in (with "pgvector"). */
  vectorSchema: "vector_schema",
} as const;

export const VectorIndex = z.enum(["pgvector", "segments"]);
export type VectorIndex = z.infer<typeof VectorIndex>;

/** pgvector's HNSW index indexes `vector` columns of up to this many dimensions. */
export const PGVECTOR_HNSW_MAX_DIMENSIONS = 2000;

/** pgvector's HNSW index arrived in 0.5.0. */
export const PGVECTOR_MIN_VERSION = [0, 5, 0];
