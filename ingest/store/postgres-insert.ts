import type pg from "pg";
import { metricsOfFact } from "../domain/metrics.js";
import type { ParsedDocument } from "../schema.js";
import { matchKey } from "../text/normalize-text.js";
import { labelTsvector } from "./fact-label-search.js";
import { chunkLexemes, tsvectorText, vectorText } from "./postgres-rows.js";
import type { VectorMode } from "./postgres-setup.js";
import { termsText, vectorToBytes } from "./scoring.js";
import { factDescriptor, sectionKey } from "./sqlite-rows.js";
import type { VocabularyEntry } from "./store.js";

/** Batched inserts of a document's rows: one statement per BATCH rows, one array parameter per column. */

type Queryable = Pick<pg.Client, "query">;

const BATCH = 500;

/**
 * INSERT … SELECT FROM unnest(arrays) WITH ORDINALITY, in row order (bigserial rowids follow it).
 * Columns are "name:type" or "name:type:cast" (sent as an array of `type`, stored as `cast`).
 */
export async function insertRows(
  client: Queryable,
  schema: string,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const specs = columns.map((column) => {
    const [name, type, cast] = column.split(":");
    return { name, type, value: cast ? `r.${name}::${cast}` : `r.${name}` };
  });
  const names = specs.map((spec) => spec.name).join(", ");
  const sql = `INSERT INTO ${schema}.${table} (${names})
    SELECT ${specs.map((spec) => spec.value).join(", ")}
    FROM unnest(${specs.map((spec, i) => `$${i + 1}::${spec.type}[]`).join(", ")}) WITH ORDINALITY AS r(${names}, ord)
    ORDER BY r.ord`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const slice = rows.slice(start, start + BATCH);
    await client.query(
      sql,
      specs.map((_, column) => slice.map((row) => row[column])),
    );
  }
}

export const FACT_COLUMNS = [
  "id:text",
  "doc_id:text",
  "unit:text",
  "year:integer",
  "kind:text",
  "tbl:text",
  "row_code:text",
  "row_key:text",
  "descriptor:text",
  "body:text",
];

export function factRows(parsed: ParsedDocument): unknown[][] {
  return parsed.facts.map((fact) => [
    fact.id,
    fact.docId,
    fact.unit,
    fact.year,
    fact.kind,
    fact.table ?? null,
    fact.rowCode ?? null,
    matchKey(fact.row),
    factDescriptor(fact),
    JSON.stringify(fact),
  ]);
}

/** fact_metrics rows by fact id (the rowids are looked up in the statement). */
export async function insertFactMetrics(
  client: Queryable,
  schema: string,
  parsed: ParsedDocument,
): Promise<void> {
  const pairs = parsed.facts.flatMap((fact) => metricsOfFact(fact).map((metric) => [metric, fact.id]));
  for (let start = 0; start < pairs.length; start += BATCH) {
    const slice = pairs.slice(start, start + BATCH);
    await client.query(
      `INSERT INTO ${schema}.fact_metrics (metric, doc_id, fact)
       SELECT m.metric, f.doc_id, f.rowid FROM unnest($1::text[], $2::text[]) AS m(metric, fact_id)
       JOIN ${schema}.facts f ON f.id = m.fact_id ON CONFLICT DO NOTHING`,
      [slice.map((pair) => pair[0]), slice.map((pair) => pair[1])],
    );
  }
}

/** fact_labels rows by fact id: each descriptor's characters, for FactQuery.text (fact-label-search.ts). */
export async function insertFactLabels(
  client: Queryable,
  schema: string,
  parsed: ParsedDocument,
): Promise<void> {
  for (let start = 0; start < parsed.facts.length; start += BATCH) {
    const slice = parsed.facts.slice(start, start + BATCH);
    await client.query(
      `INSERT INTO ${schema}.fact_labels (fact, doc_id, tsv)
       SELECT f.rowid, f.doc_id, l.tsv::tsvector FROM unnest($1::text[], $2::text[]) AS l(fact_id, tsv)
       JOIN ${schema}.facts f ON f.id = l.fact_id`,
      [slice.map((fact) => fact.id), slice.map((fact) => labelTsvector(factDescriptor(fact)))],
    );
  }
}

export function chunkColumns(vectors: VectorMode): string[] {
  const columns = [
    "id:text",
    "doc_id:text",
    "unit:text",
    "year:integer",
    "kind:text",
    "type:text",
    "section_key:text",
    "terms:text",
    "term_count:integer",
    "tsv:text:tsvector",
    "vector:bytea",
    "body:text",
  ];
  if (vectors.kind === "pgvector") columns.push(`embedding:text:${vectors.extension}.vector`);
  return columns;
}

/** Chunk rows, and the distinct lexemes of each chunk (for the document frequencies). */
export function chunkRows(
  parsed: ParsedDocument,
  vectors: number[][],
  mode: VectorMode,
  tokenised?: string[],
): { rows: unknown[][]; lexemes: Set<string>[]; termTotal: number } {
  const lexemes: Set<string>[] = [];
  let termTotal = 0;
  const rows = parsed.chunks.map((chunk, index) => {
    const terms = tokenised?.[index] ?? termsText(chunk.text);
    const termCount = terms ? terms.split(" ").length : 0;
    const vector = vectors[index] ?? [];
    const positions = chunkLexemes(terms);
    lexemes.push(new Set(positions.keys()));
    termTotal += termCount;
    const row: unknown[] = [
      chunk.id,
      chunk.docId,
      chunk.unit,
      chunk.year,
      chunk.kind,
      chunk.type,
      sectionKey(chunk.section),
      terms,
      termCount,
      tsvectorText(positions),
      vectorToBytes(vector),
      JSON.stringify(chunk),
    ];
    if (mode.kind === "pgvector") row.push(vectorText(vector));
    return row;
  });
  return { rows, lexemes, termTotal };
}

export const FIGURE_COLUMNS = ["metric:text", "want:text", "doc_id:text", "fact:text", "value:text"];

export const VOCABULARY_COLUMNS = ["doc_id:text", "type:text", "code:text", "name:text", "scheme:text"];

export function vocabularyRows(docId: string, vocabulary: VocabularyEntry[]): unknown[][] {
  return vocabulary.map((entry) => [
    docId,
    entry.type,
    entry.type === "subject" ? (entry.code ?? null) : null,
    entry.name,
    entry.type === "subject" ? entry.scheme : null,
  ]);
}
