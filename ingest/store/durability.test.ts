import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, statSync, watch } from "node:fs";
import { mkdir, readFile, readdir, rm, truncate, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../eval/synthetic-corpus.js";
import { loadConfig } from "../../lib/config.js";
import { EngineHolder } from "../../server/engine-holder.js";
import { loadEngine } from "../../server/load-engine.js";
import {
  DOCS_DIR,
  ROOT,
  ingestInto,
  offlineLoader,
  postChat,
  silentLogger,
  startApp,
  tempWork,
  waitFor,
} from "../../server/testing/http-harness.js";
import { BEIJING, DOC } from "../../server/testing/sample-index.js";
import { SqliteStore } from "./sqlite-store.js";

/**
 * The defects of the old JSONL index folder, each reproduced the way an operator meets it —
 * real `ingest/cli.ts` and `server/main.ts` processes, real files, the sample and synthetic
 * corpora — and shown fixed by the SQLite store: concurrent ingests, one base name in two
 * folders, kill -9 mid-commit, truncated or deleted files, a full disk, reloads under traffic.
 */
const CLI = join(ROOT, "ingest", "cli.ts");
const PAUSE_COMMIT = join(ROOT, "ingest", "store", "testing", "pause-commit.ts");
const MAIN = join(ROOT, "server", "main.ts");
const BEIJING_FILE = join(DOCS_DIR, `${DOC.beijingFinal}.txt`);
const QUESTION = "驻北京联络处三公经费是多少";
const run = promisify(execFile);

let work: Awaited<ReturnType<typeof tempWork>>;
/** Synthetic corpora (eval/synthetic-corpus.ts), one folder each. */
const corpus = { a: "", b: "", big: "", batches: [] as string[] };

beforeAll(async () => {
  work = await tempWork("budget-qa-durability-");
  const write = async (name: string, count: number, seed: number) => {
    const outDir = join(work.work, "corpora", name);
    await writeSyntheticCorpus({ count, outDir, seed });
    return outDir;
  };
  corpus.a = await write("a", 5, 101);
  corpus.b = await write("b", 5, 202);
  corpus.big = await write("big", 8, 303);
  corpus.batches = [
    await write("batch-1", 1, 404),
    await write("batch-2", 1, 505),
    await write("batch-3", 1, 606),
  ];
});
afterAll(async () => {
  await work?.cleanup();
});

/** The liaison office's 三公经费 actual as data/docs/001… states it: "…支出决算为23.3万元". */
function statedSanGong(text: string): string {
  const stated = /“三公”经费财政拨款支出预算为[\d.]+万元，支出决算为([\d.]+)万元/.exec(text)?.[1];
  if (!stated) throw new Error("no 三公经费 sentence in the document");
  return stated;
}

/** The environment of a child process: offline, SQLite, no lock wait unless asked. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !k.startsWith("OPENAI_") &&
        !k.startsWith("VITEST") &&
        !["EMBEDDING_MODEL", "DATABASE_URL", "INGEST_LOCK_WAIT_MS", "INDEX_DIR", "DOCS_DIR"].includes(k),
    ),
  );
  return { ...base, ...env };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `npm run ingest -- <paths>` as a real process. */
function startIngest(
  indexDir: string,
  paths: string[],
  env: Record<string, string> = {},
  preload: string[] = [],
): { child: ChildProcess; exit: Promise<Exit> } {
  const imports = preload.flatMap((file) => ["--import", file]);
  const child = spawn(process.execPath, ["--import", "tsx", ...imports, CLI, ...paths], {
    cwd: ROOT,
    env: childEnv({ INDEX_DIR: indexDir, ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += String(d)));
  child.stderr!.on("data", (d) => (stderr += String(d)));
  const exit = new Promise<Exit>((done) =>
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr })),
  );
  return { child, exit };
}

/** What a fresh reader sees in INDEX_DIR. */
async function storeState(indexDir: string) {
  const reader = new SqliteStore(indexDir).reader();
  try {
    const head = await reader.head();
    return {
      generation: await reader.generation(),
      check: await reader.check(),
      documents: head.documents.map((d) => ({ docId: d.docId, path: resolve(ROOT, d.file) })),
      facts: await reader.countFacts({}),
      manifestFacts: head.manifest.counts.facts,
    };
  } finally {
    await reader.close();
  }
}

