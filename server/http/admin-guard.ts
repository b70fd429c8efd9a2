import { createHash, timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { AppError } from "../../lib/app-error.js";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Equal strings, compared in constant time (hashes first, so lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * A request a page on another origin may have made: the browser says so (Sec-Fetch-Site), or
 * its Origin names another host than the one it asked. Tools such as curl send neither.
 */
export function crossOrigin(req: Request): boolean {
  const site = req.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = req.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== req.get("host");
  } catch {
    // An Origin that is not a URL is not this server's.
    return true;
  }
}

/**
 * The admin routes' guard: configured (ADMIN_TOKEN), from loopback, same-origin, with
 * `Authorization: Bearer <token>`. Each refusal is a 403 JSON error saying which condition failed.
 */
export function adminGuard(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) throw new AppError("FORBIDDEN", "Admin routes are disabled: set ADMIN_TOKEN to enable them");
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ""))
      throw new AppError("FORBIDDEN", "Admin routes answer loopback requests only");
    if (crossOrigin(req)) throw new AppError("FORBIDDEN", "Admin routes refuse cross-origin requests");
    const given = /^Bearer (.+)$/i.exec(req.get("authorization") ?? "")?.[1] ?? "";
    if (!given || !sameSecret(given, token))
      throw new AppError("FORBIDDEN", "Admin routes need the header Authorization: Bearer <ADMIN_TOKEN>");
    next();
  };
}
