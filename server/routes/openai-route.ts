import { Router, type ErrorRequestHandler, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../../lib/app-error.js";
import type { Engine } from "../engine/answer.js";
import type { ChatMessage } from "../engine/plan-schema.js";
import type { EngineHolder } from "../engine-holder.js";
import { zodToAppError } from "../http/error-handler.js";
import { apiCors, checkApiAccess, type ApiOptions } from "./api-access.js";
import { deltas } from "./chat-route.js";
import { asAppError, openAiError, openAiErrorHandler } from "./openai-errors.js";
import {
  chunkBody,
  completionBody,
  completionId,
  CompletionRequest,
  MODEL_ID,
  modelBody,
  toEngineMessages,
} from "./openai-shapes.js";

function engineOf(holder: EngineHolder): Engine {
  const engine = holder.engine;
  if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
  return engine;
}

function unknownModel(model: string): AppError {
  return new AppError("NOT_FOUND", `The model '${model}' does not exist; this server serves '${MODEL_ID}'`, {
    field: "model",
    openaiCode: "model_not_found",
  });
}

/**
 * Streamed answers are the final answer, never a draft: OpenAI's chunks append and cannot
 * replace text, so when an LLM is configured the first chunk (the assistant role) goes out at
 * once and the content follows when the refined answer is ready (within LLM_BUDGET_MS);
 * offline the answer is ready at once. The streamed text equals the non-streamed content.
 */
async function streamAnswer(req: Request, res: Response, engine: Engine, messages: ChatMessage[]) {
  const id = completionId();
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send(chunkBody(id, { role: "assistant", content: "" }));
  try {
    const result = await engine.answer(messages);
    for (const text of deltas(result.answer)) send(chunkBody(id, { content: text }));
    send(chunkBody(id, {}, result));
    res.write("data: [DONE]\n\n");
  } catch (error) {
    // The stream has begun: OpenAI's clients read an `error` event and throw it.
    req.log.error({ err: error }, "answer failed after the stream began");
    send(openAiError(asAppError(error)));
  }
  res.end();
}

/**
 * The OpenAI-compatible API: GET /v1/models and POST /v1/chat/completions (JSON or Server-Sent
 * Events in OpenAI's chunk format), errors in OpenAI's shape. Returns the router and its error
 * handler, to mount together after the JSON body parser.
 */
export function openaiRoute(holder: EngineHolder, options: ApiOptions): [Router, ErrorRequestHandler] {
  const router = Router();
  router.use(
    "/v1",
    apiCors(options.apiKeys),
    rateLimit({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(
          new AppError("RATE_LIMITED", "Rate limit reached; try again in a minute", {
            openaiCode: "rate_limit_exceeded",
          }),
        ),
    }),
    (req, _res, next) => {
      checkApiAccess(options.apiKeys, req);
      next();
    },
  );

  router.get("/v1/models", (_req, res) => {
    res.json({ object: "list", data: [modelBody(builtAtSeconds(holder))] });
  });
  router.get("/v1/models/:model", (req, res) => {
    if (req.params.model !== MODEL_ID) throw unknownModel(req.params.model);
    res.json(modelBody(builtAtSeconds(holder)));
  });

  router.post("/v1/chat/completions", async (req, res) => {
    const parsed = CompletionRequest.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    if (parsed.data.model !== MODEL_ID) throw unknownModel(parsed.data.model);
    const messages = toEngineMessages(parsed.data.messages);
    const engine = engineOf(holder);
    if (parsed.data.stream) return streamAnswer(req, res, engine, messages);
    res.json(completionBody(completionId(), await engine.answer(messages)));
  });

  router.use("/v1", (req, _res, next) =>
    next(
      new AppError("NOT_FOUND", `Invalid URL (${req.method} ${req.originalUrl.split("?")[0]})`, {
        openaiCode: "unknown_url",
      }),
    ),
  );
  return [router, openAiErrorHandler];
}

/** When the served index was built (the model's `created`), 0 while none is loaded. */
function builtAtSeconds(holder: EngineHolder): number {
  const builtAt = holder.engine?.knowledge.manifest.builtAt;
  const ms = builtAt ? Date.parse(builtAt) : NaN;
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : 0;
}
