import type { Config } from "../lib/config.js";
import { AppError } from "../lib/app-error.js";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import type { Manifest } from "../ingest/schema.js";
import { openStore } from "../ingest/store/open-store.js";
import type { IndexStore } from "../ingest/store/store.js";
import { createEngine, type Engine } from "./engine/answer.js";
import { createLlmStages } from "./llm/llm-stages.js";

/**
 * Check the store (integrity, counts against its manifest) and build the engine over it, with
 * the LLM stages when an endpoint is configured. A damaged store is refused, never served.
 */
export async function loadEngine(
  config: Config,
  store: IndexStore = openStore(config).reader(),
): Promise<Engine> {
  if ((await store.generation()) === undefined)
    throw new AppError("INDEX_MISSING", `No index in ${store.location}: run \`npm run ingest\` first`);
  const check = await store.check();
  if (!check.ok)
    throw new AppError(
      "INDEX_CORRUPT",
      `The index in ${store.location} is damaged: ${check.problems.join("; ")}`,
      {
        problems: check.problems,
      },
    );
  // Queries are embedded the way the index was: a local index keeps local query vectors.
  const embeddings = (manifest: Manifest) =>
    createEmbeddings(manifest.embedding.provider === "local" ? {} : config).embeddings;
  return createEngine(store, embeddings, config.llmEnabled ? createLlmStages(config) : undefined, {
    answerCache: config.ANSWER_CACHE,
  });
}
