import { cp, mkdir, open, readFile, readdir, rm, stat, truncate } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../ingest/store/sqlite-store.js";
import { EngineHolder, type EngineSource } from "./engine-holder.js";
import type { Engine } from "./engine/answer.js";
import {
  DOCS_DIR,
  ingestInto,
  offlineLoader,
  postChat,
  silentLogger,
  startApp,
  tempWork,
  waitFor,
  type RunningApp,
} from "./testing/http-harness.js";
import { DOC } from "./testing/sample-index.js";

/**
 * Hot reload on the running app: every committed ingest changes the store's generation, which
 * the holder polls and loads without a restart; a store that fails its checks is refused (the
 * previous engine keeps serving, or /healthz says why nothing is served); POST /api/admin/reload
 * needs ADMIN_TOKEN, loopback and the same origin, and never loads the served generation twice.
 */
let work: Awaited<ReturnType<typeof tempWork>>;
let holder: EngineHolder | undefined;
let running: RunningApp | undefined;
let docs: string;

const QUESTION = "驻北京联络处三公经费是多少";
const TOKEN = "test-admin-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** POST /api/admin/reload as an operator's tool sends it (curl: no Origin, no Sec-Fetch-*). */
const adminReload = (url: string, headers: Record<string, string> = AUTH) =>
  fetch(`${url}/api/admin/reload`, { method: "POST", headers });

/**
 * The liaison office's 三公经费 actual as its document states it (data/docs/001…, section 九:
 * "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元"), as answers print amounts: two decimals.
 */
async function beijingSanGong(): Promise<string> {
  const text = await readFile(join(DOCS_DIR, `${DOC.beijingFinal}.txt`), "utf8");
  const stated = /“三公”经费财政拨款支出预算为[\d.]+万元，支出决算为([\d.]+)万元/.exec(text)?.[1];
  if (!stated) throw new Error("the liaison office's 三公经费 sentence is not in the sample document");
  return `${Number(stated).toFixed(2)}万元`;
}

/** The sample corpus without the city's budget (document 4), copied so ingest can be rerun. */
async function threeDocs(): Promise<void> {
  docs = join(work.work, "docs");
  await mkdir(docs);
  for (const f of await readdir(DOCS_DIR))
    if (!f.startsWith(DOC.cityBudget)) await cp(join(DOCS_DIR, f), join(docs, f));
}

async function addFourth(): Promise<void> {
  await cp(join(DOCS_DIR, `${DOC.cityBudget}.txt`), join(docs, `${DOC.cityBudget}.txt`));
}

interface Health {
  status: string;
  generation: string;
  builtAt: string;
  counts: { documents: number; facts: number };
}

async function health(url: string): Promise<Health> {
  const res = await fetch(`${url}/healthz`);
  if (res.status !== 200) throw new Error(`healthz ${res.status}: ${await res.text()}`);
  return res.json();
}

/** The generation committed in INDEX_DIR, read the way a fresh server would. */
async function storedGeneration(): Promise<string | undefined> {
  const reader = new SqliteStore(work.indexDir).reader();
  try {
    return await reader.generation();
  } finally {
    await reader.close();
  }
}

async function documentIds(url: string): Promise<string[]> {
  const body = await (await fetch(`${url}/api/documents`)).json();
  return body.documents.map((d: { docId: string }) => d.docId);
}

async function askBeijing(url: string, stream = false): Promise<string> {
  const res = await postChat(url, { messages: [{ role: "user", content: QUESTION }], stream });
  expect(res.status).toBe(200);
  return stream ? res.text() : (await res.json()).answer;
}

/** A source whose loads are counted (attempts and failures). */
function counting(source: EngineSource) {
  const stats = { attempts: 0, failures: 0 };
  const counted: EngineSource = {
    generation: () => source.generation(),
    load: async () => {
      stats.attempts++;
      try {
        return await source.load();
      } catch (error) {
        stats.failures++;
        throw error;
      }
    },
  };
  return { stats, source: counted };
}

