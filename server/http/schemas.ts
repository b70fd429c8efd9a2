import { z } from "zod";
import { ChatMessage } from "../engine/plan-schema.js";

/** POST /api/chat: the client sends the whole conversation; the server keeps no state. */
export const ChatRequest = z.object({
  messages: z
    .array(ChatMessage)
    .min(1)
    .max(40)
    .refine((m) => m[m.length - 1]?.role === "user", { message: "the last message must be from the user" }),
  stream: z.boolean().optional(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export const FactsQuery = z.object({
  unit: z.string().max(100).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  q: z.string().max(100).optional(),
  table: z.string().max(20).optional(),
  format: z.enum(["json", "csv", "jsonl"]).default("json"),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FactsQuery = z.infer<typeof FactsQuery>;

export const SourceParams = z.object({ id: z.string().min(3).max(200) });
