import { testStoreKind } from "./testing/test-store.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "./engine-holder.js";
import { postReadingEarlyReply } from "./testing/early-reply.js";
import { expectCleanError } from "./testing/http-expect.js";
import {
  getJson,
  offlineLoader,
  postChat,
  silentLogger,
  startApp,
  type SampleApp,
  startSampleApp,
} from "./testing/http-harness.js";

/**
 * The HTTP surface of the real app on a loopback port: health, bad input, unknown routes, the
 * page's assets, security headers, internal errors and rate limiting. Chat is in
 * routes/chat-route.test.ts, documents/sources/facts in routes/browse-routes.test.ts, hot reload
 * and admin reload in engine-holder.test.ts, shutdown in main.test.ts.
 */
let holder: EngineHolder;
let running: SampleApp;
let url: string;

beforeAll(async () => {
  running = await startSampleApp();
  holder = running.holder;
  url = running.url;
});
afterAll(async () => {
  await running?.close();
});

const json = (path: string, init?: RequestInit) => getJson(url, path, init);

describe("health", () => {
  it("GET /healthz is 200 with the index's counts once loaded", async () => {
    const { status, body, res } = await json("/healthz");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(body).toMatchObject({ status: "ok", builtAt: expect.any(String), counts: { documents: 4 } });
    expect(body.store).toBe(testStoreKind());
    expect(body.counts.facts).toBeGreaterThan(100);
    expect(body.embedding).toMatchObject({ provider: "local" });
  });

  it("is 503 before an index is loaded, and the API answers 503 INDEX_MISSING meanwhile", async () => {
    const empty = new EngineHolder(
      {
        load: async () => {
          throw new Error("not yet");
        },
        generation: async () => undefined,
      },
      silentLogger,
    );
    const cold = await startApp(empty);
    try {
      const health = await fetch(`${cold.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: "starting" });
      for (const res of [
        await postChat(cold.url, { messages: [{ role: "user", content: "三公经费" }] }),
        await fetch(`${cold.url}/api/documents`),
        await fetch(`${cold.url}/api/facts`),
      ]) {
        expect(res.status).toBe(503);
        expectCleanError(await res.json(), "INDEX_MISSING");
      }
    } finally {
      await cold.close();
    }
  });
});

describe("bad input to POST /api/chat", () => {
  it("malformed JSON → 400 naming the body", async () => {
    const res = await postChat(url, '{"messages": [');
    expect(res.status).toBe(400);
    const body = await res.json();
    expectCleanError(body, "BAD_REQUEST");
    expect(body.error.details).toEqual({ field: "body" });
  });

  it.each<[string, string, unknown]>([
    ["no messages", "messages", {}],
    ["messages not an array", "messages", { messages: "hi" }],
    ["empty messages", "messages", { messages: [] }],
    ["bad role", "messages.0.role", { messages: [{ role: "system", content: "q" }] }],
    ["empty content", "messages.0.content", { messages: [{ role: "user", content: "" }] }],
    [
      "content over 4000 chars",
      "messages.0.content",
      { messages: [{ role: "user", content: "问".repeat(4001) }] },
    ],
    ["content not a string", "messages.0.content", { messages: [{ role: "user", content: 42 }] }],
    [
      "last message from the assistant",
      "messages",
      {
        messages: [
          { role: "user", content: "q" },
          { role: "assistant", content: "a" },
        ],
      },
    ],
    ["stream not a boolean", "stream", { messages: [{ role: "user", content: "q" }], stream: "yes" }],
    ["a JSON array body", "body", [{ role: "user", content: "q" }]],
  ])("%s → 400 naming %s", async (_name, field, body) => {
    const res = await postChat(url, body);
    expect(res.status).toBe(400);
    const out = await res.json();
    expectCleanError(out, "BAD_REQUEST");
    expect(out.error.details.field).toBe(field);
    expect(out.error.message.startsWith(`${field}:`)).toBe(true);
  });

  it("a body that is not JSON at all (text/plain) → 400 naming the body", async () => {
    const res = await fetch(`${url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "驻京办三公经费",
    });
    expect(res.status).toBe(400);
    const out = await res.json();
    expectCleanError(out, "BAD_REQUEST");
    expect(out.error.details.field).toBe("body");
  });

  it("a body over 8 MB (CHAT_MAX_BODY_MB) → 413, by Content-Length or streamed", async () => {
    // The server answers before the upload ends; the client reads that early reply.
    const big = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(8 * 1024 * 1024 + 10) }] });
    const sized = await postReadingEarlyReply(`${url}/api/chat`, [big], {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(big)),
    });
    expect(sized.status).toBe(413);
    expectCleanError(sized.body, "PAYLOAD_TOO_LARGE");

    // Chunked, no Content-Length: the limit applies to the bytes as they arrive.
    const chunk = "x".repeat(64 * 1024);
    const parts = [
      '{"messages":[{"role":"user","content":"',
      ...Array.from({ length: 130 }, () => chunk),
      '"}]}',
    ];
    const streamed = await postReadingEarlyReply(`${url}/api/chat`, parts, {
      "content-type": "application/json",
      "transfer-encoding": "chunked",
    });
    expect(streamed.status).toBe(413);
    expectCleanError(streamed.body, "PAYLOAD_TOO_LARGE");
    expect(streamed.body).toMatchObject({ error: { message: "Request body exceeds 8 MB" } });
  });

  it("a body just under 8 MB is parsed (and then rejected as too long a question, not by its size)", async () => {
    const body = JSON.stringify({ messages: [{ role: "user", content: "x".repeat(8 * 1000 * 1000) }] });
    // On a connection of its own: a pooled keep-alive socket the server closes as it idles out
    // resets an upload this long (seen under load as ECONNRESET), whatever the server answers.
    const res = await postReadingEarlyReply(`${url}/api/chat`, [body], {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: { field: "messages.0.content" } } });
  });
});

