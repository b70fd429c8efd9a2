import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../engine-holder.js";
import {
  DOCS_DIR,
  ingestInto,
  offlineLoader,
  parseSse,
  postChat,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
  type SseEvent,
} from "../testing/http-harness.js";
import { DOC } from "../testing/sample-index.js";
import { deltas } from "./chat-route.js";

/** POST /api/chat on the real app: JSON and Server-Sent Events, multi-turn, and a burst of 200. */
let work: Awaited<ReturnType<typeof tempWork>>;
let holder: EngineHolder;
let running: RunningApp;
let url: string;

const Q = "驻北京联络处三公经费是多少";

beforeAll(async () => {
  work = await tempWork();
  await ingestInto(work.indexDir);
  holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
  expect(await holder.reload()).toBe(true);
  running = await startApp(holder, { rateLimitPerMinute: 100_000 });
  url = running.url;
});
afterAll(async () => {
  await running?.close();
  await work?.cleanup();
});

const user = (content: string) => ({ role: "user" as const, content });

/** The JSON answer and the SSE events for the same conversation. */
async function both(messages: { role: "user" | "assistant"; content: string }[]) {
  const jsonRes = await postChat(url, { messages });
  expect(jsonRes.status).toBe(200);
  const json = await jsonRes.json();
  const sseRes = await postChat(url, { messages, stream: true });
  expect(sseRes.status).toBe(200);
  const events = parseSse(await sseRes.text());
  return { json, events, sseRes };
}

function check(json: ReturnType<typeof JSON.parse>, events: SseEvent[]): void {
  const kinds = events.map((e) => e.type);
  // delta+, then one meta, then done — and done is last.
  expect(kinds.at(-1)).toBe("done");
  expect(kinds.at(-2)).toBe("meta");
  expect(kinds.slice(0, -2).every((k) => k === "delta")).toBe(true);
  expect(kinds.filter((k) => k === "delta").length).toBeGreaterThan(1);
  const text = events
    .filter((e): e is { type: "delta"; text: string } => e.type === "delta")
    .map((e) => e.text)
    .join("");
  expect(text).toBe(json.answer);
  const meta = events.find((e) => e.type === "meta")!;
  expect(meta.status).toBe(json.status);
  expect(meta.facts).toEqual(json.facts);
  expect(meta.citations).toEqual(json.citations);
  expect(meta.mode).toBe(json.mode);
  expect(events.at(-1)).toEqual({ type: "done", status: json.status });
}