/**
 * Requests in a loop until stopped: a chat answer from cached facts, a ranking (reads the store
 * for every question) and the facts browser (reads the store on every request).
 */
function startTraffic(url: string, expected: string) {
  const state = { requests: 0, failures: [] as string[], stopped: false };
  const record = async (name: string, res: Response, ok: (body: string) => boolean) => {
    const body = await res.text();
    state.requests++;
    if (res.status !== 200 || !ok(body)) state.failures.push(`${name} ${res.status} ${body.slice(0, 160)}`);
  };
  const loop = (async () => {
    while (!state.stopped) {
      await record("chat", await postChat(url, { messages: [{ role: "user", content: QUESTION }] }), (body) =>
        body.includes(expected),
      );
      await record(
        "rank",
        await postChat(url, { messages: [{ role: "user", content: "哪个单位三公经费最高" }] }),
        (body) => JSON.parse(body).status === "answered",
      );
      await record(
        "facts",
        await fetch(`${url}/api/facts?unit=${encodeURIComponent("驻北京联络处")}&limit=5`),
        (body) => JSON.parse(body).total > 0,
      );
    }
  })();
  return {
    get requests() {
      return state.requests;
    },
    failures: state.failures,
    stop: async () => {
      state.stopped = true;
      await loop;
    },
  };
}

beforeEach(async () => {
  work = await tempWork("budget-qa-reload-");
  await threeDocs();
  await ingestInto(work.indexDir, [docs]);
});
afterEach(async () => {
  holder?.close();
  await running?.close();
  holder = undefined;
  running = undefined;
  await work.cleanup();
});

/** The app over INDEX_DIR with the holder polling the generation every `pollMs` (none: no polling). */
async function serve(source: EngineSource = offlineLoader(work.indexDir), pollMs?: number): Promise<string> {
  holder = new EngineHolder(source, silentLogger);
  expect(await holder.reload()).toBe(true);
  if (pollMs !== undefined) holder.watch(pollMs);
  running = await startApp(holder, { adminToken: TOKEN });
  return running.url;
}

describe("hot reload of a new ingest", () => {
  it("picks up `ingest` adding a fourth document without a restart (generation polling)", async () => {
    const url = await serve(undefined, 100);
    const before = await health(url);
    expect(before).toMatchObject({ status: "ok", generation: await storedGeneration() });
    expect(before.counts.documents).toBe(3);
    expect(await documentIds(url)).not.toContain(DOC.cityBudget);

    await addFourth();
    const summary = await ingestInto(work.indexDir, [docs]);
    expect(summary.added).toEqual([join(docs, `${DOC.cityBudget}.txt`)]);
    const after = await waitFor(async () => {
      const h = await health(url);
      return h.counts.documents === 4 && h;
    });
    expect(after.generation).not.toBe(before.generation);
    expect(after.generation).toBe(await storedGeneration());
    expect(after.counts.facts).toBe(summary.facts);
    expect(after.counts.facts).toBeGreaterThan(before.counts.facts);
    expect(await documentIds(url)).toContain(DOC.cityBudget);
    expect(await askBeijing(url)).toContain(await beijingSanGong());
  });

  it("does not reload while the generation stays the same (an unchanged re-ingest is a no-op)", async () => {
    const { stats, source } = counting(offlineLoader(work.indexDir));
    const url = await serve(source, 50);
    const before = await health(url);
    const again = await ingestInto(work.indexDir, [docs]);
    expect(again.changed).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(stats.attempts).toBe(1);
    expect(await health(url)).toEqual(before);
  });

  it("serves every request while ingest adds a document under traffic", async () => {
    const url = await serve(undefined, 100);
    const traffic = startTraffic(url, await beijingSanGong());
    try {
      await addFourth();
      await ingestInto(work.indexDir, [docs]);
      await waitFor(async () => (await health(url)).counts.documents === 4);
      expect((await health(url)).generation).toBe(await storedGeneration());
    } finally {
      await traffic.stop();
    }
    expect(traffic.requests).toBeGreaterThan(10);
    expect(traffic.failures).toEqual([]);
  });

  // The reader keeps its connection to the removed file until the new index.db holds a commit:
  // no 503 while INDEX_DIR is gone, no "no such table" while the new file's first ingest runs.
  it("serves every request while INDEX_DIR is removed and ingested again under traffic", async () => {
    const url = await serve(undefined, 100);
    const traffic = startTraffic(url, await beijingSanGong());
    try {
      await rm(work.indexDir, { recursive: true });
      await addFourth();
      await ingestInto(work.indexDir, [docs]);
      await waitFor(async () => (await health(url)).counts.documents === 4);
      expect((await health(url)).generation).toBe(await storedGeneration());
    } finally {
      await traffic.stop();
    }
    expect(traffic.requests).toBeGreaterThan(10);
    expect(traffic.failures).toEqual([]);
  });
});

