import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { Router, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { EngineHolder } from "../engine-holder.js";
import { asAppError } from "../routes/openai-errors.js";
import { apiCors, checkApiAccess, type ApiOptions } from "../routes/api-access.js";
import { createMcpServer } from "./create-mcp-server.js";

/** A JSON-RPC error outside any request (transport level): `id` is null. */
function rpcError(res: Response, status: number, message: string): void {
  if (status === 401) res.setHeader("www-authenticate", 'Bearer realm="budget-qa"');
  res.status(status).json({ jsonrpc: "2.0", error: { code: -32000, message }, id: null });
}

/**
 * MCP over streamable HTTP at /mcp, stateless: each POST gets its own server and transport (no
 * sessions, so any cluster worker can answer), replies as JSON. GET and DELETE (server-sent
 * streams, session ends) are 405. Same keys and rate limit as /v1.
 */
export function mcpRoute(holder: EngineHolder, options: ApiOptions): Router {
  const router = Router();
  router.use(
    "/mcp",
    apiCors(options.apiKeys),
    rateLimit({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => rpcError(res, 429, "Rate limit reached; try again in a minute"),
    }),
    (req, res, next) => {
      try {
        checkApiAccess(options.apiKeys, req);
      } catch (error) {
        const e = asAppError(error);
        return rpcError(res, e.status, e.message);
      }
      next();
    },
  );

  router.post("/mcp", async (req, res) => {
    const server = createMcpServer(() => holder.engine, req.log);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });

  router.all("/mcp", (_req, res) => {
    res.setHeader("allow", "POST");
    rpcError(res, 405, "Method not allowed: this MCP endpoint is stateless, POST only");
  });
  return router;
}
