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
import { loadEngine } from "./load-engine.js";

/**
 * npm start: build the index from DOCS_DIR if the store is empty, then serve the API and the
 * chat page (in WEB_CONCURRENCY cluster workers when above 1), picking up new ingests without a
 * restart. SIGTERM drains and exits.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const store = openStore(config);
  if (cluster.isPrimary) await buildIfEmpty(store, config, logger);
  if (cluster.isPrimary && config.WEB_CONCURRENCY > 1) return superviseWorkers(config, logger);
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

/** The primary of a cluster: forks the workers, replaces one that dies, passes signals on. */
function superviseWorkers(config: Config, logger: Logger): void {
  let stopping = false;
  for (let i = 0; i < config.WEB_CONCURRENCY; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.warn({ pid: worker.process.pid, code, signal }, "server worker exited; starting another");
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 11_000).unref();
    cluster.on("exit", () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

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
  await holder.reload();
  holder.watch();
  const app = createApp({
    holder,
    logger,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    apiKeys: config.API_KEYS,
  });
  const server = app.listen(config.PORT, config.HOST, (error?: Error) => {
    if (error) {
      logger.error({ err: error }, `cannot listen on ${config.HOST}:${config.PORT}`);
      process.exit(1);
    }
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    logger.info({ url: `http://${config.HOST}:${port}/`, pid: process.pid }, "budget-qa is serving");
    // One line for people on stdout (logs go to stderr), from the first worker only.
    if (config.LOG_FORMAT === "text" && (cluster.worker?.id ?? 1) === 1)
      process.stdout.write(`${servingLine(config.HOST, port)}\n`);
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    holder.close();
    server.close(() => void reader.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: Error) => {
  process.stderr.write(`budget-qa failed to start: ${error.message}\n`);
  process.exit(1);
});
