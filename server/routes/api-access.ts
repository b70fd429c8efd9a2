import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { AppError } from "../../lib/app-error.js";

/**
 * Who may use the programmatic APIs (/v1, the OpenAI-compatible API, and /mcp):
 * - API_KEYS set: every request carries `Authorization: Bearer <one of the keys>`, from anywhere.
 * - API_KEYS empty: only clients on this machine, i.e. the connection comes from a loopback
 *   address AND the Host header names loopback (localhost, 127.0.0.1, [::1]). A reverse proxy,
 *   a Docker port mapping or another machine is refused until keys are set; the Host check also
 *   stops DNS rebinding (a web page in the user's browser reaching the local server by name).
 */
export interface ApiOptions {
  /** API_KEYS: when non-empty every request needs one of them. */
  apiKeys: readonly string[];
  /** Requests per minute per client on /v1 and on /mcp (per server process). */
  rateLimitPerMinute: number;
}

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The key a request carries (`Authorization: Bearer …`), if any. */
export function bearerKey(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

function hostName(host: string): string {
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return name.toLowerCase();
}

/** A client on this machine talking to the server by a loopback name. */
export function isLocalRequest(req: Request): boolean {
  return (
    LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? "") &&
    LOOPBACK_HOSTS.has(hostName(req.headers.host ?? ""))
  );
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Throws UNAUTHORIZED (no or wrong key) or FORBIDDEN (no keys configured, not a local client). */
export function checkApiAccess(keys: readonly string[], req: Request): void {
  if (keys.length) {
    const key = bearerKey(req);
    if (!key)
      throw new AppError("UNAUTHORIZED", "Missing API key: send the header Authorization: Bearer <key>", {
        openaiCode: "missing_api_key",
      });
    const sent = digest(key);
    // Compare digests in constant time, against every key.
    const matches = keys.filter((k) => timingSafeEqual(digest(k), sent)).length;
    if (!matches)
      throw new AppError("UNAUTHORIZED", "Incorrect API key provided", { openaiCode: "invalid_api_key" });
    return;
  }
  if (!isLocalRequest(req))
    throw new AppError(
      "FORBIDDEN",
      "This API answers only clients on the server's own machine until API_KEYS is set on the server",
      { openaiCode: "api_keys_not_configured" },
    );
}

/**
 * CORS for browser-based clients (LobeChat or ChatBox in a browser tab), only when keys are
 * required: without keys a page the user visits could otherwise use the local server.
 */
export function apiCors(keys: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (!keys.length) return next();
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader(
      "access-control-allow-headers",
      "authorization, content-type, accept, mcp-protocol-version, mcp-session-id, last-event-id",
    );
    res.setHeader("access-control-allow-methods", "GET, POST, DELETE, OPTIONS");
    res.setHeader("access-control-expose-headers", "mcp-session-id, mcp-protocol-version");
    res.setHeader("access-control-max-age", "600");
    if (req.method === "OPTIONS") {
      res.status(204).end();
      return;
    }
    next();
  };
}
