import { matchKey } from "../text/normalize-text.js";
import type { Chunk, DocumentInfo, Fact } from "../schema.js";
import type { ChunkFilter, FactQuery } from "./store.js";
import { labelPhrase } from "./fact-label-search.js";

/** SQL fragments shared by the SQLite reader and writer. */

export function factDescriptor(fact: Fact): string {
  return matchKey(
    `${fact.row}${fact.rowCode ?? ""}${fact.column}${fact.metric ?? ""}${fact.tableTitle ?? ""}`,
  );
}

export function sectionKey(section: string[]): string {
  return section.join(" > ");
}

export interface Where {
  sql: string;
  params: unknown[];
}

export function inList(column: string, values: unknown[], params: unknown[]): string {
  params.push(...values);
  return `${column} IN (${values.map(() => "?").join(",")})`;
}

/** WHERE clause over `facts f` for a FactQuery. */
export function factWhere(query: FactQuery): Where {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (query.docIds) clauses.push(query.docIds.length ? inList("f.doc_id", query.docIds, params) : "0");
  if (query.units)
    clauses.push(
      query.units.length
        ? `f.doc_id IN (SELECT doc_id FROM documents WHERE ${inList("unit", query.units, params)})`
        : "0",
    );
  const equal = (sql: string, value: unknown) => {
    clauses.push(sql);
    params.push(value);
  };
  if (query.year !== undefined) equal("f.year = ?", query.year);
  if (query.kind) equal("f.kind = ?", query.kind);
  if (query.table) equal("f.tbl = ?", query.table);
  const any: string[] = [];
  if (query.metrics?.length)
    any.push(
      `f.rowid IN (SELECT fact FROM fact_metrics m WHERE ${inList("m.metric", query.metrics, params)}${
        query.docIds?.length ? ` AND ${inList("m.doc_id", query.docIds, params)}` : ""
      })`,
    );
  if (query.rowCodes?.length) any.push(inList("f.row_code", query.rowCodes, params));
  if (query.rowKeys?.length) any.push(inList("f.row_key", query.rowKeys, params));
  if (any.length) clauses.push(`(${any.join(" OR ")})`);
  if (query.text) {
    const needle = matchKey(query.text);
    const phrase = labelPhrase(needle);
    if (phrase) equal("f.rowid IN (SELECT rowid FROM fact_text WHERE fact_text MATCH ?)", phrase);
    equal("instr(f.descriptor, ?) > 0", needle);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** WHERE clause over `chunks c` for a ChunkFilter. */
export function chunkWhere(filter: ChunkFilter): Where {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (filter.units?.length) clauses.push(inList("c.unit", filter.units, params));
  if (filter.years?.length) clauses.push(inList("c.year", filter.years, params));
  for (const [sql, value] of [
    ["c.kind = ?", filter.kind],
    ["c.type = ?", filter.type],
  ] as const) {
    if (!value) continue;
    clauses.push(sql);
    params.push(value);
  }
  return { sql: clauses.length ? clauses.join(" AND ") : "1", params };
}

export function parseFacts(rows: { body: string }[]): Fact[] {
  return rows.map((row) => JSON.parse(row.body) as Fact);
}

export function parseChunks(rows: { body: string }[]): Chunk[] {
  return rows.map((row) => JSON.parse(row.body) as Chunk);
}

/** Runs a statement over ids in batches (SQLite limits bound parameters). */
export function inBatches<T>(ids: unknown[], run: (batch: unknown[]) => T[], size = 500): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...run(ids.slice(i, i + size)));
  return out;
}

/**
 * A document's info without its ingest warnings and understanding report (most of its size): what
 * a store's head and a writer's summaries hold for every document. documentInfos() reads them whole.
 */
export function slimInfo(info: DocumentInfo): string {
  return JSON.stringify({ ...info, warnings: [], report: undefined });
}
