import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createEngine, type Engine } from "../engine/answer.js";
import { ingestInto, offlineLoader, ROOT, tempWork } from "./http-harness.js";
import { buildSampleIndex } from "./sample-index.js";
import { testStoreKind } from "./test-store.js";

/**
 * Engines built so far in this worker, by store and corpus. The engine suites share one module
 * graph per worker (vitest `isolate: false`), so test files asking over the same corpus share
 * its index instead of each ingesting it again; an engine only answers, so sharing it changes
 * no answer. Their folders are removed when the worker exits.
 */
const built = new Map<string, Promise<Built>>();
const folders: string[] = [];
process.once("exit", () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** An engine, the folder of its index, and how to release its store's connections between files. */
interface Built {
  engine: Engine;
  folder: string;
  release: () => Promise<void>;
}

const keyOf = (corpus: string) => `${testStoreKind()}:${corpus}`;

function sharedEngine(corpus: string, build: () => Promise<Built>) {
  const key = keyOf(corpus);
  let engine = built.get(key);
  if (!engine) {
    engine = build().then((ready) => {
      folders.push(ready.folder);
      return ready;
    });
    built.set(key, engine);
    // A failed build is not remembered: the next file tries again and reports its own error.
    engine.catch(() => built.delete(key));
  }
  return engine;
}

/**
 * An engine for one test file, built (or taken from this worker's earlier files) before its
 * tests. `ask` answers offline (no LLM) a conversation of the user's turns (one question, or a
 * question and its follow-ups).
 */
function useEngine(corpus: string, build: () => Promise<Built>, timeoutMs?: number) {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = (await sharedEngine(corpus, build)).engine;
  }, timeoutMs);
  // The store's connections are released after each file (its reader reopens them on use), so
  // engines kept for later files hold no PostgreSQL connection meanwhile.
  afterAll(async () => {
    const kept = built.get(keyOf(corpus));
    if (kept) await (await kept).release();
  });
  return {
    ask(...turns: string[]) {
      if (!engine) throw new Error("ask() before the test file's index was built");
      return engine.answer(
        turns.map((content) => ({ role: "user" as const, content })),
        { llm: false },
      );
    },
  };
}

/** The engine over the sample index (data/docs). */
export function useSampleEngine() {
  return useEngine("data/docs", async () => {
    const index = await buildSampleIndex();
    return {
      engine: await createEngine(index.store, index.embeddings),
      folder: index.folder,
      release: () => index.store.close(),
    };
  });
}

/** The engine over an index of these published PDFs (file names in data/pdf). */
export function usePdfEngine(files: string[]) {
  return useFilesEngine(files.map((file) => join("data", "pdf", file)));
}

/** The engine over an index of these documents (paths from the repository's root). */
export function useFilesEngine(paths: string[]) {
  return useEngine(
    paths.join("+"),
    async () => {
      const work = await tempWork("budget-qa-files-engine-");
      try {
        await ingestInto(
          work.indexDir,
          paths.map((path) => join(ROOT, path)),
        );
        const loader = offlineLoader(work.indexDir);
        return { engine: await loader.load(), folder: work.work, release: loader.close };
      } catch (error) {
        await work.cleanup();
        throw error;
      }
    },
    180_000,
  );
}
