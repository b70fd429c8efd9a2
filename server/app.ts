import { join } from "node:path";
import express, { type Express } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Logger } from "pino";
import { AppError } from "../lib/app-error.js";
import type { EngineHolder } from "./engine-holder.js";
import { errorHandler, notFoundHandler } from "./http/error-handler.js";
import { requestLogging } from "./http/request-logging.js";
import { browseRoutes } from "./routes/browse-routes.js";
import { adminRoute } from "./routes/admin-route.js";
import { chatRoute } from "./routes/chat-route.js";
import { mcpRoute } from "./mcp/mcp-route.js";
import { openaiRoute } from "./routes/openai-route.js";
import { exportRoute } from "./routes/export-route.js";
import { FEEDBACK_LIMITS, FeedbackLog, feedbackRoute } from "./routes/feedback-route.js";

export interface AppDeps {
  holder: EngineHolder;
  logger: Logger;
  rateLimitPerMinute: number;
  /** POST /api/admin/reload's token (config ADMIN_TOKEN); without one the route answers 403. */
  adminToken?: string;
  /** The largest POST /api/chat body (config CHAT_MAX_BODY_MB); default 8 MB. */
  chatMaxBodyBytes?: number;
  /** API_KEYS for /v1 and /mcp; empty or absent: they answer local clients only (api-access.ts). */
  apiKeys?: readonly string[];
  /** Where POST /api/feedback appends (config FEEDBACK_FILE). */
  feedbackFile?: string;
}

const ROOT = join(import.meta.dirname, "..");
/** Vendored browser libraries: URL folder → node_modules folder. */
const VENDOR = {
  "/vendor/echarts": join("echarts", "dist"),
} as const;
/** Other JSON bodies (the admin route's, if any) are small. */
const OTHER_BODY_BYTES = 64 * 1024;

/** The Express app without a listening socket: tests start it on port 0. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(requestLogging(deps.logger));
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
  // A conversation of any length fits: the chat route keeps only the turns it needs.
  app.use("/api/chat", express.json({ limit: deps.chatMaxBodyBytes ?? 8 * 2 ** 20 }));
  // Right after its parser: the layers below would only pass POST /api/chat on.
  app.use(chatRoute(deps.holder));
  app.use("/api/feedback", express.json({ limit: FEEDBACK_LIMITS.bodyBytes }));
  app.use("/api/export", express.json({ limit: FEEDBACK_LIMITS.bodyBytes }));
  app.use(express.json({ limit: OTHER_BODY_BYTES }));

  app.use(browseRoutes(deps.holder));
  app.use(adminRoute(deps.holder, deps.adminToken));
  app.use(
    feedbackRoute(new FeedbackLog(deps.feedbackFile ?? join(ROOT, "data", "feedback", "feedback.jsonl"))),
  );
  app.use(exportRoute(deps.holder));
  const api = { apiKeys: deps.apiKeys ?? [], rateLimitPerMinute: deps.rateLimitPerMinute };
  app.use(openaiRoute(deps.holder, api));
  app.use(mcpRoute(deps.holder, api));

  // The chat page and its vendored libraries: no CDN, every asset served by the app.
  app.use("/vendor/marked", express.static(join(ROOT, "node_modules", "marked", "lib"), { index: false }));
  app.use(
    "/vendor/dompurify",
    express.static(join(ROOT, "node_modules", "dompurify", "dist"), { index: false }),
  );
  for (const [url, dir] of Object.entries(VENDOR))
    app.use(url, express.static(join(ROOT, "node_modules", dir), { index: false }));
  // pdf.js for citations into PDFs: the library and its worker (same origin, so the CSP's 'self'
  // admits the module worker), and the CMaps and standard fonts it fetches for CJK text.
  const pdfjs = join(ROOT, "node_modules", "pdfjs-dist");
  for (const file of ["pdf.mjs", "pdf.worker.mjs"])
    app.get(`/vendor/pdfjs/${file}`, (_req, res) => res.sendFile(join(pdfjs, "build", file)));
  for (const dir of ["cmaps", "standard_fonts"])
    app.use(`/vendor/pdfjs/${dir}`, express.static(join(pdfjs, dir), { index: false }));
  app.use(express.static(join(ROOT, "web"), { index: "index.html" }));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
