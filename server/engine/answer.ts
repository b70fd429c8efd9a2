import type { Embeddings } from "@langchain/core/embeddings";
import type { Manifest } from "../../ingest/schema.js";
import type { IndexStore } from "../../ingest/store/store.js";
import { compose } from "./compose.js";
import { execute } from "./execute.js";
import { Knowledge } from "./knowledge.js";
import type { AnswerResult, ChatMessage, QueryPlan } from "./plan-schema.js";
import { planConversation } from "./rule-planner.js";

/** Optional LLM stages; each falls back to the deterministic path on failure. */
export interface LlmStages {
  plan?: (k: Knowledge, messages: ChatMessage[], fallback: QueryPlan) => Promise<QueryPlan>;
  /** Open questions (no figure to look up): a tool-using agent; undefined keeps the rules' answer. */
  agent?: (k: Knowledge, messages: ChatMessage[], plan: QueryPlan) => Promise<AnswerResult | undefined>;
  phrase?: (k: Knowledge, messages: ChatMessage[], result: AnswerResult) => Promise<AnswerResult>;
}

export interface Engine {
  knowledge: Knowledge;
  answer(messages: ChatMessage[], options?: { llm?: LlmStages | false }): Promise<AnswerResult>;
}

/**
 * question → query plan → facts and calculator → cited answer. The rule-based planner always
 * runs (it is the fallback and costs well under a millisecond); an LLM may refine the plan
 * and phrase the answer, but numbers come only from the executor.
 */
export async function createEngine(
  store: IndexStore,
  embeddings: Embeddings | ((manifest: Manifest) => Embeddings),
  llm?: LlmStages,
): Promise<Engine> {
  const shared = await Knowledge.open(store, embeddings);
  return {
    knowledge: shared,
    async answer(messages, options = {}) {
      const knowledge = shared.forRequest();
      const stages = options.llm === false ? undefined : (options.llm ?? llm);
      const rulePlan = planConversation(knowledge, messages);
      const plan = stages?.plan ? await stages.plan(knowledge, messages, rulePlan) : rulePlan;
      if (stages?.agent && plan.operation === "text_lookup" && !plan.metrics.length && !plan.clarify) {
        const agentAnswer = await stages.agent(knowledge, messages, plan);
        if (agentAnswer) return agentAnswer;
      }
      const draft = await execute(knowledge, plan);
      const result = compose(draft, plan);
      return stages?.phrase && result.status === "answered"
        ? stages.phrase(knowledge, messages, result)
        : result;
    },
  };
}
