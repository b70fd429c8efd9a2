import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Config } from "../../lib/config.js";
import type { LlmStages, RefineInput } from "../engine/answer.js";
import type { AnswerResult, StageOutcome } from "../engine/plan-schema.js";
import { arbitrate } from "./arbitrate.js";
import { createChatModel } from "./chat-model.js";
import { runAgent } from "./llm-agent.js";
import { CircuitBreaker, Deadline, LlmGate } from "./llm-gate.js";
import { phraseAnswer } from "./llm-phrase.js";
import { llmPlan } from "./llm-plan.js";

type LlmMeta = NonNullable<AnswerResult["llm"]>;

/**
 * Planning, the open-question agent and phrasing with one chat model (a scripted one in tests),
 * behind one gate: a time budget per question, a per-call timeout and a circuit breaker shared
 * by every question this process answers.
 */
export function createLlmStages(config: Config, model: BaseChatModel = createChatModel(config)): LlmStages {
  const gate = new LlmGate(
    new CircuitBreaker(config.LLM_BREAKER_FAILURES, config.LLM_BREAKER_COOLDOWN_MS),
    config.LLM_TIMEOUT_MS,
  );
  return {
    async refine(input) {
      const started = Date.now();
      const deadline = new Deadline(config.LLM_BUDGET_MS);
      const meta: LlmMeta = {
        plan: "not_run",
        agent: "not_run",
        phrase: "not_run",
        planSource: "rules",
        calls: 0,
        ms: 0,
        warnings: [],
      };
      const warn = (stage: string, outcome: StageOutcome, error?: string) => {
        if (outcome !== "used" && outcome !== "not_run" && outcome !== "kept_rules")
          meta.warnings.push(`${stage}: ${outcome}${error ? ` (${error.slice(0, 200)})` : ""}`);
      };
      let result = await choosePlan(input, meta, warn, (messages) =>
        llmPlan(
          model,
          gate,
          deadline,
          config.LLM_STRUCTURED_OUTPUT,
          input.knowledge,
          messages,
          input.rulePlan,
        ),
      );
      const plan = result.plan;
      // An open question the rules could not answer: the tool-using agent may, with citations.
      if (result.status !== "answered" && plan.operation === "text_lookup" && !plan.clarify) {
        const agent = await runAgent(model, gate, deadline, input.knowledge, input.messages, plan);
        const useful = agent.result?.status === "answered" && agent.result.citations.length > 0;
        meta.agent = agent.result && !useful ? "rejected" : agent.outcome;
        warn("agent", meta.agent, agent.error ?? (useful ? undefined : "no cited answer"));
        if (useful && agent.result) result = agent.result;
      }
      if (result.status === "answered" && meta.agent !== "used") {
        const phrased = await phraseAnswer(model, gate, deadline, result);
        meta.phrase = phrased.outcome;
        const guard = phrased.guard;
        warn(
          "phrase",
          phrased.outcome,
          phrased.error ??
            (guard && !guard.ok
              ? [
                  ...guard.problems,
                  ...guard.unsupported.map((n) => `unsupported ${n}`),
                  ...guard.missing.map((n) => `lost ${n}`),
                ].join("; ")
              : undefined),
        );
        result = phrased.result;
        if (guard) result = { ...result, guard: { passed: guard.ok, unsupported: guard.unsupported } };
      }
      meta.calls = deadline.calls;
      meta.ms = Date.now() - started;
      return { ...result, llm: meta };
    },
  };
}

/** The model's plan competes with the rules' plan; the answer records which one it executed. */
async function choosePlan(
  input: RefineInput,
  meta: LlmMeta,
  warn: (stage: string, outcome: StageOutcome, error?: string) => void,
  plan: (messages: RefineInput["messages"]) => ReturnType<typeof llmPlan>,
): Promise<AnswerResult> {
  const planned = await plan(input.messages);
  meta.plan = planned.outcome;
  warn("plan", planned.outcome, planned.error);
  if (!planned.plan) return input.ruleResult;
  const choice = arbitrate(input.rulePlan, planned.plan);
  meta.reason = choice.reason;
  if (choice.source === "rules") {
    meta.plan = "kept_rules";
    return input.ruleResult;
  }
  const result = await input.run(planned.plan);
  if (result.status !== "answered" && input.ruleResult.status === "answered") {
    meta.plan = "kept_rules";
    meta.reason = "the model's plan found no figure; the rules' plan did";
    return input.ruleResult;
  }
  meta.planSource = "llm";
  return result;
}
