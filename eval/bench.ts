#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchHttp } from "./bench-http.js";
import { benchIncremental } from "./bench-incremental.js";
import {
  benchIngest,
  log,
  machineInfo,
  round,
  RssSampler,
  sqliteTarget,
  type Target,
} from "./bench-ingest.js";
import { answerLatency, goldQuestions, storeQuestions, type Question } from "./bench-latency.js";
import { postgresTarget, type PostgresTarget } from "./bench-postgres.js";
import { markdown, type SizeResult } from "./bench-report.js";
import { benchServer, startRealServer } from "./bench-server.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * npm run bench [-- --docs 1000,10000,100000] [--pg-docs 10000|none] [--rounds 5]
 *   [--questions 1000] [--connections 50] [--duration 10] [--work DIR] [--merge] [--out FILE]
 * npm run bench -- --index DIR [--connections 50] [--duration 10] [--out FILE]
 * Per synthetic corpus size and store: ingest (bench-ingest.ts), in-process answer latency
 * (bench-latency.ts), the real server's start-up and memory (bench-server.ts), /api/chat
 * requests/s against a trivial Express app (bench-http.ts), one-document ingest
 * (bench-incremental.ts). Writes eval/bench.json after every size (--merge keeps the other sizes
 * already in it) and prints Markdown tables. Reports only: nothing here asserts.
 * With --index, only the real-server and HTTP phases run, over an existing SQLite index (it is
 * read, never rebuilt or removed; the server may write to it, so point it at a copy).
 */
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    docs: { type: "string", default: "1000,10000,100000" },
    "pg-docs": { type: "string", default: "10000" },
    rounds: { type: "string", default: "5" },
    questions: { type: "string", default: "1000" },
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    work: { type: "string" },
    index: { type: "string" },
    merge: { type: "boolean", default: false },
    out: { type: "string", default: join(import.meta.dirname, "bench.json") },
  },
});
const sizes = (list: string) =>
  list === "none"
    ? []
    : list
        .split(",")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);

/** What goes through the real server: units of this index, the all-unit ranking, text, some gold. */
function serverMix(own: Question[]): Question[] {
  const gold = goldQuestions();
  const pick = (shape: string, n: number) => own.filter((q) => q.shape === shape).slice(0, n);
  const everyOtherGold = gold
    .filter((_, i) => i % Math.max(1, Math.floor(gold.length / 20)) === 0)
    .slice(0, 20);
  return [...pick("unitValue", 20), ...pick("text", 10), ...pick("ranking", 3), ...everyOtherGold];
}

async function phase<T>(result: SizeResult, name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    result.problems[name] = (error as Error).message;
    log(`  ${name} failed: ${(error as Error).stack ?? (error as Error).message}`);
    return undefined;
  }
}

/** The real server's start-up and memory, then /api/chat against the trivial app (bench-http.ts). */
async function benchServing(result: SizeResult, t: Target): Promise<void> {
  const reader = t.store().reader();
  const own = await storeQuestions(reader).finally(() => reader.close());
  log(`${result.store} ${result.docs}: real server`);
  const served = await phase(result, "server", () =>
    benchServer(t, serverMix(own), Number(values.questions)),
  );
  if (!served) return;
  const { server, ...rest } = served;
  result.server = rest;
  const conn = Number(values.connections);
  result.http = await phase(result, "http", () =>
    benchHttp(server, serverMix(own), conn, Number(values.duration), () =>
      startRealServer(t, { ANSWER_CACHE: "0" }),
    ),
  );
  await server.stop();
}

/** --index DIR: the serving phases only, over an index built before (never removed here). */
async function benchIndex(indexDir: string): Promise<SizeResult> {
  const t = sqliteTarget(indexDir);
  const reader = t.store().reader();
  const docs = await reader
    .head()
    .then((head) => head.documents.length)
    .finally(() => reader.close());
  const result: SizeResult = { store: "sqlite", docs, problems: {} };
  await benchServing(result, t);
  return result;
}

async function benchSize(store: SizeResult["store"], docs: number, work: string, sampler: RssSampler) {
  const result: SizeResult = { store, docs, problems: {} };
  const corpus = join(work, `synthetic-${docs}`);
  if (!existsSync(join(corpus, "done"))) {
    const t0 = performance.now();
    await writeSyntheticCorpus({ count: docs, outDir: corpus });
    await writeFile(join(corpus, "done"), "");
    result.corpusSeconds = round((performance.now() - t0) / 1000, 1);
  }
  const indexDir = join(work, `index-${store}-${docs}`);
  await rm(indexDir, { recursive: true, force: true });
  await mkdir(indexDir, { recursive: true });
  let target: Target & Partial<Pick<PostgresTarget, "stop">>;
  try {
    target = store === "sqlite" ? sqliteTarget(indexDir) : await postgresTarget(indexDir);
  } catch (error) {
    result.problems.store = `TODO: PostgreSQL not measured: ${(error as Error).message}`;
    return result;
  }
  const t = target;
  try {
    log(`${store} ${docs}: ingest`);
    result.ingest = await phase(result, "ingest", () =>
      benchIngest(`${store} ${docs}`, [corpus], t, sampler),
    );
    if (!result.ingest) return result;
    log(`${store} ${docs}: in-process answers`);
    result.answer = await phase(result, "answer", () =>
      answerLatency(t.store().reader(), Number(values.rounds)),
    );
    await benchServing(result, t);
    log(`${store} ${docs}: one-document ingest`);
    result.incremental = await phase(result, "incremental", () => benchIncremental(t, work));
  } finally {
    await t.stop?.();
    if (!values.work) await rm(indexDir, { recursive: true, force: true });
  }
  return result;
}

async function main(): Promise<void> {
  const work = values.work ?? (await mkdtemp(join(tmpdir(), "budget-qa-bench-")));
  await mkdir(work, { recursive: true });
  const previous: SizeResult[] =
    values.merge && existsSync(values.out) ? (JSON.parse(readFileSync(values.out, "utf8")).sizes ?? []) : [];
  const results: SizeResult[] = [];
  const save = async () => {
    const fresh = new Set(results.map((r) => `${r.store}:${r.docs}`));
    const all = [...previous.filter((r) => !fresh.has(`${r.store}:${r.docs}`)), ...results].sort(
      (a, b) => a.store.localeCompare(b.store) * -1 || a.docs - b.docs,
    );
    const report = { measuredAt: new Date().toISOString(), machine: machineInfo(), sizes: all };
    await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
    return all;
  };
  const plan = [
    ...sizes(values["pg-docs"]).map((n) => ["postgres", n] as const),
    ...sizes(values.docs).map((n) => ["sqlite", n] as const),
  ].sort((a, b) => a[1] - b[1] || (a[0] === "sqlite" ? -1 : 1));
  const sampler = new RssSampler();
  if (values.index) plan.splice(0);
  try {
    if (values.index) {
      results.push(await benchIndex(values.index));
      await save();
    }
    for (const [store, n] of plan) {
      results.push(await benchSize(store, n, work, sampler));
      await save();
    }
  } finally {
    await sampler.stop();
    if (!values.work) await rm(work, { recursive: true, force: true });
  }
  process.stdout.write(`${markdown(await save())}\n\nWrote ${values.out}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