describe("unknown routes and methods", () => {
  it.each([
    ["GET", "/api/nope"],
    ["GET", "/api/chat"],
    ["DELETE", "/api/documents"],
    ["GET", "/no-such-page.html"],
    ["POST", "/healthz"],
  ])("%s %s → 404 JSON", async (method, path) => {
    const { status, body, res } = await json(path, { method });
    expect(status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expectCleanError(body, "NOT_FOUND");
  });
});

describe("the page and its assets", () => {
  it("serves the chat page, its script, its styles and the vendored libraries", async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    // CSP-safe page: no inline scripts, no inline styles or handlers.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    for (const [path, type] of [
      ["/app.js", /javascript/],
      ["/styles.css", /text\/css/],
      ["/vendor/marked/marked.esm.js", /javascript/],
      ["/vendor/dompurify/purify.es.mjs", /javascript/],
    ] as const) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(type);
    }
    // Only the two vendored libraries' folders are exposed, not node_modules at large.
    expect((await fetch(`${url}/vendor/marked/../../package.json`)).status).toBe(404);
    expect((await fetch(`${url}/vendor/express/index.js`)).status).toBe(404);
  });
});

describe("security headers", () => {
  it("sends helmet's headers and a CSP that allows only the page's own scripts", async () => {
    for (const path of ["/", "/healthz", "/api/documents", "/api/nope"]) {
      const res = await fetch(`${url}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      const directives = Object.fromEntries(
        csp
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives["script-src"], path).toEqual(["'self'"]);
      expect(directives["style-src"], path).toEqual(["'self'"]);
      expect(directives["default-src"], path).toEqual(["'self'"]);
      expect(directives["connect-src"], path).toEqual(["'self'"]);
      expect(directives["font-src"], path).toEqual(["'self'"]);
      expect(directives["object-src"], path).toEqual(["'none'"]);
      expect(directives["frame-ancestors"], path).toEqual(["'none'"]);
      expect(directives["script-src-attr"], path).toEqual(["'none'"]);
      expect(csp, path).not.toContain("unsafe-inline");
      expect(csp, path).not.toContain("unsafe-eval");
      expect(csp, path).not.toMatch(/https?:|\*/);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
      expect(res.headers.get("x-powered-by"), path).toBeNull();
      await res.arrayBuffer();
    }
  });
});

describe("internal errors", () => {
  it("answer 500 with a generic message and no stack trace", async () => {
    const source = offlineLoader(running.indexDir);
    const broken = new EngineHolder(
      {
        ...source,
        load: async () => {
          const engine = await source.load();
          return {
            ...engine,
            answer: async () => {
              throw new TypeError(
                `Cannot read properties of undefined (reading 'x') at ${import.meta.filename}:1:1`,
              );
            },
          };
        },
      },
      silentLogger,
    );
    expect(await broken.reload()).toBe(true);
    const app = await startApp(broken);
    try {
      for (const stream of [false, true]) {
        const res = await postChat(app.url, { messages: [{ role: "user", content: "三公经费" }], stream });
        expect(res.status).toBe(500);
        expect(res.headers.get("content-type")).toMatch(/application\/json/);
        const body = await res.json();
        expect(body).toEqual({ error: { code: "INTERNAL", message: "Internal error" } });
      }
    } finally {
      await app.close();
    }
  });
});

describe("rate limiting", () => {
  it("answers 429 JSON past the per-minute limit, with RateLimit headers; /healthz is not limited", async () => {
    const limited = await startApp(holder, { rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 8; i++) {
        last = await fetch(`${limited.url}/api/documents`);
        statuses.push(last.status);
        if (last.status !== 429) await last.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect(last!.headers.get("content-type")).toMatch(/application\/json/);
      expectCleanError(await last!.json(), "RATE_LIMITED");
      expect(last!.headers.get("ratelimit-policy")).toMatch(/q=5/);
      expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
      // Chat shares the budget.
      expect(
        (await postChat(limited.url, { messages: [{ role: "user", content: "三公经费" }] })).status,
      ).toBe(429);
      // Health checks and the page are outside /api.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${limited.url}/`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