/** Segment files in vectors/ and the ones the committed store registers. */
async function segments(indexDir: string): Promise<{ files: string[]; registered: string[] }> {
  const db = new Database(join(indexDir, "index.db"), { readonly: true });
  try {
    const registered = db.prepare("SELECT name FROM segments ORDER BY name").pluck().all() as string[];
    return { files: (await readdir(join(indexDir, "vectors"))).sort(), registered };
  } finally {
    db.close();
  }
}

async function synthetic(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort().map((f) => join(folder, f));
}

function offlineConfig(indexDir: string) {
  return { ...loadConfig({}), INDEX_DIR: indexDir, llmEnabled: false };
}

describe("two ingests into one INDEX_DIR at once", () => {
  it("the second stops at once with a clear INDEX_LOCKED message while the first writes; run again, nothing is lost", async () => {
    const indexDir = join(work.work, "concurrent", "index");
    // The first ingest's write lock is taken here, so the second certainly starts while it is held
    // (two processes started together need not overlap on a busy machine).
    const first = await new SqliteStore(indexDir).writer();
    let loser: Exit;
    try {
      loser = await startIngest(indexDir, [corpus.b]).exit;
    } finally {
      await first.abort();
    }
    expect(loser.code).not.toBe(0);
    expect(loser.stderr).toMatch(
      /^ingest failed: Another ingest is writing to .*; run this one again when it has finished\n$/,
    );
    expect(loser.stdout).toBe("");

    // The first writes; then, as the message says, the second is run again once it has finished.
    const winner = await startIngest(indexDir, [corpus.a]).exit;
    expect(winner.code, winner.stderr).toBe(0);
    const after = await storeState(indexDir);
    expect(after.check).toEqual({ ok: true, problems: [] });
    expect(after.documents.map((d) => d.path).sort()).toEqual(await synthetic(corpus.a));
    expect((await ingestInto(indexDir, [corpus.b])).added).toEqual(await synthetic(corpus.b));
    const final = await storeState(indexDir);
    expect(final.check).toEqual({ ok: true, problems: [] });
    expect(final.documents.map((d) => d.path).sort()).toEqual(
      [...(await synthetic(corpus.a)), ...(await synthetic(corpus.b))].sort(),
    );
    expect(new Set(final.documents.map((d) => d.docId)).size).toBe(final.documents.length);
    expect(final.facts).toBe(final.manifestFacts);
  });
});

describe("document identity is the source path", () => {
  it("report.txt in 2023/ and 2024/ is two documents; the same content under another path is one", async () => {
    const folder = join(work.work, "identity");
    const indexDir = join(folder, "index");
    const original = await readFile(BEIJING_FILE, "utf8");
    const stated = statedSanGong(original);
    // Last year's report: every year one earlier, and another 三公 actual.
    const revised = (Number(stated) - 2).toFixed(1);
    const earlier = original
      .replace(/(20\d{2})(?=\s*年)/g, (y) => String(Number(y) - 1))
      .replace(`支出决算为${stated}万元`, `支出决算为${revised}万元`);
    const [y2023, y2024] = [join(folder, "2023"), join(folder, "2024")];
    await mkdir(y2023, { recursive: true });
    await mkdir(y2024, { recursive: true });
    await writeFile(join(y2023, "report.txt"), earlier);
    await writeFile(join(y2024, "report.txt"), original);

    const summary = await ingestInto(indexDir, [y2023, y2024]);
    expect(summary.added).toEqual([join(y2023, "report.txt"), join(y2024, "report.txt")]);
    expect(summary.documents).toBe(2);
    const reader = new SqliteStore(indexDir).reader();
    try {
      const { documents } = await reader.head();
      const byYear = new Map(documents.map((d) => [d.year, d]));
      expect(documents.map((d) => `${d.unit}/${d.year}`).sort()).toEqual([
        `${BEIJING}/2023`,
        `${BEIJING}/2024`,
      ]);
      const ids = documents.map((d) => d.docId).sort();
      expect(ids[0]).toBe("report");
      expect(ids[1]).toMatch(/^report-[0-9a-f]{8}$/);
      // No fact id is shared, and every fact belongs to its own document.
      const facts = await reader.facts({});
      expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
      expect(facts.length).toBe(summary.facts);
      for (const f of facts) expect(f.id.startsWith(`${f.docId}:`), f.id).toBe(true);
      const sanGong = async (docId: string) =>
        (await reader.facts({ docIds: [docId], metrics: ["三公经费"] }))
          .filter((f) => f.metric === "三公经费" && f.column === "决算数" && !f.table)
          .map((f) => f.value);
      expect(await sanGong(byYear.get(2024)!.docId)).toEqual([stated]);
      expect(await sanGong(byYear.get(2023)!.docId)).toEqual([revised]);

      // The same 2024 report saved under another folder and name: indexed once, reported.
      const copies = join(folder, "copies");
      await mkdir(copies);
      await writeFile(join(copies, "驻京办2024决算.txt"), original);
      const generation = await reader.generation();
      const duplicate = await ingestInto(indexDir, [copies]);
      expect(duplicate.duplicates).toEqual([
        { file: join(copies, "驻京办2024决算.txt"), of: expect.any(String) },
      ]);
      expect(resolve(duplicate.duplicates[0].of)).toBe(join(y2024, "report.txt"));
      expect(duplicate.changed).toBe(false);
      expect(duplicate.documents).toBe(2);
      expect(await reader.generation()).toBe(generation);
    } finally {
      await reader.close();
    }
  });
});

