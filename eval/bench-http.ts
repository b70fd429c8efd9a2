#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import express from "express";
import { log, round } from "./bench-ingest.js";
import type { Question } from "./bench-latency.js";
import { chatRequests, memoryOf, startChild, type Memory, type RunningServer } from "./bench-server.js";

/**
 * The HTTP phase of `npm run bench`: requests/s of POST /api/chat on the real server process
 * with autocannon, as a ratio to a trivial Express app (express.json + res.json({ ok: 1 })) in
 * its own process, measured in the same run with the same connections, duration and bodies.
 * `node --import tsx eval/bench-http.ts --baseline` is that trivial app (PORT from the env).
 */

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /**
   * CPU time (user + system, from /proc) the server process spent per request during the run:
   * less sensitive than requests/s to other work on a shared machine.
   */
  serverCpuUsPerRequest?: number;
}

export interface HttpRun {
  connections: number;
  durationSeconds: number;
  mix: Record<string, number>;
  chat: LoadResult;
  baseline: LoadResult;
  /** chat requests/s ÷ baseline requests/s (goal ≥ 0.5). */
  ratio: number;
  /**
   * The same load on a server with ANSWER_CACHE=0: the mix repeats its questions, so `chat` is
   * mostly answered from the answer cache; this is the cost of answering.
   */
  uncached?: LoadResult & { ratio: number };
  /** The real server's memory after the load. */
  serverMemoryAfter: Memory;
}

type Request = ReturnType<typeof chatRequests>[number];

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux almost always). */
function clockTicks(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch (error) {
    log(`  getconf CLK_TCK failed (${(error as Error).message}): assuming 100`);
    return 100;
  }
}

/** User + system CPU time of a process so far, in microseconds (/proc/<pid>/stat fields 14 and 15). */
function cpuMicros(pid: number, ticks: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticks;
}

async function load(url: string, requests: Request[], connections: number, duration: number, pid?: number) {
  await autocannon({ url, connections: Math.min(10, connections), amount: 200, requests, timeout: 120 });
  const ticks = clockTicks();
  const cpuBefore = pid === undefined ? 0 : cpuMicros(pid, ticks);
  const r = await autocannon({ url, connections, duration, requests, timeout: 120 });
  const cpu = pid === undefined ? undefined : cpuMicros(pid, ticks) - cpuBefore;
  return {
    requestsPerSecond: round(r.requests.average, 1),
    total: r.requests.total,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    serverCpuUsPerRequest:
      cpu === undefined || !r.requests.total ? undefined : round(cpu / r.requests.total, 0),
  } satisfies LoadResult;
}

export function startBaseline(): Promise<RunningServer> {
  return startChild(["--import", "tsx", "eval/bench-http.ts", "--baseline"], {}, "/ready");
}

/** Drive the real server (already started) and then the trivial app with the same load. */
export async function benchHttp(
  server: RunningServer,
  questions: Question[],
  connections = 50,
  durationSeconds = 10,
  uncachedServer?: () => Promise<RunningServer>,
): Promise<HttpRun> {
  const requests = chatRequests(questions);
  const mix: Record<string, number> = {};
  for (const q of questions) mix[q.shape] = (mix[q.shape] ?? 0) + 1;
  const chat = await load(server.url, requests, connections, durationSeconds, server.child.pid);
  const serverMemoryAfter = memoryOf(server.child.pid!);
  log(
    `  /api/chat: ${chat.requestsPerSecond} req/s, p99 ${chat.latencyMs.p99} ms, ${chat.serverCpuUsPerRequest} µs CPU/request`,
  );
  const base = await startBaseline();
  let baseline: LoadResult;
  try {
    const toX = requests.map((r) => ({ ...r, path: "/x" }));
    baseline = await load(base.url, toX, connections, durationSeconds, base.child.pid);
  } finally {
    await base.stop();
  }
  log(
    `  trivial Express: ${baseline.requestsPerSecond} req/s, ${baseline.serverCpuUsPerRequest} µs CPU/request`,
  );
  const ratio = (run: LoadResult) => round(run.requestsPerSecond / baseline.requestsPerSecond, 3);
  let uncached: HttpRun["uncached"];
  if (uncachedServer) {
    const plain = await uncachedServer();
    try {
      const run = await load(plain.url, requests, connections, durationSeconds, plain.child.pid);
      uncached = { ...run, ratio: ratio(run) };
      log(
        `  /api/chat without the answer cache: ${run.requestsPerSecond} req/s, p99 ${run.latencyMs.p99} ms, ${run.serverCpuUsPerRequest} µs CPU/request`,
      );
    } finally {
      await plain.stop();
    }
  }
  return {
    connections,
    durationSeconds,
    mix,
    chat,
    baseline,
    ratio: ratio(chat),
    uncached,
    serverMemoryAfter,
  };
}

function serveBaseline(): void {
  const app = express();
  app.use(express.json());
  app.get("/ready", (_req, res) => {
    res.json({ ok: 1 });
  });
  app.post("/x", (_req, res) => {
    res.json({ ok: 1 });
  });
  const server = app.listen(Number(process.env.PORT), "127.0.0.1");
  process.on("SIGTERM", () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

if (process.argv.includes("--baseline")) serveBaseline();
