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
    const result = await engine.answer(parsed.data.messages);
    if (!wantsStream) {
      res.json(result);
      return;
    }
    // Server-Sent Events: answer deltas, then facts and citations, then a final event.
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    for (const text of deltas(result.answer)) send({ type: "delta", text });
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
