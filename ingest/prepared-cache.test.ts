import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmbeddings } from "./index/embeddings.js";
import { ingest } from "./ingest.js";
import { folderPreparedCache, type PreparedCache } from "./prepared-cache.js";
import { SqliteStore } from "./store/sqlite-store.js";

const BEIJING = join(import.meta.dirname, "..", "data", "docs", "001_c98938bd16771fdc.txt");

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "budget-qa-prepared-test-"));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** The folder cache, counting what it was asked and what it found. */
function counted(cache: PreparedCache) {
  const counts = { gets: 0, hits: 0, sets: 0 };
  const wrapped: PreparedCache = {
    async get(key) {
      counts.gets++;
      const found = await cache.get(key);
      if (found) counts.hits++;
      return found;
    },
    async set(key, prepared) {
      counts.sets++;
      await cache.set(key, prepared);
    },
  };
  return { cache: wrapped, counts };
}

async function ingestInto(folder: string, preparedCache: PreparedCache, overrides = {}) {
  const { embeddings, info } = createEmbeddings({});
  const store = new SqliteStore(join(work, folder));
  await ingest([BEIJING], { store, embeddings, embeddingInfo: info, aliases: {}, preparedCache, overrides });
  const reader = store.reader();
  try {
    return await reader.facts({});
  } finally {
    await reader.close();
  }
}

describe("prepared-document cache", () => {
  it("serves a second store the same rows without parsing again", async () => {
    const { cache, counts } = counted(folderPreparedCache(join(work, "cache")));
    const first = await ingestInto("a", cache);
    expect(counts).toEqual({ gets: 1, hits: 0, sets: 1 });
    const second = await ingestInto("b", cache);
    expect(counts).toEqual({ gets: 2, hits: 1, sets: 1 });
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(100);
  });

  it("keys by the options too: a unit given on the command line is a new preparation", async () => {
    const { cache, counts } = counted(folderPreparedCache(join(work, "cache")));
    await ingestInto("a", cache);
    const renamed = await ingestInto("b", cache, { unit: "某某联络处" });
    expect(counts.hits).toBe(0);
    expect(new Set(renamed.map((fact) => fact.unit))).toEqual(new Set(["某某联络处"]));
  });
});
