#!/usr/bin/env node
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { loadConfig } from "../../lib/config.js";
import { openStore } from "../../ingest/store/open-store.js";
import { createLogger } from "../create-logger.js";
import { EngineHolder } from "../engine-holder.js";
import { loadEngine } from "../load-engine.js";
import { createMcpServer } from "./create-mcp-server.js";

/**
 * npm run mcp: the MCP server on stdin/stdout for desktop assistants. Reads the configured index
 * (INDEX_DIR or DATABASE_URL) through the store's read-only reader, picks up new ingests as the
 * web server does, and logs to stderr only (stdout carries the protocol).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, { stream: "stderr" });
  const reader = openStore(config).reader();
  const holder = new EngineHolder(
    { load: () => loadEngine(config, reader), generation: () => reader.generation() },
    logger,
  );
  await holder.reload();
  holder.watch();
  const server = createMcpServer(() => holder.engine, logger);
  const transport = new StdioServerTransport();
  transport.onclose = () => {
    holder.close();
    void reader.close().finally(() => process.exit(0));
  };
  await server.connect(transport);
  process.stdin.on("end", () => void transport.close());
}

main().catch((error: Error) => {
  process.stderr.write(`budget-qa mcp failed to start: ${error.message}\n`);
  process.exit(1);
});
