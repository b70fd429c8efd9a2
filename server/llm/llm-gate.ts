import type { StageOutcome } from "../engine/plan-schema.js";

export type { StageOutcome };

/**
 * Opens after `failures` consecutive failed calls and lets no call through for `cooldownMs`;
 * then one trial call decides whether it closes again (half-open).
 */
export class CircuitBreaker {
  private consecutive = 0;
  private openUntil = 0;
  private trial = false;

  constructor(
    private readonly failures: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a call may go out now; in the half-open state only one at a time. */
  allow(): boolean {
    if (this.consecutive < this.failures) return true;
    if (this.now() < this.openUntil || this.trial) return false;
    this.trial = true;
    return true;
  }

  success(): void {
    this.consecutive = 0;
    this.trial = false;
  }

  failure(): void {
    this.consecutive++;
    this.trial = false;
    if (this.consecutive >= this.failures) this.openUntil = this.now() + this.cooldownMs;
  }

  get open(): boolean {
    return this.consecutive >= this.failures && this.now() < this.openUntil;
  }
}

/** The end of a question's time budget. */
export class Deadline {
  readonly at: number;
  /** Calls made for this question. */
  calls = 0;
  constructor(budgetMs: number) {
    this.at = Date.now() + budgetMs;
  }
  remaining(): number {
    return Math.max(0, this.at - Date.now());
  }
}

export type GateResult<T> =
  | { ok: true; value: T }
  | { ok: false; outcome: Extract<StageOutcome, "failed" | "timeout" | "skipped">; error?: string };

/** Below this a call is not worth starting. */
const MIN_CALL_MS = 50;

/**
 * Every model call goes through here: at most `timeoutMs`, never past the question's deadline,
 * and not at all while the breaker is open. Aborted calls count as failures for the breaker.
 */
export class LlmGate {
  /** Calls that went out to the model (for metrics and the answer's metadata). */
  calls = 0;

  constructor(
    readonly breaker: CircuitBreaker,
    private readonly timeoutMs: number,
  ) {}

  async call<T>(deadline: Deadline, run: (signal: AbortSignal) => Promise<T>): Promise<GateResult<T>> {
    const limit = Math.min(this.timeoutMs, deadline.remaining());
    if (limit < MIN_CALL_MS || !this.breaker.allow()) return { ok: false, outcome: "skipped" };
    this.calls++;
    deadline.calls++;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`no reply within ${limit} ms`));
    }, limit);
    try {
      const value = await Promise.race([run(controller.signal), aborted<T>(controller.signal)]);
      this.breaker.success();
      return { ok: true, value };
    } catch (error) {
      this.breaker.failure();
      return {
        ok: false,
        outcome: timedOut ? "timeout" : "failed",
        error: error instanceof Error ? error.message : String(error),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Rejects when the signal aborts, so a client that ignores the signal cannot hold the answer. */
function aborted<T>(signal: AbortSignal): Promise<T> {
  return new Promise<T>((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true }),
  );
}
