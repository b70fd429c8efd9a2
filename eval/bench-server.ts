import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { log, round, type Target } from "./bench-ingest.js";
import type { Question } from "./bench-latency.js";
import { freePort } from "../ingest/store/testing/postgres-server.js";

/**
 * The real-server phase of `npm run bench`: `node --import tsx server/main.ts` over a built
 * index (env INDEX_DIR / DATABASE_URL, LOG_LEVEL=warn, a rate limit that never trips), timed to
 * the first 200 from /healthz; the child's RSS (VmRSS, VmHWM from /proc) right after start and
 * after 1,000 questions through POST /api/chat.
 */

export const ROOT = join(import.meta.dirname, "..");

export interface Memory {
  rssBytes: number;
  hwmBytes: number;
}

export interface ServerRun {
  startupMs: number;
  afterStart: Memory;
  afterQuestions: Memory;
  questions: { sent: number; connections: number; seconds: number; non2xx: number; errors: number };
  latencyMs: { p50: number; p99: number; max: number };
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

/** VmRSS and VmHWM of a process, from /proc/<pid>/status. */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { rssBytes: kb("VmRSS"), hwmBytes: kb("VmHWM") };
}

/** Spawn a Node child and poll `ready` until it answers 200; `startupMs` is from spawn to that 200. */
export async function startChild(
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  timeoutMs = 600_000,
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  while (true) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`${url}${readyPath} not ready after ${timeoutMs} ms`);
    }
    const status = await fetch(`${url}${readyPath}`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, url, startupMs: round(performance.now() - started, 0), stop };
}

/** The real server, as `npm start` runs it, over a built index. */
export function startRealServer(target: Target, env: Record<string, string> = {}): Promise<RunningServer> {
  return startChild(
    ["--import", "tsx", "server/main.ts"],
    {
      ...target.env,
      ...env,
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "1000000000",
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
    },
    "/healthz",
  );
}

export function chatRequests(questions: Question[]) {
  return questions.map((q) => ({
    method: "POST" as const,
    path: "/api/chat",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ messages: [{ role: "user", content: q.text }] }),
  }));
}

/** Start the server, read its memory, send `count` questions (cycled), read its memory again. */
export async function benchServer(
  target: Target,
  questions: Question[],
  count = 1000,
  connections = 4,
): Promise<ServerRun & { server: RunningServer }> {
  const server = await startRealServer(target);
  const pid = server.child.pid!;
  const afterStart = memoryOf(pid);
  log(`  server up in ${server.startupMs} ms, RSS ${(afterStart.rssBytes / 2 ** 20).toFixed(0)} MiB`);
  const started = performance.now();
  const result = await autocannon({
    url: server.url,
    connections,
    amount: count,
    requests: chatRequests(questions),
    timeout: 120,
  });
  const seconds = round((performance.now() - started) / 1000, 2);
  return {
    server,
    startupMs: server.startupMs,
    afterStart,
    afterQuestions: memoryOf(pid),
    questions: {
      sent: result.requests.total,
      connections,
      seconds,
      non2xx: result.non2xx,
      errors: result.errors,
    },
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  };
}