describe("kill -9", () => {
  it("during the document writes and during the commit leaves the previous store; a rerun completes without orphans", async () => {
    const indexDir = join(work.work, "killed", "index");
    await ingestInto(indexDir, [BEIJING_FILE]);
    const base = await storeState(indexDir);
    expect(base.check.ok).toBe(true);
    const vectors = join(indexDir, "vectors");
    const wal = join(indexDir, "index.db-wal");
    const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);

    // 1. Killed while it writes documents: its transaction has started spilling into the WAL.
    const initialWal = walSize();
    const writing = startIngest(indexDir, [corpus.big]);
    await waitFor(async () => walSize() > initialWal + 1_000_000, 30_000, 5);
    writing.child.kill("SIGKILL");
    expect((await writing.exit).signal).toBe("SIGKILL");
    expect(await storeState(indexDir)).toEqual(base);

    // 2. Killed in its commit: the new vector segment is on disk, not yet registered. (Its COMMIT is
    // held a while, so the kill the segment file triggers lands before it on any machine.)
    const known = new Set(await readdir(vectors));
    const committing = startIngest(indexDir, [corpus.big], {}, [PAUSE_COMMIT]);
    let orphan: string | undefined;
    const watcher = watch(vectors, (_event, name) => {
      if (!orphan && name && !known.has(String(name))) {
        orphan = String(name);
        committing.child.kill("SIGKILL");
      }
    });
    const killed = await committing.exit.finally(() => watcher.close());
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.stdout).not.toMatch(/Indexed/);
    expect(await storeState(indexDir)).toEqual(base);
    const left = await segments(indexDir);
    expect(left.files).toContain(orphan);
    expect(left.registered).not.toContain(orphan);

    // 3. Run again: it completes, and the orphaned segment file is gone.
    await ingestInto(indexDir, [corpus.big]);
    const final = await storeState(indexDir);
    expect(final.check).toEqual({ ok: true, problems: [] });
    expect(final.documents.map((d) => d.path).sort()).toEqual(
      [...(await synthetic(corpus.big)), BEIJING_FILE].sort(),
    );
    const after = await segments(indexDir);
    expect(after.files).toEqual(after.registered);
    expect(after.files).not.toContain(orphan);
  });
});