/** Delete one document's facts with a direct write connection, and commit a new generation (as a broken writer would). */
function deleteFactsBehindTheManifest(docId: string): number {
  const db = new Database(join(work.indexDir, "index.db"));
  try {
    const deleted = db.prepare("DELETE FROM facts WHERE doc_id = ?").run(docId).changes;
    db.prepare("UPDATE meta SET value = ? WHERE key = 'generation'").run(`damaged-${Date.now()}`);
    return deleted;
  } finally {
    db.close();
  }
}

describe("a damaged store", () => {
  it("whose facts disagree with its manifest is refused; the old engine keeps serving; a good ingest is picked up", async () => {
    const { stats, source } = counting(offlineLoader(work.indexDir));
    const url = await serve(source, 100);
    const before = await health(url);
    const expected = await beijingSanGong();

    expect(deleteFactsBehindTheManifest(DOC.tianyuanFinal)).toBeGreaterThan(0);
    const reader = new SqliteStore(work.indexDir).reader();
    const check = await reader.check();
    await reader.close();
    expect(check.ok).toBe(false);
    expect(check.problems.join("; ")).toMatch(/facts: \d+ stored, manifest says \d+/);

    // The poll sees the new generation, tries it once, refuses it, and does not retry it.
    await waitFor(async () => stats.failures === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(stats.attempts).toBe(2);
    expect(await health(url)).toEqual(before);
    expect(holder!.state).toEqual({ status: "ok", generation: before.generation });
    expect(await askBeijing(url, true)).toContain(expected);

    // An explicit reload is refused too.
    const admin = await adminReload(url);
    expect(admin.status).toBe(500);
    expect(await admin.json()).toEqual({ reloaded: false, builtAt: before.builtAt });
    expect(await health(url)).toEqual(before);
    expect(await askBeijing(url)).toContain(expected);

    // The operator rebuilds the index: the next good generation is served.
    await rm(work.indexDir, { recursive: true });
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    const after = await waitFor(async () => {
      const h = await health(url);
      return h.counts.documents === 4 && h;
    });
    expect(after.generation).toBe(await storedGeneration());
    expect(await askBeijing(url)).toContain(expected);
  });

  it("truncated to half is not served: /healthz is 503 with the reason until a good ingest", async () => {
    const file = join(work.indexDir, "index.db");
    await truncate(file, Math.floor((await stat(file)).size / 2));
    holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    running = await startApp(holder);
    const starting = await fetch(`${running.url}/healthz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: "starting" });

    expect(await holder.reload()).toBe(false);
    holder.watch(100);
    const refused = await fetch(`${running.url}/healthz`);
    expect(refused.status).toBe(503);
    const body = await refused.json();
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/damaged|unreadable|malformed|corrupt/i);
    expect(body.reason).toContain(work.indexDir);
    const chat = await postChat(running.url, { messages: [{ role: "user", content: QUESTION }] });
    expect(chat.status).toBe(503);

    await rm(work.indexDir, { recursive: true });
    await ingestInto(work.indexDir, [docs]);
    const after = await waitFor(async () => health(running!.url));
    expect(after).toMatchObject({
      status: "ok",
      generation: await storedGeneration(),
      counts: { documents: 3 },
    });
    expect(await askBeijing(running.url)).toContain(await beijingSanGong());
  });

  it("a loader that throws keeps the old engine, and the next good reload still works", async () => {
    let fail = false;
    const good = offlineLoader(work.indexDir);
    const url = await serve({
      generation: () => good.generation(),
      // Not async: a synchronous throw, as a misbehaving loader might.
      load: (): Promise<Engine> => {
        if (fail) throw new Error("disk on fire");
        return good.load();
      },
    });
    const before = await health(url);
    fail = true;
    expect(await holder!.reload()).toBe(false);
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    const admin = await adminReload(url);
    expect(admin.status).toBe(500);
    expect(await health(url)).toEqual(before);

    fail = false;
    expect(await holder!.reload()).toBe(true);
    expect((await health(url)).counts.documents).toBe(4);
  });

  it("concurrent reloads share one load", async () => {
    const { stats, source } = counting(offlineLoader(work.indexDir));
    holder = new EngineHolder(source, silentLogger);
    const results = await Promise.all([holder.reload(), holder.reload(), holder.reload()]);
    expect(results).toEqual([true, true, true]);
    expect(stats.attempts).toBe(1);
    expect(await holder.reload()).toBe(true);
    expect(stats.attempts).toBe(2);
  });
});

describe("POST /api/admin/reload", () => {
  it("reloads a new generation for a loopback caller with the token, and reports the new build", async () => {
    // No polling: only the admin call can pick the new generation up.
    const url = await serve();
    const before = await health(url);
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await health(url)).toEqual(before);
    const res = await adminReload(url);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.reloaded).toBe(true);
    expect(body.builtAt).not.toBe(before.builtAt);
    expect(await health(url)).toMatchObject({
      builtAt: body.builtAt,
      generation: await storedGeneration(),
      counts: { documents: 4 },
    });
  });

  it("does not load the generation it already serves again (one copy in memory)", async () => {
    const { stats, source } = counting(offlineLoader(work.indexDir));
    const url = await serve(source);
    const before = await health(url);
    for (let i = 0; i < 3; i++) {
      const res = await adminReload(url);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ reloaded: false, unchanged: true, builtAt: before.builtAt });
    }
    expect(stats.attempts).toBe(1);
  });

  it.each<[string, Record<string, string>]>([
    ["a page on another origin (Origin)", { ...AUTH, origin: "http://evil.example" }],
    ["a page on another site (Sec-Fetch-Site)", { ...AUTH, "sec-fetch-site": "cross-site" }],
    ["a sandboxed page (Origin: null)", { ...AUTH, origin: "null" }],
  ])("is 403 for a cross-origin request: %s", async (_name, headers) => {
    const { stats, source } = counting(offlineLoader(work.indexDir));
    const url = await serve(source);
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    const res = await adminReload(url, headers);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Admin routes refuse cross-origin requests" },
    });
    expect(stats.attempts).toBe(1);
    // The same request from this origin goes through.
    const host = new URL(url).host;
    expect(
      (await adminReload(url, { ...AUTH, origin: `http://${host}`, "sec-fetch-site": "same-origin" })).status,
    ).toBe(200);
    expect(stats.attempts).toBe(2);
  });

  it.each<[string, Record<string, string>]>([
    ["no token", {}],
    ["a wrong token", { authorization: "Bearer not-the-token-at-all" }],
    ["the token without Bearer", { authorization: TOKEN }],
  ])("is 403 with %s", async (_name, headers) => {
    const url = await serve();
    const res = await adminReload(url, headers);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        code: "FORBIDDEN",
        message: "Admin routes need the header Authorization: Bearer <ADMIN_TOKEN>",
      },
    });
  });

  it("is disabled (403) when no ADMIN_TOKEN is configured", async () => {
    holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    running = await startApp(holder);
    const res = await adminReload(running.url);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Admin routes are disabled: set ADMIN_TOKEN to enable them" },
    });
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
  it.skipIf(!external)(
    `is 403 from a non-loopback address (${external ?? "no external interface"})`,
    async () => {
      holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
      expect(await holder.reload()).toBe(true);
      running = await startApp(holder, { host: "0.0.0.0", adminToken: TOKEN });
      const port = new URL(running.url).port;
      const res = await adminReload(`http://${external}:${port}`);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: { code: "FORBIDDEN", message: "Admin routes answer loopback requests only" },
      });
      // The same server still answers a loopback caller.
      expect((await adminReload(`http://127.0.0.1:${port}`)).status).toBe(200);
      // And a spoofed X-Forwarded-For does not make a remote caller local.
      const spoofed = await adminReload(`http://${external}:${port}`, {
        ...AUTH,
        "x-forwarded-for": "127.0.0.1",
      });
      expect(spoofed.status).toBe(403);
    },
  );

  it("is not a GET", async () => {
    const url = await serve();
    expect((await fetch(`${url}/api/admin/reload`, { headers: AUTH })).status).toBe(404);
  });
});

