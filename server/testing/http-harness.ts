import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino, type Logger } from "pino";
import { createEmbeddings } from "../../ingest/index/embeddings.js";
import { ingest, type IngestSummary } from "../../ingest/ingest.js";
import { readAliasFile } from "../../ingest/units/build-units.js";
import { loadConfig } from "../../lib/config.js";
import { createApp } from "../app.js";
import { testPreparedCache } from "./test-prepared-cache.js";
import { testStore } from "./test-store.js";
import { EngineHolder, type EngineSource } from "../engine-holder.js";
import { loadEngine } from "../load-engine.js";
import { startScriptedOpenAI, type ScriptMode } from "./scripted-openai.js";

/**
 * Test support (not a test) for the HTTP tests: build the sample corpus into a temp INDEX_DIR,
 * run the real app on a loopback port, and read Server-Sent Events back.
 */
export const ROOT = join(import.meta.dirname, "..", "..");
export const DOCS_DIR = join(ROOT, "data", "docs");
export const ALIAS_FILE = join(ROOT, "data", "aliases.json");

export const silentLogger: Logger = pino({ level: "silent" });

/** A fresh temp folder; the index goes in `<work>/index` (its parent is what the holder watches). */
export async function tempWork(
  prefix = "budget-qa-http-",
): Promise<{ work: string; indexDir: string; cleanup: () => Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  return { work, indexDir: join(work, "index"), cleanup: () => rm(work, { recursive: true, force: true }) };
}

/** Ingest files or folders (default: the whole sample corpus) into indexDir, as `npm run ingest` does. */
export async function ingestInto(indexDir: string, paths: string[] = [DOCS_DIR]): Promise<IngestSummary> {
  const { embeddings, info } = createEmbeddings({});
  const summary = await ingest(paths, {
    store: testStore(indexDir),
    embeddings,
    embeddingInfo: info,
    preparedCache: testPreparedCache(),
    aliases: await readAliasFile(ALIAS_FILE),
  });
  if (summary.failed.length)
    throw new Error(`ingest failed: ${summary.failed.map((f) => f.message).join("; ")}`);
  return summary;
}

/** The server's engine source for an index folder, offline (no LLM stages whatever the environment says). */
export function offlineLoader(indexDir: string): EngineSource & { close: () => Promise<void> } {
  const config = { ...loadConfig({}), INDEX_DIR: indexDir, llmEnabled: false };
  const reader = testStore(indexDir).reader();
  return {
    load: () => loadEngine(config, reader),
    generation: () => reader.generation(),
    // Releases the reader's connections (it reopens them on its next query).
    close: () => reader.close(),
  };
}

/** The app on a free port over a fresh index of the sample corpus; close() stops it and removes the index. */
export async function startSampleApp(): Promise<SampleApp> {
  const work = await tempWork();
  await ingestInto(work.indexDir);
  const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
  if (!(await holder.reload())) throw new Error("the sample index did not load");
  const running = await startApp(holder);
  return {
    ...running,
    holder,
    indexDir: work.indexDir,
    close: async () => {
      await running.close();
      await work.cleanup();
    },
  };
}

export interface RunningApp {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export interface SampleApp extends RunningApp {
  holder: EngineHolder;
  indexDir: string;
}

/** createApp(...).listen(0, host): the real app on a free port. */
export async function startApp(
  holder: EngineHolder,
  options: {
    rateLimitPerMinute?: number;
    host?: string;
    logger?: Logger;
    adminToken?: string;
    chatMaxBodyBytes?: number;
    apiKeys?: string[];
    feedbackFile?: string;
  } = {},
): Promise<RunningApp> {
  const app = createApp({
    holder,
    logger: options.logger ?? silentLogger,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    adminToken: options.adminToken,
    chatMaxBodyBytes: options.chatMaxBodyBytes,
    apiKeys: options.apiKeys,
    feedbackFile: options.feedbackFile,
  });
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  const shown = host === "0.0.0.0" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type SseEvent =
  | { type: "delta"; text: string }
  | { type: "replace"; text: string }
  | { type: "error"; message: string }
  | { type: "meta"; [key: string]: unknown }
  | { type: "done"; status: string };

/** Parse a complete Server-Sent Events body: one JSON payload per `data:` event. */
export function parseSse(body: string): SseEvent[] {
  return body
    .split("\n\n")
    .map((block) =>
      block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n"),
    )
    .filter(Boolean)
    .map((data) => JSON.parse(data) as SseEvent);
}

/** A parsed JSON body, typed as JSON.parse types it, for assertions. */
export type JsonBody = ReturnType<typeof JSON.parse>;

/** fetch(base + path) and parse the body as JSON (undefined when empty). */
export async function getJson(
  base: string,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: JsonBody; res: Response }> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, res };
}

/** POST /api/chat with a JSON body. */
export function postChat(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Poll until check() returns a truthy value (or throw after timeoutMs). */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The app over a built index with an LLM configured: a scripted OpenAI-compatible model on
 * loopback in `mode`, each question's LLM budget `budgetMs`.
 */
export async function startAppWithScriptedModel(
  indexDir: string,
  mode: ScriptMode,
  budgetMs: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const model = await startScriptedOpenAI(mode);
  const config = {
    ...loadConfig({ OPENAI_BASE_URL: model.baseURL, OPENAI_API_KEY: "k", LLM_BUDGET_MS: String(budgetMs) }),
    INDEX_DIR: indexDir,
  };
  const reader = testStore(indexDir).reader();
  const holder = new EngineHolder(
    { load: () => loadEngine(config, reader), generation: () => reader.generation() },
    silentLogger,
  );
  if (!(await holder.reload())) throw new Error("the index did not load");
  const app = await startApp(holder);
  return {
    url: app.url,
    close: async () => {
      await app.close();
      await model.close();
    },
  };
}
