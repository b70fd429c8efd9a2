#!/usr/bin/env node
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadConfig } from "../lib/config.js";
import { SqliteStore } from "../ingest/store/sqlite-store.js";
import { planConversation } from "../server/engine/conversation.js";
import { loadEngine } from "../server/load-engine.js";
import { writePlantedDocument } from "../server/testing/planted-document.js";
import { goldQuestions } from "./bench-latency.js";
import { chatRequests, memoryOf, ROOT, startChild, type RunningServer } from "./bench-server.js";
import {
  chat,
  conversationCases,
  documentCases,
  inputCases,
  type Case,
  type Observed,
  type Target,
} from "./chaos-cases.js";
import { ingestCases, runNode } from "./chaos-process-cases.js";

/**
 * npm run chaos [-- --no-load]
 * The sample corpus plus a document with hostile text (server/testing/planted-document.ts) is
 * ingested with the real CLI into a temp folder and served by the real server on loopback; the
 * fault and hostile-input cases run against it and print a table (case, expected, observed).
 * Then: the rule planner's time against question length (in process, for the record), autocannon
 * at 50 and 200 connections, and last SIGTERM under load. Exits 1 if any case failed.
 */
const { values } = parseArgs({ options: { "no-load": { type: "boolean", default: false } } });
const TOKEN = "chaos-admin-token-0123456789";
const Q = "驻北京联络处三公经费是多少";

interface Row extends Observed {
  name: string;
  expected: string;
}

async function runCases(cases: Case[], rows: Row[]): Promise<void> {
  for (const c of cases) {
    const result = await c
      .run()
      .catch((error: Error) => ({ ok: false, observed: `threw: ${error.message}` }));
    rows.push({ name: c.name, expected: c.expected, ...result });
    process.stderr.write(`${result.ok ? "✓" : "✗"} ${c.name}\n`);
  }
}

function printTable(rows: Row[]): void {
  const width = (key: "name" | "expected") => Math.min(48, Math.max(...rows.map((r) => r[key].length)));
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text.padEnd(n));
  process.stdout.write(
    `\n| ${cut("case", width("name"))} | ${cut("expected", width("expected"))} | observed |\n`,
  );
  process.stdout.write(`|${"-".repeat(width("name") + 2)}|${"-".repeat(width("expected") + 2)}|---|\n`);
  for (const r of rows)
    process.stdout.write(
      `| ${r.ok ? "" : "✗ "}${cut(r.name, width("name") - (r.ok ? 0 : 2))} | ${cut(r.expected, width("expected"))} | ${r.observed} |\n`,
    );
}

/** The rule planner (not the HTTP layer) on ever longer questions: its growth, for the record. */
async function plannerTimes(indexDir: string): Promise<void> {
  const engine = await loadEngine(
    { ...loadConfig({}), INDEX_DIR: indexDir, llmEnabled: false },
    new SqliteStore(indexDir).reader(),
  );
  process.stdout.write(
    "\nRule planner time against question length (in process; the HTTP layer refuses > 4,000):\n",
  );
  process.stdout.write("| characters | planConversation ms | ratio to previous |\n|---:|---:|---:|\n");
  let previous = 0;
  for (const chars of [1000, 2000, 4000, 8000, 16000, 32000, 64000]) {
    const question = Q.repeat(Math.ceil(chars / Q.length)).slice(0, chars);
    let least = Infinity;
    for (let i = 0; i < (chars <= 8000 ? 3 : 1); i++) {
      const started = performance.now();
      planConversation(engine.knowledge.forRequest(), [{ role: "user", content: question }]);
      least = Math.min(least, performance.now() - started);
    }
    process.stdout.write(
      `| ${chars} | ${least.toFixed(0)} | ${previous ? (least / previous).toFixed(1) : "–"} |\n`,
    );
    previous = least;
  }
}

