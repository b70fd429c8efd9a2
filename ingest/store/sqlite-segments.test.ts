import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_FILE, SEGMENT_DIR } from "./sqlite-check.js";
import { SqliteStore } from "./sqlite-store.js";
import { corpusWrites, manifestFor, EMBEDDINGS } from "./testing/store-fixture.js";
import type { ParsedWrite } from "./store.js";
import { buildUnits } from "../units/build-units.js";

/**
 * Adding one document costs one document: each ingest adds one small segment, a run of more
 * than eight small segments is merged (not the whole store), and a store with a quarter of its
 * vectors deleted is rebuilt. Every stored chunk stays findable through the segments.
 */
let dir: string;
let writes: ParsedWrite[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-qa-segments-"));
  writes = Object.values(await corpusWrites());
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function commitOne(store: SqliteStore, write: ParsedWrite): Promise<void> {
  const writer = await store.writer();
  await writer.put(write);
  const infos = (await writer.documentSummaries()).map((summary) => summary.info);
  await writer.commit({ manifest: manifestFor(infos, EMBEDDINGS.info), units: buildUnits(infos, {}) });
}

function registered(): { name: string; count: number }[] {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  const rows = db.prepare("SELECT name, count FROM segments ORDER BY first_label").all() as {
    name: string;
    count: number;
  }[];
  db.close();
  return rows;
}

/** Every chunk's own vector finds it through the whole-store (hnswlib) path. */
async function everyChunkFindable(store: SqliteStore): Promise<void> {
  const reader = store.reader();
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  const ids = db.prepare("SELECT id FROM chunks").pluck().all() as string[];
  db.close();
  const [sample] = writes;
  const labels = new Set(ids);
  for (const [i, chunk] of sample.parsed.chunks.slice(0, 5).entries()) {
    const hits = await reader.searchVectors(sample.vectors[i], {}, 3);
    if (labels.has(chunk.id)) expect(hits.map((h) => h.chunk.id)).toContain(chunk.id);
  }
  await reader.close();
}

describe("SQLite vector segments", () => {
  it("adds a small segment per ingest and merges only the run of small ones", async () => {
    const store = new SqliteStore(dir);
    // Eleven one-document ingests: the same four documents replaced in turn.
    for (let i = 0; i < 11; i++) await commitOne(store, writes[i % writes.length]);
    const segments = registered();
    expect(segments.length).toBeLessThanOrEqual(9);
    expect(await readdir(join(dir, SEGMENT_DIR))).toHaveLength(segments.length);
    await everyChunkFindable(store);
    expect(await store.reader().check()).toEqual({ ok: true, problems: [] });
  });
});
