import type { Server, ServerResponse } from "node:http";

/**
 * Graceful shutdown of an HTTP server: stop accepting, let every request in flight finish, and
 * close each connection as soon as it has no request (a keep-alive client is told
 * `Connection: close` rather than having its socket cut under a request it is sending).
 */
export class Drainer {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  /** Requests received since the server started, and responses closed before they were complete. */
  readonly counts = { requests: 0, cutOff: 0 };

  constructor(private readonly server: Server) {
    // Before the app sees the request, so the header is set while it still can be.
    server.prependListener("request", (_req, res: ServerResponse) => {
      if (this.draining) res.setHeader("connection", "close");
      this.counts.requests++;
      this.inFlight.add(res);
      res.once("close", () => {
        this.inFlight.delete(res);
        if (!res.writableFinished) this.counts.cutOff++;
      });
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Resolves true once every connection has closed, false when `timeoutMs` ran out first. */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) {
      if (!res.headersSent) res.setHeader("connection", "close");
      // A stream whose headers already promised keep-alive ends its connection when it ends.
      else res.once("finish", () => res.socket?.end());
    }
    return new Promise((resolve) => {
      const sweep = setInterval(() => this.server.closeIdleConnections(), 50);
      const timer = setTimeout(() => {
        clearInterval(sweep);
        this.server.closeAllConnections();
        resolve(false);
      }, timeoutMs);
      this.server.close(() => {
        clearInterval(sweep);
        clearTimeout(timer);
        resolve(true);
      });
      this.server.closeIdleConnections();
    });
  }
}
