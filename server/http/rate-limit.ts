import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import { ipKeyGenerator } from "express-rate-limit";
import type { Logger } from "pino";
import { AppError } from "../../lib/app-error.js";

export interface RateLimitOptions {
  windowMs: number;
  /** Requests one client may make per window; the next ones get 429 RATE_LIMITED. */
  limit: number;
  message: string;
  logger?: Logger;
}

/** One client's window: hits so far, when the window ends, its draft-8 partition key. */
interface Client {
  hits: number;
  resetAt: number;
  partitionKey: string;
}

/** IPv6 clients share a budget per /56, as express-rate-limit's default key does. */
const IPV6_SUBNET = 56;

/**
 * The per-client fixed-window limit of /api, with what express-rate-limit's MemoryStore and
 * `standardHeaders: "draft-8"` give (same keys, windows, `RateLimit`, `RateLimit-Policy` and
 * `Retry-After` headers; rate-limit.test.ts compares the two request by request), without its
 * per-request cost: the library awaits five times and hashes the client key again on every
 * request, a tenth of the server's time per cached answer. Clients idle for a whole window are
 * forgotten (two maps swapped every window, as the library's store does).
 */
export function rateLimitPerClient(options: RateLimitOptions): RequestHandler {
  const { windowMs, limit } = options;
  let current = new Map<string, Client>();
  let previous = new Map<string, Client>();
  setInterval(() => {
    previous = current;
    current = new Map();
  }, windowMs).unref();
  const name = `"${limit}-in-${windowName(windowMs)}"`;
  const policy = `${name}; q=${limit}; w=${Math.ceil(windowMs / 1000)}; pk=:`;
  let warnedForwarded = false;

  const clientFor = (key: string, now: number): Client => {
    let client = current.get(key);
    if (!client) {
      client = previous.get(key) ?? { hits: 0, resetAt: now + windowMs, partitionKey: partitionKey(key) };
      previous.delete(key);
      current.set(key, client);
    }
    if (client.resetAt <= now) {
      client.hits = 0;
      client.resetAt = now + windowMs;
    }
    return client;
  };

  return (req, res, next) => {
    if (!warnedForwarded && req.headers["x-forwarded-for"] !== undefined && !req.app.get("trust proxy")) {
      warnedForwarded = true;
      options.logger?.warn(
        "X-Forwarded-For is set but trust proxy is off: every client behind the proxy shares one rate limit",
      );
    }
    const now = Date.now();
    const client = clientFor(ipKeyGenerator(req.ip ?? "", IPV6_SUBNET), now);
    client.hits++;
    const resetSeconds = Math.max(0, Math.ceil((client.resetAt - now) / 1000));
    res.setHeader("RateLimit", `${name}; r=${Math.max(limit - client.hits, 0)}; t=${resetSeconds}`);
    res.setHeader("RateLimit-Policy", `${policy}${client.partitionKey}:`);
    if (client.hits <= limit) return next();
    res.setHeader("Retry-After", String(resetSeconds));
    next(new AppError("RATE_LIMITED", options.message));
  };
}

/** The draft-8 partition key: the first 12 hex digits of the key's SHA-256, in base64. */
function partitionKey(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex").slice(0, 12);
  return Buffer.from(hex).toString("base64");
}

/** The policy's name for a window: "1min", "30sec", "2hrs", "1day". */
function windowName(windowMs: number): string {
  const seconds = windowMs / 1000;
  if (seconds < 60) return `${seconds}sec`;
  if (seconds < 3600) return `${seconds / 60}min`;
  const hours = seconds / 3600;
  if (hours < 24) return `${hours}hr${hours > 1 ? "s" : ""}`;
  const days = hours / 24;
  return `${days}day${days > 1 ? "s" : ""}`;
}
