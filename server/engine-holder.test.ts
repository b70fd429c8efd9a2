import { cp, mkdir, readdir, rename, rm, writeFile, readFile } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EngineHolder } from "./engine-holder.js";
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
 * Hot reload on the running app: `npm run ingest` rebuilding INDEX_DIR is picked up without a
 * restart, a broken rebuild leaves the old index serving, and POST /api/admin/reload is
 * loopback-only.
 */
// fs.watch can fail (inotify limits, network filesystems): the holder then relies on polling.
const fsControl = vi.hoisted(() => ({ watchFails: false }));
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const watch = ((...args: Parameters<typeof actual.watch>) => {
    if (fsControl.watchFails) throw new Error("ENOSPC: System limit for number of file watchers reached");
    return actual.watch(...args);
  }) as typeof actual.watch;
  return { ...actual, watch, default: { ...actual, watch } };
});

let work: Awaited<ReturnType<typeof tempWork>>;
let holder: EngineHolder | undefined;
let running: RunningApp | undefined;
let docs: string;

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

async function health(
  url: string,
): Promise<{ status: string; builtAt: string; counts: { documents: number; facts: number } }> {
  const res = await fetch(`${url}/healthz`);
  if (res.status !== 200) throw new Error(`healthz ${res.status}`);
  return res.json();
}

/** Swap a modified copy of the index in by renames, the way ingest does. */
async function swapInCopy(indexDir: string, edit: (copy: string) => Promise<void>): Promise<void> {
  const copy = join(work.work, `.index.tmp-${Date.now()}`);
  const old = join(work.work, `.index.old-${Date.now()}`);
  await cp(indexDir, copy, { recursive: true });
  await edit(copy);
  await rename(indexDir, old);
  await rename(copy, indexDir);
  await rm(old, { recursive: true, force: true });
}

