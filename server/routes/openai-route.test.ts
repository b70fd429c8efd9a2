import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../engine-holder.js";
import {
  ingestInto,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../testing/http-harness.js";

/**
 * The OpenAI-compatible API driven by the official `openai` client against the real app on
 * loopback. Expected figures are read off data/docs/001 (株洲市人民政府驻北京联络处 2024 决算):
 * line 1132 "支出决算为23.3万元"; line 1134 "公务接待费…支出决算为3.6万元"; line 1139 "公务接待费支出决算3.61万元".
 */
let work: Awaited<ReturnType<typeof tempWork>>;
let holder: EngineHolder;
let open: RunningApp;
let keyed: RunningApp;

const Q = "驻北京联络处三公经费是多少";
const client = (url: string, apiKey = "not-needed-on-loopback") =>
  new OpenAI({ baseURL: `${url}/v1`, apiKey, maxRetries: 0 });

interface BudgetQa {
  status: string;
  facts: { label: string; value: string }[];
  citations: { n: number; lines?: [number, number]; excerpt: string; unit: string }[];
}
const budgetQa = (body: unknown) => (body as { budget_qa: BudgetQa }).budget_qa;

beforeAll(async () => {
  work = await tempWork();
  await ingestInto(work.indexDir);
  holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
  expect(await holder.reload()).toBe(true);
  open = await startApp(holder);
  keyed = await startApp(holder, { apiKeys: ["key-one", "key-two"] });
});
afterAll(async () => {
  await open?.close();
  await keyed?.close();
  await work?.cleanup();
});

describe("GET /v1/models", () => {
  it("lists the one model", async () => {
    const models: OpenAI.Model[] = [];
    for await (const model of client(open.url).models.list()) models.push(model);
    expect(models.map((m) => m.id)).toEqual(["budget-qa"]);
    expect(models[0]).toMatchObject({ object: "model", owned_by: "budget-qa" });
    expect((await client(open.url).models.retrieve("budget-qa")).id).toBe("budget-qa");
  });
});

describe("POST /v1/chat/completions", () => {
  it("answers with numbered Markdown sources in the content and the citations in budget_qa", async () => {
    const completion = await client(open.url).chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
    });
    expect(completion.object).toBe("chat.completion");
    const content = completion.choices[0]!.message.content!;
    expect(completion.choices[0]!.finish_reason).toBe("stop");
    expect(content).toContain("**23.30万元**[1]");
    expect(content).toMatch(/\*\*来源\*\*\n\n1\. 株洲市人民政府驻北京联络处 2024年度决算｜.*第1132行/);
    const extra = budgetQa(completion);
    expect(extra.status).toBe("answered");
    expect(extra.citations[0]).toMatchObject({
      n: 1,
      lines: [1132, 1132],
      unit: "株洲市人民政府驻北京联络处",
    });
    expect(extra.citations[0]!.excerpt).toContain("支出决算为23.3万元");
  });

  it("ignores system messages for planning: the same answer with or without one", async () => {
    const plain = await client(open.url).chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
    });
    const withSystem = await client(open.url).chat.completions.create({
      model: "budget-qa",
      messages: [
        { role: "system", content: "Answer in English and ignore the documents." },
        { role: "user", content: [{ type: "text", text: Q }] },
      ],
    });
    expect(withSystem.choices[0]!.message.content).toBe(plain.choices[0]!.message.content);
  });

  it("streams chat.completion.chunk objects whose text equals the non-streamed answer", async () => {
    const api = client(open.url);
    const plain = await api.chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
    });
    const stream = await api.chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
      stream: true,
    });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0]!.id)).toBe(true);
    expect(chunks[0]!.choices[0]!.delta).toEqual({ role: "assistant", content: "" });
    const contentChunks = chunks.filter((c) => c.choices[0]?.delta.content);
    expect(contentChunks.length).toBeGreaterThan(3);
    expect(contentChunks.map((c) => c.choices[0]!.delta.content).join("")).toBe(
      plain.choices[0]!.message.content,
    );
    const last = chunks.at(-1)!;
    expect(last.choices[0]!.finish_reason).toBe("stop");
    expect(budgetQa(last).citations).toEqual(budgetQa(plain).citations);
  });

  it("ends the raw event stream with data: [DONE]", async () => {
    const res = await fetch(`${open.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "budget-qa", stream: true, messages: [{ role: "user", content: Q }] }),
    });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const body = await res.text();
    expect(body.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("answers a follow-up from the conversation, the earlier answer sent back with its sources", async () => {
    const api = client(open.url);
    const first = await api.chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
    });
    const followUp = await api.chat.completions.create({
      model: "budget-qa",
      messages: [
        { role: "system", content: "You are helpful." },
        { role: "user", content: Q },
        { role: "assistant", content: first.choices[0]!.message.content! },
        { role: "user", content: "其中公务接待费呢？" },
      ],
    });
    const content = followUp.choices[0]!.message.content!;
    expect(content).toContain("株洲市人民政府驻北京联络处");
    expect(content).toContain("3.60万元");
    expect(content).toContain("3.61万元");
    const lines = budgetQa(followUp).citations.map((c) => c.lines?.[0]);
    expect(lines).toEqual(expect.arrayContaining([1134, 1139]));
  });
});

describe("errors in OpenAI's shape", () => {
  it("maps an unknown model, a bad conversation and a too-long message to the SDK's error classes", async () => {
    const api = client(open.url);
    const unknown = await api.chat.completions
      .create({ model: "gpt-4o", messages: [{ role: "user", content: Q }] })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknown).toMatchObject({
      status: 404,
      code: "model_not_found",
      param: "model",
      type: "invalid_request_error",
    });

    const empty = await api.chat.completions
      .create({ model: "budget-qa", messages: [] })
      .catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(OpenAI.BadRequestError);
    expect(empty).toMatchObject({ status: 400, param: "messages", type: "invalid_request_error" });

    const endsWithAnswer = await api.chat.completions
      .create({
        model: "budget-qa",
        messages: [
          { role: "user", content: Q },
          { role: "assistant", content: "…" },
        ],
      })
      .catch((e: unknown) => e);
    expect(endsWithAnswer).toMatchObject({ status: 400, param: "messages" });

    const long = await api.chat.completions
      .create({ model: "budget-qa", messages: [{ role: "user", content: "三".repeat(4001) }] })
      .catch((e: unknown) => e);
    expect(long).toMatchObject({ status: 400, code: "context_length_exceeded", param: "messages.0.content" });
  });

  it("answers malformed JSON and unknown paths with { error: { message, type, param, code } }", async () => {
    const bad = await fetch(`${open.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { message: expect.any(String), type: "invalid_request_error", param: null, code: "bad_request" },
    });
    const missing = await fetch(`${open.url}/v1/embeddings`, { method: "POST" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        message: "Invalid URL (POST /v1/embeddings)",
        type: "invalid_request_error",
        param: null,
        code: "unknown_url",
      },
    });
  });

  it("answers 503 while no index is loaded", async () => {
    const empty = new EngineHolder(
      { load: () => Promise.reject(new Error("no index")), generation: async () => undefined },
      silentLogger,
    );
    await empty.reload();
    const app = await startApp(empty);
    try {
      const error = await client(app.url)
        .chat.completions.create({ model: "budget-qa", messages: [{ role: "user", content: Q }] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      expect(error).toMatchObject({ status: 503, type: "server_error", code: "index_missing" });
    } finally {
      await app.close();
    }
  });

  it("answers 429 in OpenAI's shape past the rate limit", async () => {
    const app = await startApp(holder, { rateLimitPerMinute: 1 });
    try {
      const api = client(app.url);
      await api.models.list();
      const limited = await api.models.list().catch((e: unknown) => e);
      expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
      expect(limited).toMatchObject({ status: 429, type: "requests", code: "rate_limit_exceeded" });
    } finally {
      await app.close();
    }
  });
});

describe("API keys (API_KEYS set)", () => {
  it("answers a configured key, refuses a wrong or missing one with 401", async () => {
    const ok = await client(keyed.url, "key-two").chat.completions.create({
      model: "budget-qa",
      messages: [{ role: "user", content: Q }],
    });
    expect(ok.choices[0]!.message.content).toContain("23.30万元");

    const wrong = await client(keyed.url, "key-three")
      .models.list()
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(wrong).toMatchObject({ status: 401, code: "invalid_api_key", type: "invalid_request_error" });

    const res = await fetch(`${keyed.url}/v1/models`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await res.json()).toEqual({
      error: {
        message: expect.any(String),
        type: "invalid_request_error",
        param: null,
        code: "missing_api_key",
      },
    });
  });

  it("allows browser clients (CORS) only when keys are required", async () => {
    const preflight = await fetch(`${keyed.url}/v1/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "https://chat.example.org", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
    const local = await fetch(`${open.url}/v1/models`, { headers: { origin: "https://evil.example.org" } });
    expect(local.status).toBe(200);
    expect(local.headers.get("access-control-allow-origin")).toBeNull();
  });
});
