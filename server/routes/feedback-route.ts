import { randomUUID } from "node:crypto";
import { appendFile, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { Router } from "express";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import { zodToAppError } from "../http/error-handler.js";

/** Limits of one feedback record and of the file that collects them. */
export const FEEDBACK_LIMITS = {
  /** The JSON body of one POST (an answer of a long ranking runs to about 22,000 characters). */
  bodyBytes: 256 * 1024,
  questionChars: 4000,
  answerChars: 60_000,
  commentChars: 2000,
  citations: 200,
  /** The file stops growing here: further feedback is refused (507), nothing is overwritten. */
  fileBytes: 64 * 2 ** 20,
} as const;

const Citation = z.object({
  id: z.string().min(1).max(200),
  docId: z.string().max(200).optional(),
  unit: z.string().max(200).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  kind: z.string().max(20).optional(),
  table: z.string().max(20).optional(),
  section: z.string().max(1000).optional(),
  row: z.string().max(500).optional(),
  column: z.string().max(500).optional(),
  lines: z.array(z.number().int().min(0)).max(2).optional(),
  page: z.number().int().min(1).optional(),
});

/** POST /api/feedback: a 👍/👎 on one answer, with what a maintainer needs to turn it into a gold item. */
export const FeedbackBody = z
  .object({
    rating: z.enum(["up", "down"]),
    question: z.string().trim().min(1).max(FEEDBACK_LIMITS.questionChars),
    answer: z.string().min(1).max(FEEDBACK_LIMITS.answerChars),
    comment: z.string().max(FEEDBACK_LIMITS.commentChars).optional(),
    status: z.string().max(40).optional(),
    /** rules | llm …: which path produced the answer. */
    mode: z.string().max(40).optional(),
    /** The query plan as the server returned it (units, years, metrics, operation). */
    plan: z.record(z.string(), z.unknown()).nullable().optional(),
    citations: z.array(Citation).max(FEEDBACK_LIMITS.citations).default([]),
    /** The page's conversation and turn, so several ratings of one answer can be told apart. */
    conversationId: z.string().max(100).optional(),
    turn: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type FeedbackBody = z.infer<typeof FeedbackBody>;

/** Appends one JSON line per record; one write at a time in this process, O_APPEND across processes. */
export class FeedbackLog {
  private queue: Promise<unknown> = Promise.resolve();
  constructor(readonly file: string) {}

  append(record: Record<string, unknown>): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const write = this.queue.then(() => this.write(line));
    this.queue = write.catch(() => undefined);
    return write;
  }

  private async write(line: string): Promise<void> {
    const size = await stat(this.file).then(
      (s) => s.size,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return 0;
        throw error;
      },
    );
    if (size + Buffer.byteLength(line) > FEEDBACK_LIMITS.fileBytes)
      throw new AppError("INSUFFICIENT_STORAGE", "The feedback file is full; please tell the maintainers");
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, line, { encoding: "utf8", flag: "a" });
  }
}

/**
 * POST /api/feedback → 201 {id}. The record (body, id, time) is appended to the FEEDBACK_FILE
 * JSONL, never rewritten; a bad body is a 400 naming the field, an oversized one a 413.
 */
export function feedbackRoute(log: FeedbackLog): Router {
  const router = Router();
  router.post("/api/feedback", async (req, res) => {
    const parsed = FeedbackBody.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const id = randomUUID();
    await log.append({ id, at: new Date().toISOString(), ...parsed.data });
    res.status(201).json({ id });
  });
  return router;
}
