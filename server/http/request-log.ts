import type {} from "pino-http";
import type { Express, Request, RequestHandler, Response } from "express";
import { pino, type Level, type Logger } from "pino";

/** pino-http's request ids: 1, 2, 3… wrapping at 2³¹−1. */
const MAX_ID = 2147483647;

/** One line per request: method, path, status, time. No headers, no bodies (questions stay private). */
const SERIALIZERS = {
  req: pino.stdSerializers.wrapRequestSerializer((req) => ({
    id: req.id,
    method: req.method,
    url: req.url.split("?")[0],
  })),
  res: pino.stdSerializers.wrapResponseSerializer((res) => ({ statusCode: res.statusCode })),
};

/** Server errors (and failed responses) at error, client errors at warn, the rest at info. */
export function requestLevel(res: Response, err?: Error): Level {
  return err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info";
}

/**
 * The request log: what pino-http gave the app (`req.id`, `req.log` bound to the request, one
 * line when the response finishes, is aborted or fails, with the same fields and messages),
 * made cheaper where pino-http spends on every request. `req.log` is made only when read, and a
 * finished request whose level is off (info under LOG_LEVEL=warn) makes nothing at all.
 */
export function requestLog(app: Express, logger: Logger): RequestHandler {
  const base = logger.child({}, { serializers: SERIALIZERS });
  const loggers = new WeakMap<Request, Logger>();
  const loggerOf = (req: Request): Logger => {
    let log = loggers.get(req);
    if (!log) {
      log = base.child({ req });
      loggers.set(req, log);
    }
    return log;
  };
  // On this app's request prototype: every request has `req.log`, made on first use.
  Object.defineProperty(app.request, "log", {
    configurable: true,
    get(this: Request) {
      return loggerOf(this);
    },
    set(this: Request, log: Logger) {
      loggers.set(this, log);
    },
  });
  let lastId = 0;
  return (req, res, next) => {
    req.id ||= lastId = (lastId + 1) & MAX_ID;
    const started = Date.now();
    const finished = (err?: Error) => {
      res.off("close", finished);
      res.off("finish", finished);
      res.off("error", finished);
      const level = requestLevel(res, err);
      if (!base.isLevelEnabled(level)) return;
      const responseTime = Date.now() - started;
      const error = err ?? res.err ?? (res.statusCode >= 500 ? failedWith(res.statusCode) : undefined);
      if (error) loggerOf(req)[level]({ res, err: error, responseTime }, "request errored");
      else
        loggerOf(req)[level](
          { res, responseTime },
          !req.readableAborted && res.writableEnded ? "request completed" : "request aborted",
        );
    };
    res.on("close", finished);
    res.on("finish", finished);
    res.on("error", finished);
    next();
  };
}

function failedWith(status: number): Error {
  return new Error(`failed with status code ${status}`);
}
