import { matchKey } from "../text/normalize-text.js";
import { labelTsquery } from "./fact-label-search.js";
import type { ChunkFilter, FactQuery } from "./store.js";

/** SQL fragments shared by the PostgreSQL reader and writer (the SQLite ones, with $n parameters). */

/** Positional parameters ($1, $2, …) collected while a statement is built. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** WHERE clause over `facts f` for a FactQuery (empty when nothing filters). */
export function factWhere(schema: string, query: FactQuery, params: Params): string {
  const clauses: string[] = [];
  const any = (column: string, values: unknown[], type = "text") =>
    `${column} = ANY(${params.add(values)}::${type}[])`;
  if (query.docIds) clauses.push(query.docIds.length ? any("f.doc_id", query.docIds) : "false");
  if (query.units) clauses.push(query.units.length ? any("f.unit", query.units) : "false");
  if (query.year !== undefined) clauses.push(`f.year = ${params.add(query.year)}::integer`);
  if (query.kind) clauses.push(`f.kind = ${params.add(query.kind)}`);
  if (query.table) clauses.push(`f.tbl = ${params.add(query.table)}`);
  const either: string[] = [];
  if (query.metrics?.length)
    either.push(
      `f.rowid IN (SELECT m.fact FROM ${schema}.fact_metrics m WHERE ${any("m.metric", query.metrics)}${
        query.docIds?.length ? ` AND ${any("m.doc_id", query.docIds)}` : ""
      })`,
    );
  if (query.rowCodes?.length) either.push(any("f.row_code", query.rowCodes));
  if (query.rowKeys?.length) either.push(any("f.row_key", query.rowKeys));
  if (either.length) clauses.push(`(${either.join(" OR ")})`);
  if (query.text) {
    const needle = matchKey(query.text);
    const chars = labelTsquery(needle);
    if (chars)
      clauses.push(
        `f.rowid IN (SELECT l.fact FROM ${schema}.fact_labels l WHERE l.tsv @@ ${params.add(chars)}::tsquery)`,
      );
    clauses.push(`strpos(f.descriptor, ${params.add(needle)}) > 0`);
  }
  return clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
}

/** Boolean condition over `chunks c` for a ChunkFilter ("true" when nothing filters). */
export function chunkWhere(filter: ChunkFilter, params: Params): string {
  const clauses: string[] = [];
  if (filter.units?.length) clauses.push(`c.unit = ANY(${params.add(filter.units)}::text[])`);
  if (filter.years?.length) clauses.push(`c.year = ANY(${params.add(filter.years)}::integer[])`);
  if (filter.kind) clauses.push(`c.kind = ${params.add(filter.kind)}`);
  if (filter.type) clauses.push(`c.type = ${params.add(filter.type)}`);
  return clauses.length ? clauses.join(" AND ") : "true";
}

/** LIMIT/OFFSET of a FactQuery, as SQLite applies them. */
export function factPage(query: FactQuery, params: Params): string {
  if (query.limit === undefined) return "";
  const limit = Math.max(0, Math.trunc(query.limit));
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  return ` LIMIT ${params.add(limit)}::bigint OFFSET ${params.add(offset)}::bigint`;
}

/** PostgreSQL's limits on tsvector lexemes and positions. */
const MAX_LEXEME_BYTES = 2046;
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The lexemes of a chunk's stored terms (termsText) with their 1-based positions, within
 * PostgreSQL's limits (overlong terms are left out of the tsvector; they never match a query).
 */
export function chunkLexemes(terms: string): Map<string, Set<number>> {
  const positions = new Map<string, Set<number>>();
  terms.split(" ").forEach((term, index) => {
    if (!term || Buffer.byteLength(term) > MAX_LEXEME_BYTES) return;
    let list = positions.get(term);
    if (!list) positions.set(term, (list = new Set()));
    if (list.size < MAX_POSITIONS) list.add(Math.min(index + 1, MAX_POSITION));
  });
  return positions;
}

/**
 * A tsvector literal of exact lexemes with positions, cast with `::tsvector`. to_tsvector('simple', …)
 * would not do: its parser drops the "#" of bigram terms ("#预算" → "预算") and splits numbers and
 * hyphenated words ("2023-2024" → "2023", "-2024").
 */
export function tsvectorText(positions: Map<string, Set<number>>): string {
  return [...positions].map(([term, list]) => `${quoteLexeme(term)}:${[...list].join(",")}`).join(" ");
}

/** An OR tsquery of the (already sanitised, see queryTerms) query terms, cast with `::tsquery`. */
export function tsqueryText(terms: string[]): string {
  return terms.map(quoteLexeme).join(" | ");
}

/** A float vector as pgvector's text input. */
export function vectorText(vector: number[]): string | null {
  return vector.length ? `[${vector.join(",")}]` : null;
}

/** Removes the password from a connection URL (for messages and `location`). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    return parsed.toString();
  } catch (error) {
    console.warn(`unparsable DATABASE_URL: ${(error as Error).message}`);
    return "postgres://(unparsable)";
  }
}