/** A loader that counts its attempts and failures. */
function counting(load: () => Promise<Engine>) {
  const stats = { attempts: 0, failures: 0 };
  const wrapped = async () => {
    stats.attempts++;
    try {
      return await load();
    } catch (error) {
      stats.failures++;
      throw error;
    }
  };
  return { stats, load: wrapped };
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

async function serve(
  load: () => Promise<Engine> = offlineLoader(work.indexDir),
  pollMs?: number,
): Promise<string> {
  holder = new EngineHolder(load, silentLogger);
  expect(await holder.reload()).toBe(true);
  holder.watch(work.indexDir, pollMs);
  running = await startApp(holder);
  return running.url;
}

describe("hot reload of a rebuilt index", () => {
  it("picks up `ingest` adding a fourth document without a restart (file watcher)", async () => {
    // A poll interval longer than the test: only the folder watcher can see the swap.
    const url = await serve(undefined, 60_000);
    const before = await health(url);
    expect(before.counts.documents).toBe(3);
    const docsBefore = (await (await fetch(`${url}/api/documents`)).json()).documents.map(
      (d: { docId: string }) => d.docId,
    );
    expect(docsBefore).not.toContain(DOC.cityBudget);

    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    const after = await waitFor(async () => {
      const h = await health(url);
      return h.counts.documents === 4 && h;
    });
    expect(after.builtAt).not.toBe(before.builtAt);
    expect(after.counts.facts).toBeGreaterThan(before.counts.facts);
    const docsAfter = (await (await fetch(`${url}/api/documents`)).json()).documents.map(
      (d: { docId: string }) => d.docId,
    );
    expect(docsAfter).toContain(DOC.cityBudget);
    // Chat answers from the new index.
    const res = await postChat(url, { messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] });
    expect((await res.json()).answer).toContain("23.30万元");
  });

  it("picks it up by polling the manifest when the folder cannot be watched", async () => {
    fsControl.watchFails = true;
    try {
      const url = await serve(undefined, 200);
      await addFourth();
      await ingestInto(work.indexDir, [docs]);
      await waitFor(async () => (await health(url)).counts.documents === 4);
    } finally {
      fsControl.watchFails = false;
    }
  });

  it("serves every request during the swap: no errors while the index is rebuilt twice", async () => {
    const url = await serve(undefined, 200);
    let stop = false;
    const statuses: number[] = [];
    const traffic = (async () => {
      while (!stop) {
        const res = await postChat(url, {
          messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }],
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
    })();
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    await waitFor(async () => (await health(url)).counts.documents === 4);
    await rm(join(docs, `${DOC.cityBudget}.txt`));
    await rm(work.indexDir, { recursive: true });
    await ingestInto(work.indexDir, [docs]);
    await waitFor(async () => (await health(url)).counts.documents === 3);
    stop = true;
    await traffic;
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});

describe("a failed rebuild", () => {
  it("with a garbage manifest.json keeps the old index serving (watcher and admin reload)", async () => {
    const { stats, load } = counting(offlineLoader(work.indexDir));
    const url = await serve(load, 200);
    const before = await health(url);
    await swapInCopy(work.indexDir, (copy) => writeFile(join(copy, "manifest.json"), "{ this is not json"));
    await new Promise((r) => setTimeout(r, 800));
    expect(await health(url)).toEqual(before);

    const admin = await fetch(`${url}/api/admin/reload`, { method: "POST" });
    expect(admin.status).toBe(500);
    expect(await admin.json()).toEqual({ reloaded: false, builtAt: before.builtAt });
    expect(stats.failures).toBeGreaterThanOrEqual(1);
    expect(await health(url)).toEqual(before);
    const res = await postChat(url, { messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] });
    expect(res.status).toBe(200);
    expect((await res.json()).answer).toContain("23.30万元");

    // A good rebuild afterwards is picked up.
    await rm(work.indexDir, { recursive: true });
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    await waitFor(async () => (await health(url)).counts.documents === 4);
  });

  it("with a new manifest over corrupt data is tried, fails, and keeps the old index serving", async () => {
    const { stats, load } = counting(offlineLoader(work.indexDir));
    const url = await serve(load, 200);
    const before = await health(url);
    const attempts = stats.attempts;
    await swapInCopy(work.indexDir, async (copy) => {
      const manifest = JSON.parse(await readFile(join(copy, "manifest.json"), "utf8"));
      await writeFile(
        join(copy, "manifest.json"),
        JSON.stringify({ ...manifest, builtAt: new Date(Date.now() + 60_000).toISOString() }),
      );
      await writeFile(join(copy, "facts.jsonl"), '{"id": "half a fact"\n');
    });
    await waitFor(async () => stats.failures > 0 && stats.attempts > attempts);
    expect(await health(url)).toEqual(before);
    const res = await postChat(url, {
      messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }],
      stream: true,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('"type":"done"');
  });

  it("with a loader that throws keeps the old engine, and the next good reload still works", async () => {
    let fail = false;
    const good = offlineLoader(work.indexDir);
    // Not async: a synchronous throw, as a misbehaving loader might.
    const url = await serve(() => {
      if (fail) throw new Error("disk on fire");
      return good();
    });
    const before = await health(url);
    fail = true;
    expect(await holder!.reload()).toBe(false);
    const admin = await fetch(`${url}/api/admin/reload`, { method: "POST" });
    expect(admin.status).toBe(500);
    expect(await health(url)).toEqual(before);

    fail = false;
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    expect(await holder!.reload()).toBe(true);
    expect((await health(url)).counts.documents).toBe(4);
  });

  it("concurrent reloads share one load", async () => {
    const { stats, load } = counting(offlineLoader(work.indexDir));
    holder = new EngineHolder(load, silentLogger);
    const results = await Promise.all([holder.reload(), holder.reload(), holder.reload()]);
    expect(results).toEqual([true, true, true]);
    expect(stats.attempts).toBe(1);
    expect(await holder.reload()).toBe(true);
    expect(stats.attempts).toBe(2);
  });
});

describe("POST /api/admin/reload", () => {
  it("reloads from loopback and reports the new build", async () => {
    // No watcher: only the admin call can pick the rebuild up.
    holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    running = await startApp(holder);
    const before = await health(running.url);
    await addFourth();
    await ingestInto(work.indexDir, [docs]);
    expect((await health(running.url)).builtAt).toBe(before.builtAt);
    const res = await fetch(`${running.url}/api/admin/reload`, { method: "POST" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.reloaded).toBe(true);
    expect(body.builtAt).not.toBe(before.builtAt);
    expect(await health(running.url)).toMatchObject({ builtAt: body.builtAt, counts: { documents: 4 } });
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
  it.skipIf(!external)(
    `is 403 from a non-loopback address (${external ?? "no external interface"})`,
    async () => {
      holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
      expect(await holder.reload()).toBe(true);
      running = await startApp(holder, { host: "0.0.0.0" });
      const port = new URL(running.url).port;
      const res = await fetch(`http://${external}:${port}/api/admin/reload`, { method: "POST" });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: { code: "FORBIDDEN", message: "Reload is allowed from loopback only" },
      });
      // The same server still reloads for a loopback caller.
      expect((await fetch(`http://127.0.0.1:${port}/api/admin/reload`, { method: "POST" })).status).toBe(200);
      // And a spoofed X-Forwarded-For does not make a remote caller local.
      const spoofed = await fetch(`http://${external}:${port}/api/admin/reload`, {
        method: "POST",
        headers: { "x-forwarded-for": "127.0.0.1" },
      });
      expect(spoofed.status).toBe(403);
    },
  );

  it("is not a GET", async () => {
    const url = await serve();
    expect((await fetch(`${url}/api/admin/reload`)).status).toBe(404);
  });
});
