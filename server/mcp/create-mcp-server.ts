import { createRequire } from "node:module";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Logger } from "pino";
import { registerAnswerTool } from "./answer-tool.js";
import { registerDocumentTools } from "./document-tools.js";
import { registerFactTools } from "./fact-tools.js";
import type { EngineSource } from "./resolve-scope.js";
import { toolRunner } from "./tool-result.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const INSTRUCTIONS =
  "Chinese government departments' budget (预算) and final-account (决算) disclosures. Start with " +
  "list_documents to see the units and years; answer_question answers like the chat page; " +
  "lookup_facts, search_documents and calculate give the raw figures, passages and exact arithmetic. " +
  "Amounts are exact decimal strings in 万元. Quote figures with their [n] source.";

/**
 * The MCP server: five read-only tools over the index (list_documents, search_documents,
 * lookup_facts, calculate, answer_question), each returning Markdown text and structured content
 * that carries its citations. One per connection (stdio) or per request (stateless HTTP).
 */
export function createMcpServer(source: EngineSource, log?: Logger): McpServer {
  const server = new McpServer({ name: "budget-qa", version }, { instructions: INSTRUCTIONS });
  const run = toolRunner(log);
  registerDocumentTools(server, source, run);
  registerFactTools(server, source, run);
  registerAnswerTool(server, source, run);
  return server;
}