/** `npm start` as a real process on a free port; resolves once it logs that it is serving. */
async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: ROOT,
    env: childEnv({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", LOG_FORMAT: "json", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  const url = await new Promise<string>((serving, failed) => {
    const timer = setTimeout(() => failed(new Error("server did not start")), 30_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        logs.push(JSON.parse(line));
      } catch {
        return;
      }
      if (logs.at(-1)!.msg === "budget-qa is serving") {
        clearTimeout(timer);
        serving(String(logs.at(-1)!.url).replace(/\/$/, ""));
      }
    });
    void exit.then((code) => failed(new Error(`server exited with ${code}`)));
  });
  return { child, url, logs, exit };
}

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("truncated or deleted store files", () => {
  it("index.db truncated to half is refused (INDEX_CORRUPT) and `npm start` serves 503 without rebuilding over it", async () => {
    const indexDir = join(work.work, "truncated", "index");
    await ingestInto(indexDir, [DOCS_DIR]);
    const file = join(indexDir, "index.db");
    await truncate(file, Math.floor(statSync(file).size / 2));

    const reader = new SqliteStore(indexDir).reader();
    try {
      const check = await reader.check();
      expect(check.ok).toBe(false);
      expect(check.problems.length).toBeGreaterThan(0);
      await expect(loadEngine(offlineConfig(indexDir), reader)).rejects.toMatchObject({
        code: "INDEX_CORRUPT",
      });
    } finally {
      await reader.close();
    }

    const before = await sha256(file);
    const server = await startServer({ INDEX_DIR: indexDir, DOCS_DIR });
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.status).toBe("unavailable");
      expect(body.reason).toContain(indexDir);
      const chat = await postChat(server.url, { messages: [{ role: "user", content: QUESTION }] });
      expect(chat.status).toBe(503);
      expect(server.logs.some((l) => l.msg === "no index yet: ingesting")).toBe(false);
    } finally {
      server.child.kill("SIGTERM");
      await server.exit;
    }
    expect(await sha256(file)).toBe(before);
    expect(existsSync(join(indexDir, "vectors"))).toBe(true);
  });

  it("index.db deleted while vectors/ holds segments: generation() says INDEX_CORRUPT (npm start does not rebuild)", async () => {
    const indexDir = join(work.work, "deleted-db", "index");
    await ingestInto(indexDir, [BEIJING_FILE]);
    await unlink(join(indexDir, "index.db"));
    const reader = new SqliteStore(indexDir).reader();
    try {
      await expect(reader.generation()).rejects.toMatchObject({
        code: "INDEX_CORRUPT",
        message: expect.stringContaining("index.db is missing"),
      });
      await expect(loadEngine(offlineConfig(indexDir), reader)).rejects.toMatchObject({
        code: "INDEX_CORRUPT",
      });
    } finally {
      await reader.close();
    }
    // A folder that never held an index is simply empty: that one npm start builds.
    const empty = new SqliteStore(join(work.work, "never", "index")).reader();
    expect(await empty.generation()).toBeUndefined();
    await empty.close();
  });

  it("a deleted vector segment is reported by check() and refused by loadEngine", async () => {
    const indexDir = join(work.work, "deleted-segment", "index");
    await ingestInto(indexDir, [BEIJING_FILE]);
    const [segment] = (await segments(indexDir)).registered;
    await rm(join(indexDir, "vectors", segment));
    const reader = new SqliteStore(indexDir).reader();
    try {
      const check = await reader.check();
      expect(check.ok).toBe(false);
      expect(check.problems.join("\n")).toContain(segment);
      await expect(loadEngine(offlineConfig(indexDir), reader)).rejects.toMatchObject({
        code: "INDEX_CORRUPT",
        message: expect.stringContaining(segment),
      });
    } finally {
      await reader.close();
    }
  });

  // Ingest checks the store it writes into: over a deleted segment (or rows deleted behind the
  // manifest's back) it refuses, instead of committing a generation just as damaged.
  it("the next ingest over a store with a deleted segment repairs it or refuses to write", async () => {
    const indexDir = join(work.work, "ingest-over-damage", "index");
    await ingestInto(indexDir, [BEIJING_FILE]);
    const [segment] = (await segments(indexDir)).registered;
    await rm(join(indexDir, "vectors", segment));
    const outcome = await ingestInto(indexDir, [DOCS_DIR]).then(
      () => "committed",
      (error: unknown) => error,
    );
    if (outcome === "committed")
      expect((await storeState(indexDir)).check).toEqual({ ok: true, problems: [] });
    else expect(outcome).toMatchObject({ code: "INDEX_CORRUPT" });
  });
});

