import { pino } from "pino";
import { loadConfig } from "../lib/config.js";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { indexExists } from "../ingest/index/index-files.js";
import { ingest } from "../ingest/ingest.js";
import { readAliasFile } from "../ingest/units/build-units.js";
import { createApp } from "./app.js";
import { EngineHolder } from "./engine-holder.js";
import { loadEngine } from "./load-engine.js";

/**
 * npm start: build the index from DOCS_DIR if INDEX_DIR has none, then serve the API and the
 * chat page, picking up rebuilt indexes without a restart. SIGTERM drains and exits.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  if (!(await indexExists(config.INDEX_DIR))) {
    logger.info({ docs: config.DOCS_DIR, index: config.INDEX_DIR }, "no index yet: ingesting");
    const { embeddings, info } = createEmbeddings(config);
    const summary = await ingest([config.DOCS_DIR], {
      indexDir: config.INDEX_DIR,
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
  const holder = new EngineHolder(() => loadEngine(config), logger);
  if (!(await holder.reload())) throw new Error(`Cannot load the index in ${config.INDEX_DIR}`);
  holder.watch(config.INDEX_DIR);
  const app = createApp({ holder, logger, rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE });
  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    logger.info({ url: `http://${config.HOST}:${port}/` }, "budget-qa is serving");
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    holder.close();
    server.close(() => process.exit(0));
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