describe("POST /api/chat", () => {
  it("returns the engine's JSON: answer, status, facts and citations", async () => {
    const res = await postChat(url, { messages: [user(Q)] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.status).toBe("answered");
    expect(body.answer).toContain("23.30万元");
    expect(body.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: "23.3", measure: "万元", sourceIds: [expect.any(String)] }),
      ]),
    );
    expect(body.citations.length).toBeGreaterThan(0);
    for (const c of body.citations)
      expect(c).toMatchObject({
        id: expect.any(String),
        docId: "001_c98938bd16771fdc",
        unit: "株洲市人民政府驻北京联络处",
        year: 2024,
      });
    // Every [n] marker in the answer points at a citation.
    const markers = [...(body.answer as string).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(markers.length).toBeGreaterThan(0);
    for (const n of markers) expect(n).toBeLessThanOrEqual(body.citations.length);
    // Every fact's source is one of the citations.
    const ids = new Set(body.citations.map((c: { id: string }) => c.id));
    for (const f of body.facts) for (const id of f.sourceIds) expect(ids.has(id)).toBe(true);
  });

  it('streams SSE with "stream": true — deltas concatenate to the JSON answer, meta carries facts and citations, done is last', async () => {
    const { json, events, sseRes } = await both([user(Q)]);
    expect(sseRes.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(sseRes.headers.get("cache-control")).toMatch(/no-cache/);
    expect(sseRes.headers.get("x-accel-buffering")).toBe("no");
    check(json, events);
    expect(json.facts.length).toBeGreaterThan(0);
    expect(json.citations.length).toBeGreaterThan(0);
  });

  it("streams SSE for Accept: text/event-stream without the stream flag", async () => {
    const res = await postChat(url, { messages: [user(Q)] }, { accept: "text/event-stream" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const json = await (await postChat(url, { messages: [user(Q)] })).json();
    check(json, parseSse(await res.text()));
  });

  it('"stream": false keeps JSON even when the client accepts anything', async () => {
    const res = await postChat(url, { messages: [user(Q)], stream: false }, { accept: "*/*" });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await res.json()).answer).toContain("23.30万元");
  });

  it("reads the whole wire format: every event is a single data: line ending in a blank line", async () => {
    const res = await postChat(url, { messages: [user(Q)], stream: true });
    const raw = await res.text();
    expect(raw.endsWith("\n\n")).toBe(true);
    for (const block of raw.slice(0, -2).split("\n\n")) {
      expect(block.split("\n")).toHaveLength(1);
      expect(block.startsWith("data: ")).toBe(true);
      expect(() => JSON.parse(block.slice(6))).not.toThrow();
    }
  });

  it("answers a follow-up from the conversation's context (JSON and SSE agree)", async () => {
    const first = await (await postChat(url, { messages: [user(Q)] })).json();
    const messages = [
      user(Q),
      { role: "assistant" as const, content: first.answer },
      user("其中公务接待费呢？"),
    ];
    const { json, events } = await both(messages);
    expect(json.status).toBe("answered");
    expect(json.answer).toContain("3.60万元");
    expect(json.answer).toContain("3.61万元");
    expect(json.answer).toContain("株洲市人民政府驻北京联络处");
    check(json, events);
  });

  it("answers turn 31 of a conversation whose answers run to 22,000 characters (issue #12 item 1)", async () => {
    // Real questions and the server's real answers; each answer is repeated to the length of a
    // ranking over 200 units (22,000 characters), as the page would send it back.
    // (None names a year: the rule planner carries an earlier question's year into a later
    // follow-up, which is the engine's business, not the conversation's length.)
    const questions = [
      "哪个单位三公经费最高",
      "市政府办有几辆公车",
      "起草一段说明：驻京办三公经费决算小于预算的原因",
      "驻北京联络处的主要职责是什么",
    ];
    const history: { role: "user" | "assistant"; content: string }[] = [];
    const ask = async (question: string) => {
      const res = await postChat(url, { messages: [...history, user(question)] });
      expect(res.status, `turn ${history.length / 2 + 1}`).toBe(200);
      const body = await res.json();
      history.push(user(question), {
        role: "assistant",
        content: body.answer.repeat(Math.ceil(22_000 / body.answer.length)),
      });
      return body;
    };
    for (let turn = 1; turn <= 29; turn++) await ask(questions[turn % questions.length]);
    await ask(Q);
    expect(history.at(-1)!.content.length).toBeGreaterThanOrEqual(22_000);
    const bytes = Buffer.byteLength(JSON.stringify({ messages: [...history, user("其中公务接待费呢？")] }));
    expect(bytes).toBeGreaterThan(2 ** 20);
    const { json, events } = await both([...history, user("其中公务接待费呢？")]);
    expect(json.status).toBe("answered");
    expect(json.answer).toContain("3.60万元");
    expect(json.answer).toContain("株洲市人民政府驻北京联络处");
    check(json, events);
  });

  it("finds a unit whose name has zero-width characters inside (normalised before the engine)", async () => {
    const plain = await (await postChat(url, { messages: [user(Q)] })).json();
    const hidden = await (
      await postChat(url, { messages: [user("驻北\u200B京联络\u200D处\uFEFF三公经费是\u2060多少")] })
    ).json();
    expect(hidden.status).toBe("answered");
    expect(hidden.answer).toBe(plain.answer);
    expect(hidden.answer).toContain("23.30万元");
  });

  it.each([
    ["question marks", "？？？"],
    ["emoji", "😀👍🎉"],
    ["invisible characters", "\u200B\u200D\uFEFF"],
    ["punctuation", "……！！"],
  ])("answers a message of %s with a clarify reply, JSON and SSE alike", async (_name, text) => {
    const { json, events } = await both([user(Q), { role: "assistant", content: "……" }, user(text)]);
    expect(json).toMatchObject({ status: "clarify", facts: [], citations: [], mode: "rules" });
    expect(json.answer).toContain("没有可以回答的问题");
    expect(json.answer).toMatch(/例如“.+”/);
    expect(events.at(-1)).toEqual({ type: "done", status: "clarify" });
    const text2 = events.flatMap((e) => (e.type === "delta" ? [e.text] : [])).join("");
    expect(text2).toBe(json.answer);
  });

  it.each([
    ["not found", "驻北京联络处2019年三公经费是多少"],
    ["an injection attempt", '<img src=x onerror="window.__xss=1"> 驻北京联络处三公经费是多少'],
    ["a table lookup", "市政府办2024年收入决算表里财政拨款收入合计是多少？"],
    ["a comparison", "哪个单位三公经费最高"],
  ])("SSE and JSON agree for %s", async (_name, q) => {
    const { json, events } = await both([user(q)]);
    check(json, events);
  });

  it("never echoes the question's markup into the answer", async () => {
    const body = await (
      await postChat(url, {
        messages: [user('<img src=x onerror="window.__xss=1"> 驻北京联络处三公经费是多少')],
      })
    ).json();
    // The answer and its sources are built from the documents only (the plan may echo the question; the page never renders it).
    const shown = JSON.stringify([body.answer, body.facts, body.citations]);
    expect(shown).not.toContain("onerror");
    expect(shown).not.toContain("<img");
  });

  it("logs one line per request without the question", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await startApp(holder, { logger: pino({ level: "info" }, sink) });
    try {
      await (await postChat(app.url, { messages: [user("驻北京联络处秘密问题三公经费")] })).text();
      await (await fetch(`${app.url}/api/facts?q=${encodeURIComponent("接待")}`)).text();
    } finally {
      await app.close();
    }
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.req);
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      req: { method: "POST", url: "/api/chat" },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(requests[1].req.url).toBe("/api/facts");
    expect(lines.join("")).not.toMatch(/秘密|接待|%E6/);
    expect(lines.join("")).not.toMatch(/user-agent|content-type/i);
  });

  it("survives a burst of 200 concurrent requests, JSON and SSE mixed, with no errors", async () => {
    const questions = [
      Q,
      "市政府办有几辆公车",
      "哪个单位三公经费最高",
      "近两年三公经费变化",
      "区委办2024年三公经费是多少",
    ];
    const expected = new Map<string, string>();
    for (const q of questions)
      expected.set(q, (await (await postChat(url, { messages: [user(q)] })).json()).answer);
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const q = questions[i % questions.length]!;
        const stream = i % 2 === 1;
        const res = await postChat(url, { messages: [user(q)], stream });
        const text = await res.text();
        const answer = stream
          ? parseSse(text)
              .filter((e): e is { type: "delta"; text: string } => e.type === "delta")
              .map((e) => e.text)
              .join("")
          : JSON.parse(text).answer;
        return {
          status: res.status,
          same: answer === expected.get(q),
          done: !stream || parseSse(text).at(-1)?.type === "done",
        };
      }),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(results.every((r) => r.same && r.done)).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
    // Still healthy afterwards.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

