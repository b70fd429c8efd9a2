import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

type Level = "info" | "warn" | "error";

/** A request's log level by its outcome: failures as errors, refusals of the client's input as warnings. */
export function levelOf(statusCode: number, failed = false): Level {
  return failed || statusCode >= 500 ? "error" : statusCode >= 400 ? "warn" : "info";
}

// One line per request: method, path, status, time. No headers, no bodies (questions stay private).
const serializers = {
  req: (req: { id?: unknown; method: string; url: string }) => ({
    ...(req.id === undefined ? {} : { id: req.id }),
    method: req.method,
    url: req.url.split("?")[0],
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/**
 * Request logging. Where every request's line is logged (LOG_LEVEL info or debug), pino-http. Where
 * only warnings and errors are (warn, error), pino-http would still serialise every request into a
 * child logger it then never writes to: about a quarter of the CPU a cached chat answer costs
 * (measured with `npm run bench`'s HTTP phase). There each request gets the logger itself as
 * `req.log`, and the line of a 4xx or 5xx response is written when it finishes, as pino-http would.
 */
export function requestLogging(logger: Logger): RequestHandler {
  if (logger.isLevelEnabled("info"))
    return pinoHttp({
      logger,
      customLogLevel: (_req, res, err) => levelOf(res.statusCode, Boolean(err)),
      serializers,
    });
  return (req, res, next) => {
    req.log = logger;
    const started = performance.now();
    res.once("finish", () => {
      const level = levelOf(res.statusCode);
      if (level === "info" || !logger.isLevelEnabled(level)) return;
      const responseTime = Math.round(performance.now() - started);
      logger[level](
        { req: serializers.req(req), res: serializers.res(res), responseTime },
        level === "error" ? "request errored" : "request completed",
      );
    });
    next();
  };
}
