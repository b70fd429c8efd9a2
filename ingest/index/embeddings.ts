import type { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { Config } from "../../lib/config.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";

export interface EmbeddingInfo {
  provider: string;
  model: string;
  dimensions: number;
}

/** OpenAI-compatible embeddings when an endpoint and EMBEDDING_MODEL are configured; local otherwise. */
export function createEmbeddings(
  config: Pick<Config, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "EMBEDDING_MODEL">,
): {
  embeddings: Embeddings;
  info: EmbeddingInfo;
} {
  if (config.EMBEDDING_MODEL && (config.OPENAI_API_KEY || config.OPENAI_BASE_URL)) {
    const embeddings = new OpenAIEmbeddings({
      model: config.EMBEDDING_MODEL,
      apiKey: config.OPENAI_API_KEY ?? "not-needed",
      configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
    });
    // Dimensions are learned from the first vector at ingest time.
    return {
      embeddings,
      info: { provider: "openai-compatible", model: config.EMBEDDING_MODEL, dimensions: 0 },
    };
  }
  const local = new LocalHashEmbeddings();
  return {
    embeddings: local,
    info: { provider: "local", model: "hash-jieba-bigram-v1", dimensions: local.dimensions },
  };
}
