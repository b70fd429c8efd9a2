import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import type { AnswerResult, ChatMessage } from "../engine/plan-schema.js";
import { ChatRequest } from "../http/schemas.js";

/** The one model the OpenAI-compatible API serves. */
export const MODEL_ID = "budget-qa";

/** Messages the engine plans over: the project's limit (ChatRequest), the most recent kept. */
const HISTORY_KEPT = 40;
/** The project's limit on one message (ChatMessage). */
const MESSAGE_CHARS = 4000;

const ContentPart = z.object({ type: z.string(), text: z.string().optional() });

const OpenAiMessage = z.object({
  role: z.enum(["system", "developer", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
});

/** POST /v1/chat/completions: the fields this server reads; the rest (temperature, tools …) are ignored. */
export const CompletionRequest = z.object({
  model: z.string().min(1),
  messages: z.array(OpenAiMessage).min(1).max(1000),
  stream: z.boolean().nullish(),
  n: z.number().int().min(1).max(1).nullish(),
});
export type CompletionRequest = z.infer<typeof CompletionRequest>;

function textOf(content: z.infer<typeof OpenAiMessage>["content"]): string {
  if (typeof content === "string") return content;
  return (content ?? [])
    .filter((part) => part.type === "text" && part.text)
    .map((part) => part.text)
    .join("\n");
}

/** This server's answers end with their numbered sources; the history keeps only the answer. */
function withoutSources(answer: string): string {
  return answer.replace(/\n+\*\*来源\*\*\n[\s\S]*$/, "");
}

/**
 * OpenAI messages → the engine's conversation. System, developer and tool messages are dropped
 * (the engine plans from the user turns; a client's system prompt cannot change what it looks
 * up). Text parts are joined, images ignored; earlier answers lose their sources block and are
 * cut to the project's message limit; only the last 40 messages are kept. A user message over the
 * limit is an error, never silently cut.
 */
export function toEngineMessages(messages: CompletionRequest["messages"]): ChatMessage[] {
  const conversation: ChatMessage[] = [];
  messages.forEach((message, index) => {
    if (message.role !== "user" && message.role !== "assistant") return;
    let content = textOf(message.content).trim();
    if (message.role === "assistant") content = withoutSources(content).slice(0, MESSAGE_CHARS).trim();
    else if (content.length > MESSAGE_CHARS)
      throw new AppError(
        "BAD_REQUEST",
        `messages.${index}.content: longer than ${MESSAGE_CHARS} characters`,
        {
          field: `messages.${index}.content`,
          openaiCode: "context_length_exceeded",
        },
      );
    if (content) conversation.push({ role: message.role, content });
  });
  const kept = conversation.slice(-HISTORY_KEPT);
  if (kept.at(-1)?.role !== "user")
    throw new AppError("BAD_REQUEST", "messages: the last message must be a non-empty user message", {
      field: "messages",
    });
  const checked = ChatRequest.safeParse({ messages: kept });
  if (!checked.success)
    throw new AppError("BAD_REQUEST", `messages: ${checked.error.issues[0]?.message ?? "invalid"}`, {
      field: "messages",
    });
  return checked.data.messages;
}

/** The structured side of an answer, as the extra `budget_qa` field of a completion. */
export function budgetQaField(result: AnswerResult) {
  return {
    status: result.status,
    facts: result.facts,
    citations: result.citations.map((c, i) => ({ n: i + 1, ...c })),
    chart: result.chart ?? null,
    mode: result.mode,
  };
}

export function completionId(): string {
  return `chatcmpl-${randomUUID().replace(/-/g, "")}`;
}

const now = () => Math.floor(Date.now() / 1000);

/** A non-streamed completion. No token counts exist, so `usage` is left out. */
export function completionBody(id: string, result: AnswerResult) {
  return {
    id,
    object: "chat.completion",
    created: now(),
    model: MODEL_ID,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: result.answer, refusal: null },
        finish_reason: "stop",
        logprobs: null,
      },
    ],
    budget_qa: budgetQaField(result),
  };
}

/** One `chat.completion.chunk`; the last one carries finish_reason and the `budget_qa` field. */
export function chunkBody(
  id: string,
  delta: { role?: "assistant"; content?: string },
  last?: AnswerResult,
): Record<string, unknown> {
  return {
    id,
    object: "chat.completion.chunk",
    created: now(),
    model: MODEL_ID,
    choices: [{ index: 0, delta, finish_reason: last ? "stop" : null, logprobs: null }],
    ...(last ? { budget_qa: budgetQaField(last) } : {}),
  };
}

export function modelBody(createdSeconds: number) {
  return { id: MODEL_ID, object: "model", created: createdSeconds, owned_by: "budget-qa" };
}