async function loadFigures(server: RunningServer): Promise<void> {
  const requests = chatRequests(goldQuestions());
  process.stdout.write("\nautocannon, POST /api/chat with the gold questions, 10 s each:\n");
  process.stdout.write(
    "| connections | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx | RSS after |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n",
  );
  for (const connections of [50, 200]) {
    const r = await autocannon({ url: server.url, connections, duration: 10, requests, timeout: 60 });
    const rss = (memoryOf(server.child.pid!).rssBytes / 2 ** 20).toFixed(0);
    process.stdout.write(
      `| ${connections} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${rss} MiB |\n`,
    );
  }
}

/** SIGTERM while 12 clients keep asking: every answer begun arrives whole, then exit 0. */
async function sigtermCase(server: RunningServer): Promise<Row> {
  const exit = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
  const outcomes = { ok: 0, unsent: 0, failed: 0 };
  let signalled = false;
  const loops = Array.from({ length: 12 }, async (_, loop) => {
    for (let i = loop; ; i++) {
      let res: Response;
      try {
        res = await fetch(`${server.url}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            messages: [{ role: "user", content: i % 2 ? Q : "哪个单位三公经费最高" }],
            stream: i % 3 === 0,
          }),
        });
      } catch (error) {
        if (((error as Error).cause as NodeJS.ErrnoException)?.code === "ECONNREFUSED" && signalled) return;
        outcomes.unsent++;
        continue;
      }
      const text = await res.text().catch(() => "");
      if (res.status === 200 && /"answer"|"type":"done"/.test(text)) outcomes.ok++;
      else outcomes.failed++;
    }
  });
  // Signal once answers are flowing (after a load test the server may still be catching up).
  const deadline = Date.now() + 60_000;
  while (outcomes.ok < 24 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  signalled = true;
  const sent = performance.now();
  server.child.kill("SIGTERM");
  await Promise.all(loops);
  const code = await exit;
  return {
    name: "SIGTERM under load (12 clients)",
    expected: "no answer cut; exit 0",
    ok: outcomes.failed === 0 && code === 0,
    observed: `exit ${code} ${Math.round(performance.now() - sent)} ms after the signal; ${outcomes.ok} answered in full, ${outcomes.failed} cut, ${outcomes.unsent} reset before the server read them`,
  };
}

async function main(): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), "budget-qa-chaos-"));
  try {
    const docs = join(work, "docs");
    await mkdir(docs);
    await cp(join(ROOT, "data", "docs"), docs, { recursive: true });
    await writePlantedDocument(docs);
    const indexDir = join(work, "index");
    const ingested = await runNode(["ingest/cli.ts", docs], { INDEX_DIR: indexDir });
    if (ingested.code !== 0) throw new Error(`ingest failed: ${ingested.stderr}`);
    const server = await startChild(
      ["--import", "tsx", "server/main.ts"],
      {
        INDEX_DIR: indexDir,
        LOG_LEVEL: "warn",
        ADMIN_TOKEN: TOKEN,
        RATE_LIMIT_PER_MINUTE: "1000000000",
        OPENAI_API_KEY: "",
        OPENAI_BASE_URL: "",
      },
      "/healthz",
    );
    const target: Target = {
      url: server.url,
      port: Number(new URL(server.url).port),
      adminToken: TOKEN,
      work,
    };
    const rows: Row[] = [];
    try {
      await runCases(
        [
          ...conversationCases(target),
          ...inputCases(target),
          ...documentCases(target),
          ...ingestCases(target),
        ],
        rows,
      );
      const alive = await chat(server.url, { messages: [{ role: "user", content: Q }] });
      if (alive.status !== 200) throw new Error("the server stopped answering during the cases");
      await plannerTimes(indexDir);
      if (!values["no-load"]) await loadFigures(server);
      rows.push(await sigtermCase(server));
    } finally {
      await server.stop();
    }
    printTable(rows);
    const failed = rows.filter((r) => !r.ok).length;
    process.stdout.write(`\n${rows.length - failed}/${rows.length} cases as expected\n`);
    return failed ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`chaos failed: ${error.message}\n`);
    process.exit(2);
  },
);
