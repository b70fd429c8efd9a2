#!/usr/bin/env node
import { fork, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { pino } from "pino";
import { createApp } from "../server/app.js";
import type { ChatMessage } from "../server/engine/plan-schema.js";
import { EngineHolder } from "../server/engine-holder.js";
import { ingestInto, offlineLoader, tempWork } from "../server/testing/http-harness.js";
import type { GoldItem } from "./gold-schema.js";
import { loadGold } from "./validate-gold.js";

/**
 * npx tsx eval/bench-http.ts [--duration 10] [--connections 50] [--questions 20] [--log]
 * Builds the sample corpus into a temp index, serves the real app (offline engine, high rate
 * limit) from a child process on a loopback port, and drives POST /api/chat with autocannon,
 * cycling ~20 gold conversations as JSON bodies. Prints requests/s and latency percentiles and
 * writes them to eval/bench-http.json. The server runs in its own process so the load generator
 * does not share its event loop. --log serves with info-level request logs (to /dev/null).
 */

interface Args {
  duration: number;
  connections: number;
  questions: number;
  log: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    duration: 10,
    connections: 50,
    questions: 20,
    log: false,
    out: join(import.meta.dirname, "bench-http.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i]!;
    if (flag === "--duration") args.duration = Number(value());
    else if (flag === "--connections") args.connections = Number(value());
    else if (flag === "--questions") args.questions = Number(value());
    else if (flag === "--out") args.out = value();
    else if (flag === "--log") args.log = true;
  }
  for (const k of ["duration", "connections", "questions"] as const) {
    if (!Number.isInteger(args[k]) || args[k] < 1) throw new Error(`--${k} must be a positive integer`);
  }
  return args;
}

/** Round-robin over the categories, so the mix covers lookups, comparisons, follow-ups, not-found… */
export function pickGold(items: GoldItem[], n: number): GoldItem[] {
  const byCategory = new Map<string, GoldItem[]>();
  for (const it of items) byCategory.set(it.category, [...(byCategory.get(it.category) ?? []), it]);
  const queues = [...byCategory.values()];
  const out: GoldItem[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (q[round] && out.length < n) out.push(q[round]!);
  }
  return out;
}

// ---- the server side (child process) -------------------------------------------------------

async function serve(indexDir: string, log: boolean): Promise<void> {
  const logger = log ? pino({ level: "info" }, pino.destination("/dev/null")) : pino({ level: "silent" });
  const holder = new EngineHolder(offlineLoader(indexDir), logger);
  if (!(await holder.reload())) throw new Error("cannot load the index");
  const app = createApp({ holder, logger, rateLimitPerMinute: 10_000_000 });
  const server = app.listen(0, "127.0.0.1", () => {
    process.send!({ port: (server.address() as AddressInfo).port });
  });
  process.on("message", (m) => {
    if (m === "stop") server.close(() => process.exit(0));
  });
}

// ---- the load generator (parent) -------------------------------------------------------------

async function startServer(indexDir: string, log: boolean): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(import.meta.filename, ["--serve", indexDir, ...(log ? ["--log"] : [])], {
    execArgv: ["--import", "tsx"],
    stdio: "inherit",
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: { port: number }) => resolve(m.port));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** The conversations as the page sends them: follow-ups carry the system's earlier answers. */
async function conversations(url: string, items: GoldItem[]): Promise<ChatMessage[][]> {
  const out: ChatMessage[][] = [];
  for (const item of items) {
    const messages: ChatMessage[] = [];
    for (const [i, turn] of item.turns.entries()) {
      messages.push({ role: "user", content: turn });
      if (i === item.turns.length - 1) break;
      const res = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ messages }),
      });
      if (!res.ok) throw new Error(`warm-up ${item.id}: ${res.status}`);
      messages.push({ role: "assistant", content: ((await res.json()) as { answer: string }).answer });
    }
    out.push(messages);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = await tempWork("budget-qa-bench-http-");
  const { child, url } = await (async () => {
    await ingestInto(work.indexDir);
    return startServer(work.indexDir, args.log);
  })();
  try {
    const items = pickGold(loadGold(), args.questions);
    const bodies = await conversations(url, items);
    const requests = bodies.map((messages) => ({
      method: "POST" as const,
      path: "/api/chat",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages }),
    }));
    // Warm-up: JIT and caches, not measured.
    await autocannon({ url, connections: 10, amount: 500, requests });
    const result = await autocannon({
      url,
      connections: args.connections,
      duration: args.duration,
      requests,
    });
    const figures = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? "",
        totalMemoryBytes: totalmem(),
        node: process.version,
        platform: process.platform,
      },
      setup: {
        endpoint: "POST /api/chat (JSON, offline rule engine, sample corpus of 4 documents)",
        server: "separate process, 1 event loop",
        requestLogs: args.log ? "info to /dev/null" : "silent",
        connections: args.connections,
        durationSeconds: args.duration,
        conversations: items.map((it) => ({ id: it.id, category: it.category, turns: it.turns.length })),
      },
      requests: {
        total: result.requests.total,
        perSecondMean: result.requests.average,
        perSecondStddev: result.requests.stddev,
        perSecondMin: result.requests.min,
      },
      latencyMs: {
        mean: result.latency.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      throughputBytesPerSecond: result.throughput.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      target: { requestsPerSecond: 1000, p99Ms: 100 },
      meetsTarget:
        result.requests.average >= 1000 &&
        result.latency.p99 < 100 &&
        result.errors === 0 &&
        result.non2xx === 0,
    };
    await writeFile(args.out, `${JSON.stringify(figures, null, 2)}\n`);
    const r = figures.requests;
    const l = figures.latencyMs;
    console.log(
      `POST /api/chat, ${args.connections} connections, ${args.duration} s, ${items.length} gold conversations:\n` +
        `  ${r.perSecondMean.toFixed(0)} req/s (min ${r.perSecondMin}), ${r.total} requests, ${figures.errors} errors, ${figures.non2xx} non-2xx\n` +
        `  latency p50 ${l.p50} ms · p90 ${l.p90} ms · p99 ${l.p99} ms · max ${l.max} ms\n` +
        `  target ≥ 1000 req/s at p99 < 100 ms: ${figures.meetsTarget ? "met" : "MISSED"}\n` +
        `  → ${args.out}`,
    );
  } finally {
    child.send("stop");
    await new Promise((r) => child.once("exit", r));
    await work.cleanup();
  }
}

if (process.argv[2] === "--serve") {
  serve(process.argv[3]!, process.argv.includes("--log")).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
} else if (process.argv[1] === import.meta.filename) {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