describe("the background integrity check", () => {
  /** Overwrite one page of the sections table: row counts still agree, the page is garbage. */
  async function damageSectionsPage(): Promise<void> {
    const file = join(work.indexDir, "index.db");
    const db = new Database(file, { readonly: true });
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const page = db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'sections' ORDER BY pageno LIMIT 1 OFFSET 2")
      .pluck()
      .get() as number;
    db.close();
    const handle = await open(file, "r+");
    await handle.write(Buffer.alloc(pageSize - 200, 0x5a), 0, pageSize - 200, (page - 1) * pageSize + 100);
    await handle.close();
  }

  it("takes a store whose pages are damaged out of service once quick_check has run", async () => {
    await damageSectionsPage();
    const reader = new SqliteStore(work.indexDir).reader();
    // The quick checks before serving pass: every count agrees with the manifest.
    expect(await reader.check()).toEqual({ ok: true, problems: [] });
    const url = await serve({ ...offlineLoader(work.indexDir), integrity: () => reader.integrity() });
    const refused = await waitFor(async () => {
      const res = await fetch(`${url}/healthz`);
      return res.status === 503 && ((await res.json()) as { status: string; reason: string });
    });
    expect(refused).toMatchObject({
      status: "unavailable",
      reason: expect.stringMatching(/integrity check: quick_check/),
    });
    const chat = await postChat(url, { messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] });
    expect(chat.status).toBe(503);
    await reader.close();
  });

  it("runs one whole-file check at a time however fast reloads come, then checks the latest engine", async () => {
    const runs = { started: 0, running: 0, most: 0 };
    const source: EngineSource = {
      ...offlineLoader(work.indexDir),
      integrity: async () => {
        runs.started++;
        runs.most = Math.max(runs.most, ++runs.running);
        await new Promise((r) => setTimeout(r, 300));
        runs.running--;
        return { ok: true, problems: [] };
      },
    };
    holder = new EngineHolder(source, silentLogger);
    for (let i = 0; i < 5; i++) expect(await holder.reload()).toBe(true);
    await waitFor(async () => runs.started === 2 && runs.running === 0);
    await new Promise((r) => setTimeout(r, 400));
    // The first reload's check, then one for the engine served at its end: not one per reload.
    expect(runs).toEqual({ started: 2, running: 0, most: 1 });
  });

  it("keeps a sound store in service", async () => {
    const reader = new SqliteStore(work.indexDir).reader();
    expect(await reader.integrity()).toEqual({ ok: true, problems: [] });
    const url = await serve({ ...offlineLoader(work.indexDir), integrity: () => reader.integrity() });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await reader.close();
  });
});
