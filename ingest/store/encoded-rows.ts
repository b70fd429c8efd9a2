import { metricsOfFact } from "../domain/metrics.js";
import { ParsedDocument } from "../schema.js";
import { matchKey } from "../text/normalize-text.js";
import { labelChars } from "./fact-label-search.js";
import { bytesToVector, termCount, termsText, vectorToBytes } from "./scoring.js";
import { factDescriptor, sectionKey } from "./sqlite-rows.js";

/**
 * A document's row values as the SQLite store writes them (serialised bodies, descriptors, FTS
 * text, vector bytes): pure per-document work that a parse worker does so the main thread, which
 * writes the store, only binds them. Parallel arrays (one entry per fact / chunk) keep the
 * message between threads cheap to copy. The writer computes them itself when they are absent.
 */
export interface EncodedRows {
  info: string;
  facts: {
    /** The key columns (id, docId, unit, year, kind, table, rowCode), one array each. */
    keys: RowKeys & { tables: (string | null)[]; rowCodes: (string | null)[] };
    bodies: string[];
    descriptors: string[];
    /** `matchKey(fact.row)`. */
    rowKeys: string[];
    /** `labelChars(descriptor)`: the fact_text FTS row. */
    chars: string[];
    /** `metricsOfFact(fact)`. */
    metrics: string[][];
  };
  tables: { ids: string[]; docIds: string[]; bodies: string[] };
  sections: { ids: string[]; bodies: string[] };
  chunks: {
    keys: RowKeys & { types: string[] };
    bodies: string[];
    sectionKeys: string[];
    /** Each chunk's `termsText`. */
    terms: string[];
    /** The number of terms in each (splitting them on the main thread made millions of strings). */
    termCounts: number[];
    /** `vectorToBytes(vector)`, when the vectors were known where the rows were encoded. */
    vectors?: Uint8Array[];
  };
}

/** The columns a fact or chunk row is looked up by, as parallel arrays. */
export interface RowKeys {
  ids: string[];
  docIds: string[];
  units: string[];
  years: number[];
  kinds: string[];
}

function rowKeys(rows: { id: string; docId: string; unit: string; year: number; kind: string }[]): RowKeys {
  return {
    ids: rows.map((row) => row.id),
    docIds: rows.map((row) => row.docId),
    units: rows.map((row) => row.unit),
    years: rows.map((row) => row.year),
    kinds: rows.map((row) => row.kind),
  };
}

/** Encodes a parsed document's rows; `terms` and `vectors` per chunk when already computed. */
export function encodeRows(parsed: ParsedDocument, terms?: string[], vectors?: number[][]): EncodedRows {
  const descriptors = parsed.facts.map(factDescriptor);
  const chunkTerms = parsed.chunks.map((c, i) => terms?.[i] ?? termsText(c.text));
  return {
    info: JSON.stringify(parsed.info),
    facts: {
      keys: {
        ...rowKeys(parsed.facts),
        tables: parsed.facts.map((f) => f.table ?? null),
        rowCodes: parsed.facts.map((f) => f.rowCode ?? null),
      },
      bodies: parsed.facts.map((f) => JSON.stringify(f)),
      descriptors,
      rowKeys: parsed.facts.map((f) => matchKey(f.row)),
      chars: descriptors.map(labelChars),
      metrics: parsed.facts.map(metricsOfFact),
    },
    tables: {
      ids: parsed.tables.map((t) => t.id),
      docIds: parsed.tables.map((t) => t.docId),
      bodies: parsed.tables.map((t) => JSON.stringify(t)),
    },
    sections: {
      ids: parsed.sections.map((s) => s.id),
      bodies: parsed.sections.map((s) => JSON.stringify(s)),
    },
    chunks: {
      keys: { ...rowKeys(parsed.chunks), types: parsed.chunks.map((c) => c.type) },
      bodies: parsed.chunks.map((c) => JSON.stringify(c)),
      sectionKeys: parsed.chunks.map((c) => sectionKey(c.section)),
      terms: chunkTerms,
      termCounts: chunkTerms.map(termCount),
      vectors: vectors && parsed.chunks.map((_, i) => vectorToBytes(vectors[i] ?? [])),
    },
  };
}

/**
 * The chunk vectors of encoded rows as numbers again, or undefined when they hold none. They are
 * the float32 values hnswlib and the stored bytes keep of any vector, so a worker posts a vector
 * once, as bytes, and the store is the same as when it was posted as numbers.
 */
export function decodeVectors(rows: EncodedRows | undefined): number[][] | undefined {
  return rows?.chunks.vectors?.map((bytes) => Array.from(bytesToVector(bytes)));
}

/**
 * The parsed document encoded rows were made from, read back from their bodies: for a store that
 * binds parsed objects (PostgreSQL) or a caller that needs them, when a worker posted only rows.
 */
export function decodeRows(rows: EncodedRows): ParsedDocument {
  return ParsedDocument.parse({
    info: JSON.parse(rows.info),
    facts: rows.facts.bodies.map((body) => JSON.parse(body)),
    tables: rows.tables.bodies.map((body) => JSON.parse(body)),
    sections: rows.sections.bodies.map((body) => JSON.parse(body)),
    chunks: rows.chunks.bodies.map((body) => JSON.parse(body)),
  });
}
