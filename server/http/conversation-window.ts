import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import { ChatMessage } from "../engine/plan-schema.js";
import { normalizeInput } from "./normalize-input.js";

/**
 * How much of a conversation the server reads. The rule planner rebuilds a follow-up's context
 * from the last six questions, the LLM planner reads the last eight messages with each earlier
 * answer cut to 1,500 characters: sixteen messages, answers cut at 2,000, cover both.
 */
export const CHAT_LIMITS = {
  /** Messages passed to the engine, the question included. */
  keepMessages: 16,
  /** An earlier answer longer than this is cut (it is context, never re-read in full). */
  assistantChars: 2000,
  /** The longest question (the engine's message limit); the page allows 2,000. */
  questionChars: 4000,
  /** Messages one request may carry at all (the body size limit usually binds first). */
  rawMessages: 100_000,
} as const;

const CUT_MARK = "…（以下从略）";
/** The engine's schema for a fitted conversation, built once (a zod schema is costly to build). */
const FittedMessages = z.array(ChatMessage);

/** What the engine gets from a raw conversation, and what was left out. */
export interface FittedConversation {
  /** Empty when the question is empty once normalised. */
  messages: ChatMessage[];
  /** The question, normalised. */
  question: string;
  /** Earlier messages not passed on (beyond the window, or empty once normalised). */
  dropped: number;
  /** Earlier messages passed on cut short. */
  cut: number;
}

/** `text` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uDC00-\uDFFF]/.test(text[max] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * The recent turns of a conversation, normalised (zero-width and control characters removed),
 * earlier answers cut short: what the engine's schema accepts whatever the client sent. Only a
 * question over `questionChars` is refused, naming its field.
 */
export function fitConversation(raw: { role: "user" | "assistant"; content: string }[]): FittedConversation {
  const last = raw.length - 1;
  const question = normalizeInput(raw[last].content);
  if (question.length > CHAT_LIMITS.questionChars)
    throw new AppError(
      "BAD_REQUEST",
      `messages.${last}.content: a question of at most ${CHAT_LIMITS.questionChars} characters, please`,
      { field: `messages.${last}.content`, issues: 1 },
    );
  const earlier: ChatMessage[] = [];
  let cut = 0;
  for (let i = last - 1; i >= 0 && earlier.length < CHAT_LIMITS.keepMessages - 1; i--) {
    const { role } = raw[i];
    const content = normalizeInput(raw[i].content);
    if (!content) continue;
    const max = role === "assistant" ? CHAT_LIMITS.assistantChars : CHAT_LIMITS.questionChars;
    if (content.length > max) cut++;
    const kept = content.length > max ? `${cutAt(content, max - CUT_MARK.length)}${CUT_MARK}` : content;
    earlier.unshift({ role, content: kept });
  }
  // An empty question reaches no engine (the route answers it); the rest is the engine's schema.
  const messages = question ? FittedMessages.parse([...earlier, { role: "user", content: question }]) : [];
  return { messages, question, dropped: last - earlier.length, cut };
}
