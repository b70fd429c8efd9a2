import type { Server, ServerResponse } from "node:http";
import { Server as NetServer } from "node:net";

/**
 * Graceful shutdown of an HTTP server: stop accepting, let every request in flight finish, and
 * close each connection once it has no request. Every response from then on says
 * `Connection: close`; a keep-alive connection that is idle gets `IDLE_GRACE_MS` to bring its
 * next request (answered, then closed) before it is closed unasked, so a busy client is rarely
 * cut under a request it is sending.
 */
const IDLE_GRACE_MS = 1000;

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
      let sweep: NodeJS.Timeout | undefined;
      const grace = setTimeout(
        () => {
          this.server.closeIdleConnections();
          sweep = setInterval(() => this.server.closeIdleConnections(), 50);
        },
        Math.min(IDLE_GRACE_MS, timeoutMs / 2),
      );
      const timer = setTimeout(() => {
        clearTimeout(grace);
        clearInterval(sweep);
        this.server.closeAllConnections();
        resolve(false);
      }, timeoutMs);
      // net.Server's close: stop accepting, call back once every connection has ended. (http's
      // own close would also close the idle keep-alive connections at once, with no grace.)
      NetServer.prototype.close.call(this.server, () => {
        clearTimeout(grace);
        clearInterval(sweep);
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
