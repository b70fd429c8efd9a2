import type {} from "pino-http";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";
import { AppError } from "../../lib/app-error.js";

/** Zod issues as "messages.0.content: Too small…": the field is named, nothing else leaks. */
export function zodToAppError(error: ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || "body";
  return new AppError("BAD_REQUEST", `${field}: ${issue?.message ?? "invalid"}`, {
    field,
    issues: error.issues.length,
  });
}

/** A byte limit as people write it: "8 MB", "64 KB". */
function sizeText(bytes: number): string {
  if (!Number.isFinite(bytes)) return "the limit";
  return bytes >= 2 ** 20 ? `${+(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError("NOT_FOUND", `No route for ${req.method} ${req.path}`));
};

/**
 * The one error handler: AppError → its status and code; body-parser errors → 400/413;
 * anything else → 500 with a generic message. Stack traces never reach clients.
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  let error: AppError;
  if (err instanceof AppError) error = err;
  else if (err instanceof ZodError) error = zodToAppError(err);
  else if (err?.type === "entity.too.large")
    error = new AppError("PAYLOAD_TOO_LARGE", `Request body exceeds ${sizeText(Number(err.limit))}`);
  else if (err?.type === "entity.parse.failed")
    error = new AppError("BAD_REQUEST", "Malformed JSON body", { field: "body" });
  else if (typeof err?.status === "number" && err.status >= 400 && err.status < 500)
    error = new AppError("BAD_REQUEST", String(err.message ?? "Bad request"));
  else error = new AppError("INTERNAL", "Internal error");
  if (error.status >= 500) req.log?.error({ err }, "request failed");
  res.status(error.status).json({
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  });
};