describe("a full disk", () => {
  it("fails the ingest with an error; the store committed before still passes check() and answers", async (ctx) => {
    const disk = join(work.work, "small-disk");
    await mkdir(disk);
    try {
      await run("mount", ["-t", "tmpfs", "-o", "size=5m", "tmpfs", disk]);
    } catch (error) {
      const why = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
      if (loadConfig().CI) throw new Error(`CI must be able to mount a tmpfs for this test: ${why}`);
      ctx.skip(`cannot mount a small tmpfs here (${why}); run as root to test a full disk`);
    }
    try {
      const indexDir = join(disk, "index");
      await ingestInto(indexDir, [BEIJING_FILE]);
      const base = await storeState(indexDir);
      expect(base.check.ok).toBe(true);

      const full = await startIngest(indexDir, [corpus.big]).exit;
      expect(full.code).not.toBe(0);
      expect(full.stderr).toMatch(/^ingest failed: .*(full|ENOSPC|no space|holds \d+ of \d+ vectors)/im);
      expect(await storeState(indexDir)).toEqual(base);
      const left = await segments(indexDir);
      expect(left.files).toEqual(left.registered);

      const reader = new SqliteStore(indexDir).reader();
      try {
        const engine = await loadEngine(offlineConfig(indexDir), reader);
        const result = await engine.answer([{ role: "user", content: QUESTION }]);
        expect(result.status).toBe("answered");
        expect(result.answer).toContain(
          `${Number(statedSanGong(await readFile(BEIJING_FILE, "utf8"))).toFixed(2)}万元`,
        );
      } finally {
        await reader.close();
      }
    } finally {
      await run("umount", [disk]).catch(() => run("umount", ["-l", disk]));
    }
  });
});

describe("reload under load", () => {
  it("serves every request while three ingests commit in a row, then serves the final generation", async () => {
    const indexDir = join(work.work, "under-load", "index");
    await ingestInto(indexDir, [DOCS_DIR]);
    const expected = `${Number(statedSanGong(await readFile(BEIJING_FILE, "utf8"))).toFixed(2)}万元`;
    const holder = new EngineHolder(offlineLoader(indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    holder.watch(100);
    const app = await startApp(holder);
    const failures: string[] = [];
    const generations = new Set<string>();
    let requests = 0;
    let stop = false;
    const check = async (name: string, res: Response, ok: (body: string) => boolean) => {
      const body = await res.text();
      requests++;
      if (res.status !== 200 || !ok(body)) failures.push(`${name} ${res.status} ${body.slice(0, 160)}`);
    };
    const traffic = (async () => {
      while (!stop) {
        await check(
          "chat",
          await postChat(app.url, { messages: [{ role: "user", content: QUESTION }] }),
          (b) => b.includes(expected),
        );
        await check(
          "rank",
          await postChat(app.url, { messages: [{ role: "user", content: "哪个单位三公经费最高" }] }),
          (b) => JSON.parse(b).status === "answered",
        );
        await check(
          "facts",
          await fetch(`${app.url}/api/facts?unit=${encodeURIComponent("驻北京联络处")}&limit=5`),
          (b) => JSON.parse(b).total > 0,
        );
        const health = await fetch(`${app.url}/healthz`);
        await check("healthz", health.clone(), () => true);
        generations.add((await health.json()).generation);
        // Leave the ingest processes some of the machine's cores.
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    try {
      for (const batch of corpus.batches) {
        const result = await startIngest(indexDir, [batch]).exit;
        expect(result.code, result.stderr).toBe(0);
      }
      const final = (await storeState(indexDir)).generation;
      const served = await waitFor(async () => {
        const h = await (await fetch(`${app.url}/healthz`)).json();
        return h.generation === final && h;
      });
      expect(served.counts.documents).toBe(4 + corpus.batches.length);
    } finally {
      stop = true;
      await traffic;
      holder.close();
      await app.close();
    }
    expect(requests).toBeGreaterThan(20);
    expect(failures).toEqual([]);
    // The server went through the intermediate generations too, without a restart.
    expect(generations.size).toBeGreaterThanOrEqual(2);
  });
});
