import { join } from "node:path";
import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { AppError } from "../lib/app-error.js";
import type { EngineHolder } from "./engine-holder.js";
import { errorHandler, notFoundHandler } from "./http/error-handler.js";
import { browseRoutes } from "./routes/browse-routes.js";
import { chatRoute } from "./routes/chat-route.js";
import { mcpRoute } from "./mcp/mcp-route.js";
import { openaiRoute } from "./routes/openai-route.js";

export interface AppDeps {
  holder: EngineHolder;
  logger: Logger;
  rateLimitPerMinute: number;
  /** API_KEYS for /v1 and /mcp; empty or absent: they answer local clients only (api-access.ts). */
  apiKeys?: readonly string[];
}

const ROOT = join(import.meta.dirname, "..");
const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** The Express app without a listening socket: tests start it on port 0. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(
    pinoHttp({
      logger: deps.logger,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
      // One line per request: method, path, status, time. No headers, no bodies (questions stay private).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          // helmet's default would allow fonts from any https origin; the page uses system fonts.
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          // Served over plain http on loopback by default: upgrading would break every asset.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(
    "/api",
    rateLimit({
      windowMs: 60_000,
      limit: deps.rateLimitPerMinute,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(new AppError("RATE_LIMITED", "Too many requests; try again in a minute")),
    }),
  );
  app.use(express.json({ limit: "1mb" }));

  app.use(chatRoute(deps.holder));
  app.use(browseRoutes(deps.holder));
  const api = { apiKeys: deps.apiKeys ?? [], rateLimitPerMinute: deps.rateLimitPerMinute };
  app.use(openaiRoute(deps.holder, api));
  app.use(mcpRoute(deps.holder, api));
  app.post("/api/admin/reload", async (req, res) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ""))
      throw new AppError("FORBIDDEN", "Reload is allowed from loopback only");
    const ok = await deps.holder.reload();
    res
      .status(ok ? 200 : 500)
      .json({ reloaded: ok, builtAt: deps.holder.engine?.knowledge.manifest.builtAt ?? null });
  });

  // The chat page and its vendored libraries: no CDN, every asset served by the app.
  app.use("/vendor/marked", express.static(join(ROOT, "node_modules", "marked", "lib"), { index: false }));
  app.use(
    "/vendor/dompurify",
    express.static(join(ROOT, "node_modules", "dompurify", "dist"), { index: false }),
  );
  app.use(express.static(join(ROOT, "web"), { index: "index.html" }));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
