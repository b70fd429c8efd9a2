import { z } from "zod";
import { CHAT_LIMITS } from "./conversation-window.js";

/**
 * POST /api/chat: the client sends the whole conversation; the server keeps no state. The raw
 * limits are generous (the body size bounds them first): the server keeps the recent turns it
 * needs (`fitConversation`), so a conversation of any length the page holds is accepted.
 */
export const ChatRequest = z.object({
  messages: z
    .array(
      z.object({
        role: z.enum(["user", "assistant"]),
        content: z.string().min(1),
      }),
    )
    .min(1)
    .max(CHAT_LIMITS.rawMessages)
    .refine((m) => m[m.length - 1]?.role === "user", { message: "the last message must be from the user" }),
  stream: z.boolean().optional(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export const FACTS_LIMITS = {
  /** A JSON page without `limit`. */
  defaultPage: 200,
  /** Most facts one JSON page or one limited export holds. */
  maxLimit: 5000,
  /** Facts read from the store per step of a streamed export. */
  exportStep: 1000,
} as const;

export const FactsQuery = z.object({
  unit: z.string().max(100).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  q: z.string().max(100).optional(),
  table: z.string().max(20).optional(),
  format: z.enum(["json", "csv", "jsonl"]).default("json"),
  /** JSON pages default to 200 facts; an export without a limit streams every match. */
  limit: z.coerce.number().int().min(1).max(FACTS_LIMITS.maxLimit).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FactsQuery = z.infer<typeof FactsQuery>;

export const SourceParams = z.object({ id: z.string().min(3).max(200) });
