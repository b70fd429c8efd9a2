import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../../lib/config.js";
import { PHRASE_MAX_TOKENS } from "./llm-phrase.js";

/**
 * The one place a chat model is made; tests point it at a scripted OpenAI-compatible server.
 * No retries: a retry would double the wait inside the question's budget, and the circuit
 * breaker handles an endpoint that is down. Replies are capped at the longest stage's need.
 */
export function createChatModel(config: Config): BaseChatModel {
  return new ChatOpenAI({
    model: config.OPENAI_MODEL,
    apiKey: config.OPENAI_API_KEY ?? "not-needed",
    temperature: 0,
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: 0,
    maxTokens: PHRASE_MAX_TOKENS,
    configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
  });
}
