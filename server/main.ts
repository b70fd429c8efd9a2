import cluster from "node:cluster";
import type { Logger } from "pino";
import { loadConfig, type Config } from "../lib/config.js";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { openStore } from "../ingest/store/open-store.js";
import type { Store } from "../ingest/store/store.js";
import { ingest } from "../ingest/ingest.js";
import { readAliasFile } from "../ingest/units/build-units.js";
import { createApp } from "./app.js";
import { createLogger, servingLine } from "./create-logger.js";
import { EngineHolder } from "./engine-holder.js";
import { Drainer } from "./http/drain.js";
import { listen, probePort } from "./http/listen.js";
import { loadEngine } from "./load-engine.js";

/**
 * npm start (node --import tsx server/main.ts, so signals reach this process): take the port
 * (a busy one exits 1 at once), build the index from DOCS_DIR if the store is empty, then serve
 * the API and the chat page (in WEB_CONCURRENCY cluster workers when above 1), picking up new
 * ingests without a restart. SIGTERM lets requests in flight finish, then exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const store = openStore(config);
  if (cluster.isPrimary && config.WEB_CONCURRENCY > 1) {
    await probePort(config.HOST, config.PORT);
    await buildIfEmpty(store, config, logger);
    return superviseWorkers(config, logger);
  }
  await serve(store, config, logger);
}

/** Only an empty store is built here; a damaged one is reported (healthz 503), never rebuilt over. */
async function buildIfEmpty(store: Store, config: Config, logger: Logger): Promise<void> {
  const reader = store.reader();
  const empty = await reader.generation().then(
    (generation) => generation === undefined,
    (error: Error) => {
      logger.error({ err: error }, "the index is damaged: not serving it, not rebuilding it");
      return false;
    },
  );
  await reader.close();
  if (!empty) return;
  logger.info({ docs: config.DOCS_DIR, index: reader.location }, "no index yet: ingesting");
  const { embeddings, info } = createEmbeddings(config);
  const summary = await ingest(config.DOCS_DIR, {
    store,
    lockWaitMs: Math.max(config.INGEST_LOCK_WAIT_MS, 60_000),
    maxFileMb: config.MAX_FILE_MB,
    embeddings,
    embeddingInfo: info,
    aliases: await readAliasFile(config.ALIAS_FILE),
  });
  for (const f of summary.failed) logger.warn({ file: f.file }, f.message);
  logger.info(
    { documents: summary.documents, facts: summary.facts, seconds: summary.seconds },
    "index built",
  );
}

/**
 * The primary of a cluster: forks the workers, replaces one that dies while serving, passes
 * signals on. A worker that exits before it ever listened means the server cannot start: exit 1.
 */
function superviseWorkers(config: Config, logger: Logger): void {
  let stopping = false;
  let failed = false;
  const listening = new Set<number>();
  for (let i = 0; i < config.WEB_CONCURRENCY; i++) cluster.fork();
  cluster.on("listening", (worker) => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    failed ||= code !== 0;
    if (!Object.keys(cluster.workers ?? {}).length && stopping) process.exit(failed ? 1 : 0);
    if (stopping) return;
    if (!listening.has(worker.id)) {
      logger.error({ pid: worker.process.pid, code, signal }, "a server worker could not start: stopping");
      stop("SIGTERM", 1);
      return;
    }
    logger.warn({ pid: worker.process.pid, code, signal }, "server worker exited; starting another");
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals, code = 0) => {
    stopping = true;
    failed ||= code !== 0;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS + 1000).unref();
    if (!Object.keys(cluster.workers ?? {}).length) process.exit(failed ? 1 : 0);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/**
 * One server process: listen first (a busy port fails at once, before any index work), build
 * the index if this is the only process and the store is empty, load it, serve. Until the index
 * is loaded the API answers 503 (/healthz says "starting").
 */
async function serve(store: Store, config: Config, logger: Logger): Promise<void> {
  const reader = store.reader();
  const holder = new EngineHolder(
    {
      load: () => loadEngine(config, reader),
      generation: () => reader.generation(),
      integrity: () => reader.integrity(),
    },
    logger,
  );
  const app = createApp({
    holder,
    logger,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    adminToken: config.ADMIN_TOKEN,
    chatMaxBodyBytes: config.CHAT_MAX_BODY_MB * 2 ** 20,
    apiKeys: config.API_KEYS,
    feedbackFile: config.FEEDBACK_FILE,
  });
  const server = await listen(app, config.HOST, config.PORT);
  const drainer = new Drainer(server);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: drainer.requestsInFlight }, "shutting down");
    holder.close();
    const drained = await drainer.drain(config.SHUTDOWN_TIMEOUT_MS);
    if (!drained)
      logger.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, "requests still in flight: cut off");
    logger.info({ ...drainer.counts, drained }, "stopped");
    await reader.close();
    process.exit(drained ? 0 : 1);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  if (cluster.isPrimary) await buildIfEmpty(store, config, logger);
  await holder.reload();
  holder.watch();
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  logger.info({ url: `http://${config.HOST}:${port}/`, pid: process.pid }, "budget-qa is serving");
  // One line for people on stdout (logs go to stderr), from the first worker only.
  if (config.LOG_FORMAT === "text" && (cluster.worker?.id ?? 1) === 1)
    process.stdout.write(`${servingLine(config.HOST, port)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`budget-qa failed to start: ${error.message}\n`);
  process.exit(1);
});
