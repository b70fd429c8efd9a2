import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../../lib/config.js";

/** The one place a chat model is made; tests pass a fake model to createLlmStages instead. */
export function createChatModel(config: Config): BaseChatModel {
  return new ChatOpenAI({
    model: config.OPENAI_MODEL,
    apiKey: config.OPENAI_API_KEY ?? "not-needed",
    temperature: 0,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 1,
    configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
  });
}
