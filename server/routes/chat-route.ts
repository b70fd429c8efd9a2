import { Router } from "express";
import { AppError } from "../../lib/app-error.js";
import type { EngineHolder } from "../engine-holder.js";
import { fitConversation } from "../http/conversation-window.js";
import { zodToAppError } from "../http/error-handler.js";
import { JsonBytesCache } from "../http/json-bytes.js";
import { hasQuestionContent } from "../http/normalize-input.js";
import { noQuestionReply, type ChatReply } from "../http/no-question-reply.js";
import { neutralizeMarkup, safeAnswer } from "../http/sanitize-markdown.js";
import { ChatRequest } from "../http/schemas.js";

/** Split Markdown into deltas at line and sentence ends, so a client can render as it arrives. */
export function deltas(text: string): string[] {
  return text.match(/[^\n。；]*[\n。；]|[^\n。；]+$/g) ?? [text];
}

/**
 * POST /api/chat. Before the engine: the conversation is fitted (recent turns, normalised,
 * earlier answers cut short) and a message with no question in it gets a `clarify` reply. After
 * it: document text in the answer is made inert (sanitize-markdown.ts) for JSON and SSE alike.
 */
export function chatRoute(holder: EngineHolder): Router {
  const router = Router();
  const replies = new JsonBytesCache();
  router.post("/api/chat", async (req, res) => {
    const parsed = ChatRequest.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const engine = holder.engine;
    if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
    const { messages, question } = fitConversation(parsed.data.messages);
    const wantsStream =
      parsed.data.stream === true || (req.headers.accept ?? "").includes("text/event-stream");
    const hasQuestion = hasQuestionContent(question);
    if (!wantsStream) {
      // The engine's reply made safe and serialised once: a repeated answer is sent as stored bytes.
      if (!hasQuestion) res.json(noQuestionReply(engine.knowledge));
      else {
        const result = await engine.answer(messages);
        replies.send(res, result, () => safeAnswer(result));
      }
      return;
    }
    const answer = async (onDraft?: (text: string) => void): Promise<ChatReply> =>
      hasQuestion
        ? safeAnswer(
            await engine.answer(messages, onDraft && { onDraft: (d) => onDraft(neutralizeMarkup(d.answer)) }),
          )
        : noQuestionReply(engine.knowledge);
    // Server-Sent Events: the deterministic answer's deltas at once; if an LLM stage then improves
    // it in time, one "replace" event with the whole text; then facts and citations, then "done".
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    let streamed: string | undefined;
    const open = () => {
      if (res.headersSent) return;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
    };
    let result: ChatReply;
    try {
      result = await answer((draft) => {
        open();
        for (const text of deltas(draft)) send({ type: "delta", text });
        streamed = draft;
      });
    } catch (error) {
      if (!res.headersSent) throw error;
      // The stream has begun: end it with an error event instead of a second response.
      req.log.error({ err: error }, "answer failed after the stream began");
      send({ type: "error", message: "生成回答时出错，请重试。" });
      res.end();
      return;
    }
    open();
    if (streamed === undefined) for (const text of deltas(result.answer)) send({ type: "delta", text });
    else if (streamed !== result.answer) send({ type: "replace", text: result.answer });
    send({
      type: "meta",
      status: result.status,
      facts: result.facts,
      citations: result.citations,
      chart: result.chart ?? null,
      mode: result.mode,
      plan: result.plan ?? null,
    });
    send({ type: "done", status: result.status });
    res.end();
  });
  return router;
}
