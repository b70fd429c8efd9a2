#!/usr/bin/env node
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { ingest } from "../ingest/ingest.js";
import { readAliasFile } from "../ingest/units/build-units.js";
import { SAMPLE_DIR, writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * npm run bench:ingest [-- --docs N] [--keep]
 * Ingests the sample corpus and a synthetic corpus of N documents (default 1,000), each into a
 * fresh temporary index with the local embeddings, and reports throughput, index size and peak
 * memory. Figures go to stdout and eval/bench-ingest.json.
 */

interface Args {
  docs: number;
  keep: boolean;
  out: string;
}

export interface Run {
  corpus: string;
  documents: number;
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

function parseArgs(argv: string[]): Args {
  const args: Args = { docs: 1000, keep: false, out: join(import.meta.dirname, "bench-ingest.json") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--docs") args.docs = Number(argv[++i]);
    else if (argv[i].startsWith("--docs=")) args.docs = Number(argv[i].slice(7));
    else if (argv[i] === "--keep") args.keep = true;
    else if (argv[i] === "--out") args.out = argv[++i];
  }
  if (!Number.isInteger(args.docs) || args.docs < 1) throw new Error(`--docs must be a positive integer`);
  return args;
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
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

export async function benchOne(
  corpus: string,
  paths: string[],
  work: string,
  sampler: RssSampler,
): Promise<Run & { indexDir: string }> {
  const indexDir = join(work, `index-${corpus.replace(/\W+/g, "-")}`);
  const { embeddings, info } = createEmbeddings({});
  const aliases = await readAliasFile(join(import.meta.dirname, "..", "data", "aliases.json"));
  let lastShown = 0;
  global.gc?.();
  sampler.reset();
  const summary = await ingest(paths, {
    indexDir,
    embeddings,
    embeddingInfo: info,
    aliases,
    onProgress: ({ done, total }) => {
      if (total >= 100 && done - lastShown >= total / 10) {
        lastShown = done;
        process.stderr.write(`  ${corpus}: parsed ${done}/${total}\n`);
      }
    },
  });
  const peakRssBytes = await sampler.read();
  const seconds = summary.seconds;
  return {
    corpus,
    documents: summary.documents,
    tables: summary.tables,
    facts: summary.facts,
    chunks: summary.chunks,
    warnings: summary.warnings.length,
    failed: summary.failed.length,
    seconds: round(seconds, 2),
    documentsPerSecond: round(summary.documents / seconds, 1),
    factsPerSecond: Math.round(summary.facts / seconds),
    indexBytes: await dirBytes(indexDir),
    peakRssBytes,
    indexDir,
  };
}

/** The machine a benchmark ran on, recorded with its figures. */
export function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "",
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: process.platform,
  };
}

export const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function printTable(runs: Run[]): void {
  const head = [
    "corpus",
    "docs",
    "facts",
    "chunks",
    "seconds",
    "docs/s",
    "facts/s",
    "index size",
    "peak RSS",
  ];
  const rows = runs.map((r) => [
    r.corpus,
    String(r.documents),
    String(r.facts),
    String(r.chunks),
    r.seconds.toFixed(2),
    r.documentsPerSecond.toFixed(1),
    String(r.factsPerSecond),
    mib(r.indexBytes),
    mib(r.peakRssBytes),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  process.stdout.write(
    `${[line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n")}\n`,
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2).filter((a) => a !== "--"));
  const work = await mkdtemp(join(tmpdir(), "budget-qa-bench-"));
  const sampler = new RssSampler();
  try {
    const runs: Run[] = [await benchOne("sample (data/docs)", [SAMPLE_DIR], work, sampler)];
    const corpusDir = join(work, "synthetic");
    const started = performance.now();
    await writeSyntheticCorpus({ count: args.docs, outDir: corpusDir });
    const generationSeconds = round((performance.now() - started) / 1000, 2);
    process.stderr.write(`generated ${args.docs} synthetic documents in ${generationSeconds} s\n`);
    runs.push(await benchOne(`synthetic (${args.docs})`, [corpusDir], work, sampler));
    printTable(runs);
    const report = {
      measuredAt: new Date().toISOString(),
      machine: machineInfo(),
      embeddings: createEmbeddings({}).info,
      synthetic: { documents: args.docs, generationSeconds },
      runs,
    };
    await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`Wrote ${args.out}${args.keep ? `; kept ${work}` : ""}\n`);
  } finally {
    await sampler.stop();
    if (!args.keep) await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bench-ingest.ts"))
  main().catch((error: Error) => {
    process.stderr.write(`bench:ingest failed: ${error.message}\n`);
    process.exit(1);
  });
