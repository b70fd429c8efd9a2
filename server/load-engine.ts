import type { Config } from "../lib/config.js";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { readIndex } from "../ingest/index/index-files.js";
import { createEngine, type Engine } from "./engine/answer.js";
import { createLlmStages } from "./llm/llm-stages.js";

/** Read the index and build the engine, with the LLM stages when an endpoint is configured. */
export async function loadEngine(config: Config): Promise<Engine> {
  const index = await readIndex(config.INDEX_DIR);
  const { embeddings } = createEmbeddings(index.manifest.embedding.provider === "local" ? {} : config);
  return createEngine(index, embeddings, config.llmEnabled ? createLlmStages(config) : undefined);
}
