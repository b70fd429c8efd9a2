import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createEngine, type Engine } from "../engine/answer.js";
import { ingestInto, offlineLoader, ROOT, tempWork } from "./http-harness.js";
import { buildSampleIndex } from "./sample-index.js";

/**
 * The engine over the sample index for one test file: built before its tests, removed after.
 * `ask` answers one question offline (no LLM), as a user's first turn.
 */
export function useSampleEngine() {
  let engine: Engine | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const built = await buildSampleIndex();
    engine = await createEngine(built.store, built.embeddings);
    cleanup = built.cleanup;
  });
  afterAll(() => cleanup?.());
  return {
    ask(question: string) {
      if (!engine) throw new Error("useSampleEngine: ask() before the sample index was built");
      return engine.answer([{ role: "user", content: question }], { llm: false });
    },
  };
}

/**
 * The engine over an index of these published PDFs (file names in data/pdf) for one test file,
 * ingested before its tests and removed after.
 */
export function usePdfEngine(files: string[]) {
  let engine: Engine | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const work = await tempWork("budget-qa-pdf-engine-");
    cleanup = work.cleanup;
    await ingestInto(
      work.indexDir,
      files.map((file) => join(ROOT, "data", "pdf", file)),
    );
    engine = await offlineLoader(work.indexDir).load();
  }, 180_000);
  afterAll(() => cleanup?.());
  return {
    ask(question: string) {
      if (!engine) throw new Error("usePdfEngine: ask() before the index was built");
      return engine.answer([{ role: "user", content: question }], { llm: false });
    },
  };
}
