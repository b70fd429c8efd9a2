import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeRows, decodeVectors, encodeRows } from "./encoded-rows.js";
import { termCount } from "./scoring.js";
import { bytesToVector, termsText } from "./scoring.js";
import { DB_FILE, SEGMENT_DIR } from "./sqlite-check.js";
import { SqliteStore } from "./sqlite-store.js";
import type { ParsedWrite } from "./store.js";
import { corpusWrites, ingestInto } from "./testing/store-fixture.js";

/**
 * Rows a parse worker encodes (and posts to the main thread, which copies them as structured
 * clones) are the rows the SQLite writer computes itself: a store written from them is the same,
 * table by table, full-text index by full-text index, and vector segment by vector segment.
 */
let dir: string;
let writes: ParsedWrite[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-qa-encoded-"));
  writes = Object.values(await corpusWrites());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A hash per table (rows in key order) and per full-text index (every token instance). */
function tableHashes(indexDir: string): Record<string, string> {
  const db = new Database(join(indexDir, DB_FILE));
  db.exec(`CREATE VIRTUAL TABLE temp.fact_tokens USING fts5vocab(main, fact_text, instance);
    CREATE VIRTUAL TABLE temp.chunk_tokens USING fts5vocab(main, chunk_fts, instance)`);
  const queries = {
    documents: "SELECT * FROM documents ORDER BY doc_id",
    facts: "SELECT * FROM facts ORDER BY rowid",
    fact_metrics: "SELECT * FROM fact_metrics ORDER BY metric, doc_id, fact",
    figures: "SELECT * FROM figures ORDER BY metric, want, doc_id",
    tables: "SELECT * FROM tables ORDER BY id",
    sections: "SELECT * FROM sections ORDER BY id",
    chunks: "SELECT * FROM chunks ORDER BY rowid",
    vocabulary: "SELECT * FROM vocabulary ORDER BY rowid",
    meta: "SELECT * FROM meta WHERE key NOT IN ('generation', 'manifest') ORDER BY key",
    fact_tokens: "SELECT term, doc, col, offset FROM temp.fact_tokens ORDER BY doc, offset",
    chunk_tokens: "SELECT term, doc, col, offset FROM temp.chunk_tokens ORDER BY doc, offset",
  };
  const out: Record<string, string> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const hash = createHash("sha256");
    for (const row of db.prepare(sql).raw().iterate() as Iterable<unknown[]>)
      for (const value of row) hash.update(value instanceof Buffer ? value : `${String(value)}\u001f`);
    out[name] = hash.digest("hex");
  }
  db.close();
  return out;
}

async function segmentHashes(indexDir: string): Promise<string[]> {
  const db = new Database(join(indexDir, DB_FILE), { readonly: true });
  const names = db.prepare("SELECT name FROM segments ORDER BY first_label").pluck().all() as string[];
  db.close();
  return Promise.all(
    names.map(async (name) =>
      createHash("sha256")
        .update(await readFile(join(indexDir, SEGMENT_DIR, name)))
        .digest("hex"),
    ),
  );
}

describe("encodeRows", () => {
  it("counts terms as the space-separated words of the stored text", () => {
    expect(termCount("")).toBe(0);
    for (const write of writes.slice(0, 3))
      for (const chunk of write.parsed.chunks) {
        const terms = termsText(chunk.text);
        expect(termCount(terms)).toBe(terms ? terms.split(" ").length : 0);
      }
  });

  it("serialises each fact, table, section and chunk, and each vector as float32 bytes", () => {
    const write = writes[0];
    const rows = encodeRows(write.parsed, undefined, write.vectors);
    expect(rows.facts.bodies.map((body) => JSON.parse(body) as unknown)).toEqual(write.parsed.facts);
    expect(rows.tables.bodies.map((body) => JSON.parse(body) as unknown)).toEqual(write.parsed.tables);
    expect(rows.chunks.bodies.map((body) => JSON.parse(body) as unknown)).toEqual(write.parsed.chunks);
    rows.chunks.vectors?.forEach((bytes, i) =>
      expect(Array.from(bytesToVector(bytes))).toEqual(Array.from(Float32Array.from(write.vectors[i]))),
    );
  });

  it("gives back each vector as the float32 values stored and indexed", () => {
    const write = writes[0];
    const decoded = decodeVectors(structuredClone(encodeRows(write.parsed, undefined, write.vectors)));
    expect(decoded).toEqual(write.vectors.map((vector) => vector.map(Math.fround)));
    expect(decodeVectors(encodeRows(write.parsed))).toBeUndefined();
  });

  it("reads the parsed document back from its rows", () => {
    for (const write of writes.slice(0, 2))
      expect(decodeRows(structuredClone(encodeRows(write.parsed)))).toEqual(write.parsed);
  });

  it("writes the same store as rows the writer computes", async () => {
    const plain = join(dir, "plain");
    const encoded = join(dir, "encoded");
    await ingestInto(new SqliteStore(plain), writes);
    await ingestInto(
      new SqliteStore(encoded),
      writes.map((write) => {
        // As posted by a worker thread: Buffers arrive as Uint8Arrays, vectors only as bytes.
        const encoded = structuredClone(encodeRows(write.parsed, write.terms, write.vectors));
        return { ...write, encoded, vectors: decodeVectors(encoded) ?? [] };
      }),
    );
    // As a worker posts a document for this store: the rows and the info, not the parsed objects.
    const posted = join(dir, "posted");
    await ingestInto(
      new SqliteStore(posted),
      writes.map(({ parsed, terms, ...write }) => {
        const encoded = structuredClone(encodeRows(parsed, terms, write.vectors));
        return { ...write, info: parsed.info, encoded, vectors: decodeVectors(encoded) ?? [] };
      }),
    );
    const expected = tableHashes(plain);
    expect(Object.keys(expected)).toHaveLength(11);
    expect(tableHashes(encoded)).toEqual(expected);
    expect(tableHashes(posted)).toEqual(expected);
    const segments = await segmentHashes(plain);
    expect(segments.length).toBeGreaterThan(0);
    expect(await segmentHashes(encoded)).toEqual(segments);
    expect(await segmentHashes(posted)).toEqual(segments);
  });
});
