/**
 * The one error class of the project. `code` is stable and machine-readable; `status` is the
 * HTTP status the server's error handler answers with; `message` is safe to show a user.
 */
export const ERROR_STATUS = {
  EMPTY_FILE: 422,
  BINARY_FILE: 422,
  UNREADABLE_FILE: 422,
  /** A PDF whose pages are images only (a scan): there is no text to read without OCR. */
  NO_TEXT_LAYER: 422,
  UNSUPPORTED_FORMAT: 415,
  NOT_A_DISCLOSURE: 422,
  INDEX_MISSING: 503,
  INDEX_CORRUPT: 500,
  INDEX_LOCKED: 409,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** A missing or wrong API key (the OpenAI-compatible API and MCP over HTTP). */
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  /** A store that may not grow further (the feedback file at its size limit). */
  INSUFFICIENT_STORAGE: 507,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}
