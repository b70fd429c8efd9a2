import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { buildPhraseInput, buildPhrasePrompt } from "../../prompts/phrase-prompt.js";
import type { AnswerResult } from "../engine/plan-schema.js";
import type { Deadline, LlmGate, StageOutcome } from "./llm-gate.js";
import { checkPhrasing, type GuardResult } from "./phrase-guard.js";

/** The sources block the server composes; the model never rewrites it. */
const SOURCES = /\n\n\*\*来源\*\*\n[\s\S]*$/;

/** Upper bound on the reply: a rephrasing is about as long as the draft. */
export const PHRASE_MAX_TOKENS = 1200;

export interface PhraseOutcome {
  result: AnswerResult;
  outcome: StageOutcome;
  guard?: GuardResult;
  error?: string;
}

/**
 * Let the model rephrase a verified answer's text (not its sources). The reply is used only if
 * the guard accepts it; any failure, timeout or rejection keeps the deterministic text, with no
 * retry.
 */
export async function phraseAnswer(
  model: BaseChatModel,
  gate: LlmGate,
  deadline: Deadline,
  result: AnswerResult,
): Promise<PhraseOutcome> {
  const sources = SOURCES.exec(result.answer)?.[0] ?? "";
  const body = result.answer.slice(0, result.answer.length - sources.length);
  const reply = await gate.call(deadline, (signal) =>
    model.invoke([new SystemMessage(buildPhrasePrompt()), new HumanMessage(buildPhraseInput(body))], {
      signal,
    }),
  );
  if (!reply.ok) return { result, outcome: reply.outcome, error: reply.error };
  const text = typeof reply.value.content === "string" ? reply.value.content.trim() : "";
  if (!text) return { result, outcome: "rejected", error: "empty reply" };
  const guard = checkPhrasing({
    text,
    draft: body,
    figures: result.facts,
    citations: result.citations.length,
  });
  if (!guard.ok) return { result, outcome: "rejected", guard };
  return { result: { ...result, answer: `${text}${sources}`, mode: "llm" }, outcome: "used", guard };
}
