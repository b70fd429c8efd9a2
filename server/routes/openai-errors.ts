import type { ErrorRequestHandler } from "express";
import { ZodError } from "zod";
import { AppError } from "../../lib/app-error.js";
import { zodToAppError } from "../http/error-handler.js";

/** OpenAI's error body: `{ error: { message, type, param, code } }`. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** Which OpenAI error type a status is (the SDKs pick their error class by status). */
function typeOf(status: number): string {
  if (status === 429) return "requests";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

/** Any error as an AppError: ours as they are, body-parser's as 400/413, the rest as a generic 500. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return zodToAppError(err);
  const type = (err as { type?: unknown } | undefined)?.type;
  if (type === "entity.too.large") return new AppError("PAYLOAD_TOO_LARGE", "Request body exceeds 1 MB");
  if (type === "entity.parse.failed")
    return new AppError("BAD_REQUEST", "We could not parse the JSON body of your request", { field: "body" });
  return new AppError("INTERNAL", "Internal error");
}

export function openAiError(error: AppError): OpenAiErrorBody {
  const details = error.details ?? {};
  const param = typeof details.field === "string" && details.field !== "body" ? details.field : null;
  const code = typeof details.openaiCode === "string" ? details.openaiCode : error.code.toLowerCase();
  return { error: { message: error.message, type: typeOf(error.status), param, code } };
}

/** Errors under /v1 in OpenAI's shape (everything else goes on to the app's own handler). */
export const openAiErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (!req.path.startsWith("/v1/") || res.headersSent) return next(err);
  const error = asAppError(err);
  if (error.status >= 500) req.log?.error({ err }, "request failed");
  if (error.status === 401) res.setHeader("www-authenticate", 'Bearer realm="budget-qa"');
  res.status(error.status).json(openAiError(error));
};