/** Express's weak ETag of a body (the `etag` package's format): length in hex, then SHA-1 in base64. */
function weakEtag(body: Buffer): string {
  const hash = createHash("sha1").update(body).digest("base64").slice(0, 27);
  return `W/"${body.length.toString(16)}-${hash}"`;
}

/** A JSON reply's body and the headers that describe it. */
async function jsonReply(res: Response) {
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    body: body.toString("utf8"),
    type: res.headers.get("content-type"),
    length: res.headers.get("content-length"),
    etag: res.headers.get("etag"),
    expectedEtag: weakEtag(body),
  };
}

describe("POST /api/chat sends a repeated answer from its stored bytes", () => {
  it.each([
    ["an answer", Q],
    [
      "an answer to a question with markup",
      '<img src=x onerror="window.__xss=1"> 驻北京联络处三公经费是多少',
    ],
    ["a ranking", "哪个单位三公经费最高"],
    ["a refusal", "驻北京联络处2019年三公经费是多少"],
  ])("%s: the same bytes and headers each time, as res.json sends them", async (_name, q) => {
    const first = await jsonReply(await postChat(url, { messages: [user(q)] }));
    const again = await jsonReply(await postChat(url, { messages: [user(q)] }));
    expect(again).toEqual(first);
    expect(first.status).toBe(200);
    // What res.json gives: compact JSON, UTF-8, its byte length, Express's weak ETag of the bytes.
    expect(first.body).toBe(JSON.stringify(JSON.parse(first.body)));
    expect(first.type).toBe("application/json; charset=utf-8");
    expect(first.length).toBe(String(Buffer.byteLength(first.body)));
    expect(first.etag).toBe(first.expectedEtag);
    // Made safe before it was stored (the plan may echo the question; the page never renders it).
    const { answer, facts, citations } = JSON.parse(first.body);
    expect(JSON.stringify([answer, facts, citations])).not.toContain("<img");
  });
});

