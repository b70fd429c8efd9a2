import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { levelOf, requestLogging } from "./request-logging.js";

/** A real app on a loopback port whose logger writes JSON lines into `lines`. */
async function serve(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (chunk: string) => lines.push(JSON.parse(chunk)) });
  const app = express();
  app.use(requestLogging(logger));
  app.get("/ok", (req, res) => {
    req.log.warn("seen by the route");
    res.json({ ok: 1 });
  });
  app.get("/missing", (_req, res) => {
    res.status(404).json({ error: "no" });
  });
  app.get("/broken", (_req, res) => {
    res.status(500).json({ error: "down" });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    await (await fetch(`${url}${path}?secret=1`)).text();
    // The line is written on 'finish', which may follow the body's last byte.
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { lines, get, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("requestLogging", () => {
  let close: (() => Promise<unknown>) | undefined;
  afterEach(async () => close?.());

  it("logs every request with method, path and status at info, without the query", async () => {
    const app = await serve("info");
    close = app.close;
    await app.get("/ok");
    const completed = app.lines.find((line) => line.msg === "request completed");
    expect(completed).toMatchObject({
      level: 30,
      req: { method: "GET", url: "/ok" },
      res: { statusCode: 200 },
    });
    expect(typeof completed?.responseTime).toBe("number");
  });

  it("at warn writes no line for a success, but the client's and the server's failures", async () => {
    const app = await serve("warn");
    close = app.close;
    await app.get("/ok");
    expect(app.lines.map((line) => line.msg)).toEqual(["seen by the route"]);
    await app.get("/missing");
    await app.get("/broken");
    expect(app.lines.slice(1)).toMatchObject([
      { level: 40, req: { method: "GET", url: "/missing" }, res: { statusCode: 404 } },
      { level: 50, req: { method: "GET", url: "/broken" }, res: { statusCode: 500 } },
    ]);
  });

  it("at error keeps only the server's failures", async () => {
    const app = await serve("error");
    close = app.close;
    await app.get("/ok");
    await app.get("/missing");
    await app.get("/broken");
    expect(app.lines.map((line) => (line.res as { statusCode: number }).statusCode)).toEqual([500]);
  });

  it("grades outcomes as pino-http's custom level did", () => {
    expect([levelOf(200), levelOf(304), levelOf(404), levelOf(503), levelOf(200, true)]).toEqual([
      "info",
      "info",
      "warn",
      "error",
      "error",
    ]);
  });
});
