import { watch, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Logger } from "pino";
import type { Engine } from "./engine/answer.js";

/**
 * Holds the engine the server answers with and swaps in a rebuilt index without a restart.
 * A reload that fails (half-written, corrupt, unreadable) leaves the current engine serving.
 */
export class EngineHolder {
  private current: Engine | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private lastBuilt = "";
  /** A build that failed to load is not retried until a newer one appears. */
  private failedBuilt = "";
  private reloading: Promise<boolean> | undefined;

  constructor(
    private readonly load: () => Promise<Engine>,
    private readonly log?: Logger,
  ) {}

  get engine(): Engine | undefined {
    return this.current;
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

  private async loadOnce(): Promise<boolean> {
    try {
      const engine = await this.load();
      this.current = engine;
      this.lastBuilt = engine.knowledge.index.manifest.builtAt;
      this.log?.info(
        { builtAt: this.lastBuilt, documents: engine.knowledge.documents.length },
        "index loaded",
      );
      return true;
    } catch (error) {
      this.log?.warn(
        { err: error },
        this.current ? "index reload failed; the previous index keeps serving" : "index load failed",
      );
      return false;
    }
  }

  /** Watch INDEX_DIR: ingest swaps the folder by rename, so watch its parent, and poll the manifest as a fallback. */
  watch(indexDir: string, pollMs = 2000): void {
    const schedule = () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.reloadIfChanged(indexDir), 250);
      this.debounce.unref();
    };
    try {
      this.watcher = watch(dirname(indexDir), (_event, name) => {
        if (!name || name.toString() === basename(indexDir)) schedule();
      });
    } catch {
      // Watching is an optimisation; polling below still picks changes up.
    }
    this.timer = setInterval(() => void this.reloadIfChanged(indexDir), pollMs);
    this.timer.unref();
  }

  private async reloadIfChanged(indexDir: string): Promise<void> {
    const builtAt = await readFile(join(indexDir, "manifest.json"), "utf8")
      .then((t) => (JSON.parse(t) as { builtAt?: string }).builtAt ?? "")
      .catch(() => "");
    if (!builtAt || builtAt === this.lastBuilt || builtAt === this.failedBuilt) return;
    if (!(await this.reload())) this.failedBuilt = builtAt;
  }

  close(): void {
    this.watcher?.close();
    clearInterval(this.timer);
    clearTimeout(this.debounce);
  }
}
