import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createEngine, type Engine } from "../engine/answer.js";
import { ingestInto, offlineLoader, ROOT, tempWork } from "./http-harness.js";
import { buildSampleIndex } from "./sample-index.js";

/**
 * An engine for one test file, built before its tests by `build` (which also says how to remove
 * its index) and removed after. `ask` answers offline (no LLM) a conversation of the user's turns
 * (one question, or a question and its follow-ups).
 */
function useEngine(
  build: () => Promise<{ engine: Engine; cleanup: () => Promise<void> }>,
  timeoutMs?: number,
) {
  let built: { engine: Engine; cleanup: () => Promise<void> } | undefined;
  beforeAll(async () => {
    built = await build();
  }, timeoutMs);
  afterAll(() => built?.cleanup());
  return {
    ask(...turns: string[]) {
      if (!built) throw new Error("ask() before the test file's index was built");
      return built.engine.answer(
        turns.map((content) => ({ role: "user" as const, content })),
        { llm: false },
      );
    },
  };
}

/** The engine over the sample index (data/docs). */
export function useSampleEngine() {
  return useEngine(async () => {
    const index = await buildSampleIndex();
    return { engine: await createEngine(index.store, index.embeddings), cleanup: index.cleanup };
  });
}

/** The engine over an index of these published PDFs (file names in data/pdf). */
export function usePdfEngine(files: string[]) {
  return useEngine(async () => {
    const work = await tempWork("budget-qa-pdf-engine-");
    try {
      await ingestInto(
        work.indexDir,
        files.map((file) => join(ROOT, "data", "pdf", file)),
      );
      return { engine: await offlineLoader(work.indexDir).load(), cleanup: work.cleanup };
    } catch (error) {
      await work.cleanup();
      throw error;
    }
  }, 180_000);
}
