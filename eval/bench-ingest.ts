#!/usr/bin/env node
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { collectFiles, ingest, type IngestSummary } from "../ingest/ingest.js";
import { SqliteStore } from "../ingest/store/sqlite-store.js";
import type { Store } from "../ingest/store/store.js";
import { readAliasFile } from "../ingest/units/build-units.js";
import { getDocument } from "../ingest/read/pdf/pdfjs.js";
import { SAMPLE_DIR, writeSyntheticCorpus } from "./synthetic-corpus.js";

/** The 上海 PDFs as published (a copy of ../shared/corpus-pdf). */
const PDF_DIR = join(import.meta.dirname, "..", "data", "pdf");

/**
 * The ingest phase of `npm run bench`, and shared helpers of the bench-*.ts files.
 * Standalone: npm run bench:ingest [-- --docs N] ingests the sample corpus, the PDFs and N synthetic
 * documents (default 1,000) into fresh SQLite indexes and writes eval/bench-ingest.json.
 */

/** Where an index lives and how to reach it: the store object, the server's environment, its size. */
export interface Target {
  kind: "sqlite" | "postgres";
  /** INDEX_DIR (SQLite's folder, or PostgreSQL's cache of vector segments). */
  indexDir: string;
  store(): Store;
  /** Environment for the real server process. */
  env: Record<string, string>;
  /** Bytes on disk: the folder, plus the database for PostgreSQL. */
  sizeBytes(): Promise<number>;
}

export function sqliteTarget(indexDir: string): Target {
  return {
    kind: "sqlite",
    indexDir,
    store: () => new SqliteStore(indexDir),
    env: { INDEX_DIR: indexDir },
    sizeBytes: () => dirBytes(indexDir),
  };
}

export interface IngestRun {
  corpus: string;
  documents: number;
  /** PDF corpora: pages read, and pages per second. */
  pages?: number;
  pagesPerSecond?: number;
  tables: number;
  facts: number;
  chunks: number;
  warnings: number;
  failed: number;
  seconds: number;
  documentsPerSecond: number;
  factsPerSecond: number;
  indexBytes: number;
  peakRssBytes: number;
}

/**
 * Samples process RSS every 20 ms from a worker thread, so the peak is seen even while the main
 * thread is busy in long synchronous work (embedding, building the HNSW graph).
 */
export class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
     parentPort.on("message", (m) => {
       if (m === "reset") peak = process.memoryUsage.rss();
       if (m === "read") parentPort.postMessage(Math.max(peak, process.memoryUsage.rss()));
       if (m === "stop") { clearInterval(timer); parentPort.close(); }
     });`,
    { eval: true },
  );

  reset(): void {
    this.worker.postMessage("reset");
  }

  read(): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once("message", resolve);
      this.worker.postMessage("read");
    });
  }

  async stop(): Promise<void> {
    this.worker.postMessage("stop");
    await this.worker.terminate();
  }
}

export async function dirBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

/** `ingest()` as `npm run ingest` calls it, with the local embeddings and the project's aliases. */
export async function runIngest(
  paths: string[],
  store: Store,
  onProgress?: (done: number, total: number) => void,
): Promise<IngestSummary> {
  const { embeddings, info } = createEmbeddings({});
  const aliases = await readAliasFile(join(import.meta.dirname, "..", "data", "aliases.json"));
  return ingest(paths, {
    store,
    embeddings,
    embeddingInfo: info,
    aliases,
    onProgress: onProgress && (({ done, total }) => onProgress(done, total)),
  });
}

/** Ingest `paths` into a fresh target; throughput, index size and the peak RSS of this process. */
export async function benchIngest(
  corpus: string,
  paths: string[],
  target: Target,
  sampler: RssSampler,
): Promise<IngestRun> {
  let lastShown = 0;
  global.gc?.();
  sampler.reset();
  const summary = await runIngest(paths, target.store(), (done, total) => {
    if (total >= 100 && done - lastShown >= total / 20) {
      lastShown = done;
      log(`${corpus}: ingested ${done}/${total}`);
    }
  });
  const peakRssBytes = await sampler.read();
  const seconds = summary.seconds;
  const pages = await pdfPages(paths);
  return {
    corpus,
    documents: summary.documents,
    ...(pages ? { pages, pagesPerSecond: round(pages / seconds, 1) } : {}),
    tables: summary.tables,
    facts: summary.facts,
    chunks: summary.chunks,
    warnings: summary.warnings.length,
    failed: summary.failed.length,
    seconds: round(seconds, 2),
    documentsPerSecond: round(summary.documents / seconds, 1),
    factsPerSecond: Math.round(summary.facts / seconds),
    indexBytes: await target.sizeBytes(),
    peakRssBytes,
  };
}

/** Pages of the PDFs under `paths` (0 when there are none): the unit of PDF throughput. */
async function pdfPages(paths: string[]): Promise<number> {
  let pages = 0;
  for (const file of await collectFiles(paths)) {
    if (!file.toLowerCase().endsWith(".pdf")) continue;
    const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), useWorkerFetch: false })
      .promise;
    pages += pdf.numPages;
    await pdf.destroy();
  }
  return pages;
}

/** The machine a benchmark ran on, recorded with its figures. */
export function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "",
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: process.platform,
  };
}

export const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const log = (line: string) =>
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { docs: { type: "string", default: "1000" }, keep: { type: "boolean", default: false } },
  });
  const docs = Number(values.docs);
  if (!Number.isInteger(docs) || docs < 1) throw new Error("--docs must be a positive integer");
  const work = await mkdtemp(join(tmpdir(), "budget-qa-bench-"));
  const sampler = new RssSampler();
  try {
    const runs = [
      await benchIngest("sample", [SAMPLE_DIR], sqliteTarget(join(work, "sample")), sampler),
      await benchIngest("pdf", [PDF_DIR], sqliteTarget(join(work, "pdf")), sampler),
    ];
    const corpusDir = join(work, "synthetic");
    await writeSyntheticCorpus({ count: docs, outDir: corpusDir });
    runs.push(await benchIngest(`synthetic ${docs}`, [corpusDir], sqliteTarget(join(work, "idx")), sampler));
    for (const r of runs)
      process.stdout.write(
        `${r.corpus}: ${r.documents} docs${r.pages ? ` (${r.pages} pages)` : ""}, ${r.facts} facts in ${r.seconds} s (${r.documentsPerSecond} docs/s${r.pagesPerSecond ? `, ${r.pagesPerSecond} pages/s` : ""}, ${r.factsPerSecond} facts/s), index ${mib(r.indexBytes)}, peak RSS ${mib(r.peakRssBytes)}\n`,
      );
    const out = join(import.meta.dirname, "bench-ingest.json");
    const report = { measuredAt: new Date().toISOString(), machine: machineInfo(), runs };
    await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`Wrote ${out}${values.keep ? `; kept ${work}` : ""}\n`);
  } finally {
    await sampler.stop();
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bench-ingest.ts"))
  main().catch((error: Error) => {
    process.stderr.write(`bench:ingest failed: ${error.message}\n`);
    process.exit(1);
  });
