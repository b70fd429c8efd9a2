import type { Logger } from "pino";
import type { Engine } from "./engine/answer.js";

/** Where engines come from: a loader, and the store generation that tells when to load again. */
export interface EngineSource {
  load(): Promise<Engine>;
  /** Changes with every committed ingest; undefined while there is no index. */
  generation(): Promise<string | undefined>;
  /** The slow whole-store check, run in the background once a generation is served. */
  integrity?(): Promise<{ ok: boolean; problems: string[] }>;
}

export type HolderState =
  | { status: "starting" }
  | { status: "ok"; generation: string | undefined }
  | { status: "unavailable"; reason: string };

/**
 * Holds the engine the server answers with and swaps in a new index generation without a
 * restart. A store that fails its checks is refused: before a first good load the server
 * reports 503 with the reason; after one, the previous engine keeps serving.
 */
export class EngineHolder {
  private current: Engine | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastGeneration: string | undefined;
  /** A generation that failed to load is retried only after `retryMs`, or when a newer one appears. */
  private failedGeneration: string | undefined;
  private failedAt = 0;
  private failure: string | undefined;
  private reloading: Promise<boolean> | undefined;
  /** The one integrity check running (a whole-file read), and the engine to check after it. */
  private checking: Promise<void> | undefined;
  private nextCheck: { engine: Engine; generation: string | undefined } | undefined;

  constructor(
    private readonly source: EngineSource,
    private readonly log?: Logger,
    private readonly retryMs = 30_000,
  ) {}

  get engine(): Engine | undefined {
    return this.current;
  }

  get state(): HolderState {
    if (this.current) return { status: "ok", generation: this.lastGeneration };
    return this.failure ? { status: "unavailable", reason: this.failure } : { status: "starting" };
  }

  /** Load (or reload) the index; true when a new engine is serving. Concurrent calls share one load. */
  reload(): Promise<boolean> {
    // `.finally` runs asynchronously, after the assignment: even a loader that throws synchronously
    // cannot leave a settled promise behind that every later reload would return.
    this.reloading ??= this.loadOnce().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /**
   * What an explicit reload (POST /api/admin/reload) does: load a generation that is not served
   * yet, or anything when nothing is served. Reloading the generation already served would only
   * hold a second copy of it in memory while it loads, so it is a no-op.
   */
  async refresh(): Promise<"loaded" | "unchanged" | "failed"> {
    const generation = await this.source.generation().catch((error: Error) => {
      this.log?.warn({ err: error }, "cannot read the index generation");
      return undefined;
    });
    if (this.current && generation !== undefined && generation === this.lastGeneration) return "unchanged";
    return (await this.reload()) ? "loaded" : "failed";
  }

  private async loadOnce(): Promise<boolean> {
    let generation: string | undefined;
    try {
      generation = await this.source.generation();
      const engine = await this.source.load();
      this.current = engine;
      this.lastGeneration = generation;
      this.failure = undefined;
      this.log?.info({ generation, documents: engine.knowledge.documents.length }, "index loaded");
      void this.checkIntegrity(engine, generation);
      return true;
    } catch (error) {
      this.refuse(generation, (error as Error).message);
      this.log?.error(
        { err: error },
        this.current ? "index reload refused; the previous index keeps serving" : "index not served",
      );
      return false;
    }
  }

  /**
   * A store that fails the whole-file check is taken out of service (503 with the reason). One
   * check runs at a time (each reads the whole file); reloads meanwhile queue only the latest engine.
   */
  private checkIntegrity(engine: Engine, generation: string | undefined): Promise<void> {
    if (!this.source.integrity) return Promise.resolve();
    if (this.checking) {
      this.nextCheck = { engine, generation };
      return this.checking;
    }
    this.checking = this.runIntegrity(engine, generation).finally(() => {
      this.checking = undefined;
      const next = this.nextCheck;
      this.nextCheck = undefined;
      if (next && next.engine === this.current) void this.checkIntegrity(next.engine, next.generation);
    });
    return this.checking;
  }

  private async runIntegrity(engine: Engine, generation: string | undefined): Promise<void> {
    const result = await this.source
      .integrity?.()
      .catch((error: Error) => ({ ok: false, problems: [error.message] }));
    if (!result || result.ok || this.current !== engine) return;
    this.current = undefined;
    this.refuse(generation, `The index failed its integrity check: ${result.problems.join("; ")}`);
    this.log?.error({ generation, problems: result.problems }, "index damaged: no longer served");
  }

  /** Remembers a refused generation (retried after `retryMs`) and the reason /healthz gives. */
  private refuse(generation: string | undefined, reason: string): void {
    this.failedGeneration = generation;
    this.failedAt = Date.now();
    this.failure = reason;
  }

  /** Poll the store's generation and load each new one. */
  watch(pollMs = 1000): void {
    this.timer = setInterval(() => void this.reloadIfChanged(), pollMs);
    this.timer.unref();
  }

  private async reloadIfChanged(): Promise<void> {
    let generation: string | undefined;
    try {
      generation = await this.source.generation();
    } catch (error) {
      this.log?.warn({ err: error }, "cannot read the index generation");
      return;
    }
    if (!generation || generation === this.lastGeneration) return;
    if (generation === this.failedGeneration && Date.now() - this.failedAt < this.retryMs) return;
    await this.reload();
  }

  close(): void {
    clearInterval(this.timer);
  }
}
