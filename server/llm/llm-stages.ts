import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Config } from "../../lib/config.js";
import type { LlmStages } from "../engine/answer.js";
import { createChatModel } from "./chat-model.js";
import { runAgent } from "./llm-agent.js";
import { phraseAnswer } from "./llm-phrase.js";
import { llmPlan } from "./llm-plan.js";

/** Planning, open-question agent and phrasing with one chat model (a fake one in tests). */
export function createLlmStages(config: Config, model: BaseChatModel = createChatModel(config)): LlmStages {
  return {
    plan: (k, messages, fallback) => llmPlan(model, k, messages, fallback),
    agent: (k, messages, plan) => runAgent(model, k, messages, plan),
    phrase: (_k, _messages, result) => phraseAnswer(model, result),
  };
}
