import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import { pino, type LevelWithSilent } from "pino";
import { pinoHttp } from "pino-http";
import { afterEach, describe, expect, it } from "vitest";
import { requestLevel, requestLog } from "./request-log.js";

/**
 * requestLog against what it replaces: pino-http configured as the app had it. Both apps get the
 * same requests; their log lines (without time, pid, hostname and the measured response time)
 * must be equal, at every log level.
 */
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

function pinoHttpAsBefore(_app: Express, logger: pino.Logger): RequestHandler {
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, err) => requestLevel(res, err),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split("?")[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/** An app logging with `middleware` at `level`; its routes answer 200, 404, 500, and log through req.log. */
async function appWith(middleware: typeof requestLog, level: LevelWithSilent) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level }, sink);
  const app = express();
  app.use(middleware(app, logger));
  app.get("/ok", (req, res) => {
    req.log.info({ extra: 1 }, "inside");
    res.json({ ok: 1 });
  });
  app.get("/missing", (_req, res) => {
    res.status(404).json({ error: "no" });
  });
  app.get("/broken", () => {
    throw new Error("boom");
  });
  const onError: ErrorRequestHandler = (err: Error, req, res, _next) => {
    req.log.error({ err }, "request failed");
    res.status(500).json({ error: "internal" });
  };
  app.use(onError);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

/** A log line without what differs from run to run. */
function stable(line: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...line };
  const responseTime = rest.responseTime;
  for (const key of ["time", "pid", "hostname", "responseTime"]) delete rest[key];
  const err = rest.err as { stack?: string } | undefined;
  return {
    ...rest,
    ...(err ? { err: { ...err, stack: err.stack?.split("\n")[0] } } : {}),
    ...(responseTime === undefined ? {} : { responseTime: typeof responseTime }),
  };
}

async function run(middleware: typeof requestLog, level: LevelWithSilent) {
  const app = await appWith(middleware, level);
  for (const path of ["/ok?q=secret", "/missing", "/broken", "/ok"])
    await (await fetch(app.url + path)).text();
  // The last line may be written just after the response reached the client.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return app.lines.map(stable);
}

describe("requestLog", () => {
  it.each(["info", "warn", "error", "silent"] as const)(
    "writes the lines pino-http wrote at level %s",
    async (level) => {
      const expected = await run(pinoHttpAsBefore, level);
      const actual = await run(requestLog, level);
      expect(actual).toEqual(expected);
      if (level === "info") {
        // Ids count up; the query string stays out of the log; errors carry the request.
        expect(actual.map((l) => (l.req as { id: number } | undefined)?.id)).toEqual([1, 1, 2, 3, 3, 4, 4]);
        expect(actual[1]).toMatchObject({
          req: { method: "GET", url: "/ok" },
          res: { statusCode: 200 },
          msg: "request completed",
          responseTime: "number",
        });
        expect(actual[4]).toMatchObject({ level: 50, msg: "request errored", res: { statusCode: 500 } });
      }
    },
  );
});
