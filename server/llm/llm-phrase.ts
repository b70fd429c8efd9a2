import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { buildPhraseInput, buildPhrasePrompt } from "../../prompts/phrase-prompt.js";
import type { AnswerResult } from "../engine/plan-schema.js";
import { checkNumbers } from "./numeric-guard.js";

/**
 * Let the LLM rephrase a verified answer. The numeric guard compares every number in its text
 * with the answer's facts and calculations; on any mismatch the deterministic text stands.
 */
export async function phraseAnswer(model: BaseChatModel, result: AnswerResult): Promise<AnswerResult> {
  try {
    const reply = await model.invoke([
      new SystemMessage(buildPhrasePrompt()),
      new HumanMessage(buildPhraseInput(result.answer, result.facts)),
    ]);
    const text = typeof reply.content === "string" ? reply.content.trim() : "";
    if (!text) return result;
    const guard = checkNumbers(
      text,
      result.facts.map((f) => f.value),
      result.answer,
    );
    if (!guard.ok) return { ...result, guard: { passed: false, unsupported: guard.unsupported } };
    return { ...result, answer: text, mode: "llm", guard: { passed: true, unsupported: [] } };
  } catch {
    return result;
  }
}
