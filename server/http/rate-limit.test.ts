import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.js";
import { rateLimitPerClient } from "./rate-limit.js";

/**
 * rateLimitPerClient against what it replaces: express-rate-limit with the options the app used
 * (draft-8 headers, no legacy headers, 429 through the app's error handler). Both run in their own
 * app and get the same requests; statuses and rate-limit headers must be equal, request by request.
 */
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

const MESSAGE = "Too many requests; try again in a minute";

/** An app whose client address is X-Forwarded-For (trust proxy), limited by `limiter`. */
async function appWith(limiter: RequestHandler): Promise<string> {
  const app = express();
  app.set("trust proxy", true);
  app.use("/api", limiter);
  app.get("/api/x", (_req, res) => {
    res.json({ ok: 1 });
  });
  const onError: ErrorRequestHandler = (err: AppError, _req, res, _next) => {
    res.status(err.status).json({ code: err.code, message: err.message });
  };
  app.use(onError);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function library(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // The trust proxy this test needs to set client addresses would otherwise print a warning.
    validate: false,
    handler: (_req, _res, next) => next(new AppError("RATE_LIMITED", MESSAGE)),
  });
}

const own = (limit: number) => rateLimitPerClient({ windowMs: 60_000, limit, message: MESSAGE });

/** Status, body and rate-limit headers of one request from `client`. */
async function hit(url: string, client: string) {
  const res = await fetch(`${url}/api/x`, { headers: { "x-forwarded-for": client } });
  return {
    status: res.status,
    body: await res.text(),
    rateLimit: res.headers.get("ratelimit"),
    policy: res.headers.get("ratelimit-policy"),
    retryAfter: res.headers.get("retry-after"),
  };
}

describe("rateLimitPerClient", () => {
  it("answers every request as express-rate-limit does: counts, 429s, headers, per-client budgets", async () => {
    const [theirs, ours] = await Promise.all([appWith(library(3)), appWith(own(3))]);
    // Two IPv4 clients, an IPv6 client and another address in its /56 (one shared budget),
    // another IPv6 /56, and an IPv4-mapped IPv6 address (the IPv4 client's budget).
    const clients = [
      "203.0.113.7",
      "203.0.113.7",
      "198.51.100.2",
      "2001:db8:0:1::1",
      "2001:db8:0:1:ffff::9",
      "2001:db8:0:1::1",
      "2001:db8:0:1::1",
      "2001:db8:0:200::1",
      "::ffff:203.0.113.7",
      "203.0.113.7",
      "198.51.100.2",
    ];
    const seen: Array<Awaited<ReturnType<typeof hit>>> = [];
    for (const client of clients) {
      const [expected, actual] = [await hit(theirs, client), await hit(ours, client)];
      expect(actual, client).toEqual(expected);
      seen.push(actual);
    }
    // The comparison covered both sides of the limit.
    expect(seen.map((s) => s.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 200, 200, 429, 200]);
    expect(seen[6].retryAfter).toMatch(/^\d+$/);
    expect(seen[0].policy).toMatch(/^"3-in-1min"; q=3; w=60; pk=:[A-Za-z0-9+/=]+:$/);
  });

  it("starts a client's window again once it has passed", async () => {
    const limiter = rateLimitPerClient({ windowMs: 1000, limit: 1, message: MESSAGE });
    const url = await appWith(limiter);
    expect((await hit(url, "192.0.2.1")).status).toBe(200);
    const limited = await hit(url, "192.0.2.1");
    expect(limited.status).toBe(429);
    expect(limited.rateLimit).toBe('"1-in-1sec"; r=0; t=1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await hit(url, "192.0.2.1")).status).toBe(200);
  });
});