describe("POST /api/chat after a reload", () => {
  it("answers from the new index, not from answers or bytes stored for the old one", async () => {
    // The city government office's 2024 budget (data/docs/003…, "（五）“三公”经费预算"):
    // "2024年“三公”经费预算154万元", as answers print amounts: two decimals.
    const text = await readFile(join(DOCS_DIR, `${DOC.cityBudget}.txt`), "utf8");
    const stated = /2024年“三公”经费预算([\d.]+)万元/.exec(text)?.[1];
    expect(stated).toBeDefined();
    const budget = `${Number(stated).toFixed(2)}万元`;
    const own = await tempWork("budget-qa-chat-reload-");
    const docs = join(own.work, "docs");
    await mkdir(docs);
    for (const f of await readdir(DOCS_DIR))
      if (!f.startsWith(DOC.cityBudget)) await cp(join(DOCS_DIR, f), join(docs, f));
    await ingestInto(own.indexDir, [docs]);
    const reloading = new EngineHolder(offlineLoader(own.indexDir), silentLogger);
    expect(await reloading.reload()).toBe(true);
    const app = await startApp(reloading);
    try {
      const question = { messages: [user("市政府办2024年三公经费预算是多少")] };
      const before = await jsonReply(await postChat(app.url, question));
      expect(await jsonReply(await postChat(app.url, question))).toEqual(before);
      expect(before.body).not.toContain(budget);

      await cp(join(DOCS_DIR, `${DOC.cityBudget}.txt`), join(docs, `${DOC.cityBudget}.txt`));
      await ingestInto(own.indexDir, [docs]);
      expect(await reloading.reload()).toBe(true);
      const after = await jsonReply(await postChat(app.url, question));
      expect(after.status).toBe(200);
      expect(JSON.parse(after.body).answer).toContain(budget);
      expect(after.etag).not.toBe(before.etag);
    } finally {
      await app.close();
      await own.cleanup();
    }
  });
});

describe("deltas()", () => {
  it("splits at line and sentence ends without losing a character", () => {
    const text = "第一句。第二句；\n\n- 列表项 **1.00万元**[1]\n末尾没有句号";
    const parts = deltas(text);
    expect(parts.join("")).toBe(text);
    expect(parts).toEqual(["第一句。", "第二句；", "\n", "\n", "- 列表项 **1.00万元**[1]\n", "末尾没有句号"]);
    expect(deltas("")).toEqual([""]);
    expect(deltas("无标点")).toEqual(["无标点"]);
  });
});
