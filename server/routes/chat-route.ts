import { Router } from "express";
import { AppError } from "../../lib/app-error.js";
import type { EngineHolder } from "../engine-holder.js";
import { ChatRequest } from "../http/schemas.js";
import { zodToAppError } from "../http/error-handler.js";

/** Split Markdown into deltas at line and sentence ends, so a client can render as it arrives. */
export function deltas(text: string): string[] {
  return text.match(/[^\n。；]*[\n。；]|[^\n。；]+$/g) ?? [text];
}

export function chatRoute(holder: EngineHolder): Router {
  const router = Router();
  router.post("/api/chat", async (req, res) => {
    const parsed = ChatRequest.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const engine = holder.engine;
    if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
    const wantsStream =
      parsed.data.stream === true || (req.headers.accept ?? "").includes("text/event-stream");
    if (!wantsStream) {
      res.json(await engine.answer(parsed.data.messages));
      return;
    }
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
    let result;
    try {
      result = await engine.answer(parsed.data.messages, {
        onDraft: (draft) => {
          open();
          for (const text of deltas(draft.answer)) send({ type: "delta", text });
          streamed = draft.answer;
        },
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
    });
    send({ type: "done", status: result.status });
    res.end();
  });
  return router;
}
