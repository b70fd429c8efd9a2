#!/usr/bin/env node
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { readIndex } from "../ingest/index/index-files.js";
import { createEngine } from "../server/engine/answer.js";
import { benchOne, machineInfo, mib, RssSampler, round, type Run } from "./bench-ingest.js";
import { SAMPLE_DIR, writeSyntheticCorpus } from "./synthetic-corpus.js";
import { loadGold } from "./validate-gold.js";

/**
 * npm run bench [-- --docs 1000,10000] (the default sizes) [--rounds 5] [--skip-http]
 * For the sample corpus and synthetic corpora of the given sizes: ingest throughput, index size,
 * peak memory and in-process answer latency over the gold questions; then HTTP figures with
 * autocannon (eval/bench-http.ts). Writes eval/bench.json. Reports only: nothing here asserts.
 */
interface SizeResult extends Run {
  indexDir: string;
  answer: { questions: number; calls: number; p50Ms: number; p99Ms: number; maxMs: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function answerLatency(indexDir: string, rounds: number): Promise<SizeResult["answer"]> {
  const engine = createEngine(await readIndex(indexDir), createEmbeddings({}).embeddings);
  const questions = loadGold()
    .filter((g) => g.turns.length === 1)
    .map((g) => g.turns[0]);
  for (const q of questions) await engine.answer([{ role: "user", content: q }], { llm: false }); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      await engine.answer([{ role: "user", content: q }], { llm: false });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return {
    questions: questions.length,
    calls: times.length,
    p50Ms: round(percentile(times, 50), 3),
    p99Ms: round(percentile(times, 99), 3),
    maxMs: round(times[times.length - 1] ?? 0, 3),
  };
}

function runHttpBench(): Promise<unknown> {
  const script = join(import.meta.dirname, "bench-http.ts");
  if (!existsSync(script)) return Promise.resolve({ skipped: "eval/bench-http.ts not found" });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", async (code) => {
      const out = join(import.meta.dirname, "bench-http.json");
      resolve(
        code === 0 && existsSync(out) ? JSON.parse(await readFile(out, "utf8")) : { failed: `exit ${code}` },
      );
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      docs: { type: "string", default: "1000,10000" },
      rounds: { type: "string", default: "5" },
      "skip-http": { type: "boolean", default: false },
    },
  });
  const sizes = values.docs
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const rounds = Number(values.rounds);
  const work = await mkdtemp(join(tmpdir(), "budget-qa-bench-"));
  const sampler = new RssSampler();
  const results: SizeResult[] = [];
  try {
    const corpora: [string, string][] = [["sample (data/docs)", SAMPLE_DIR]];
    for (const n of sizes) {
      const dir = join(work, `synthetic-${n}`);
      await writeSyntheticCorpus({ count: n, outDir: dir });
      corpora.push([`synthetic (${n})`, dir]);
    }
    for (const [name, dir] of corpora) {
      try {
        const run = await benchOne(name, [dir], work, sampler);
        results.push({ ...run, answer: await answerLatency(run.indexDir, rounds) });
        await rm(run.indexDir, { recursive: true, force: true });
      } catch (error) {
        process.stderr.write(`${name}: ${(error as Error).message}\n`);
      }
    }
  } finally {
    await sampler.stop();
    await rm(work, { recursive: true, force: true });
  }
  const http = values["skip-http"] ? { skipped: "--skip-http" } : await runHttpBench();
  const head =
    "| corpus | docs | facts | ingest s | docs/s | facts/s | index | peak RSS | answer p50 | answer p99 |";
  const lines = results.map(
    (r) =>
      `| ${r.corpus} | ${r.documents} | ${r.facts} | ${r.seconds.toFixed(2)} | ${r.documentsPerSecond} | ${r.factsPerSecond} | ${mib(r.indexBytes)} | ${mib(r.peakRssBytes)} | ${r.answer.p50Ms} ms | ${r.answer.p99Ms} ms |`,
  );
  process.stdout.write(`${[head, `|${"---|".repeat(10)}`, ...lines].join("\n")}\n`);
  const report = {
    measuredAt: new Date().toISOString(),
    machine: machineInfo(),
    sizes: results.map(({ indexDir: _drop, ...r }) => r),
    http,
  };
  await writeFile(join(import.meta.dirname, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write("Wrote eval/bench.json\n");
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});
