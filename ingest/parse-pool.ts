import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { prepareDocument, type PrepareInput, type Prepared } from "./prepare-document.js";

/**
 * Parsing allocates many short-lived strings; a larger young generation collects them less often.
 * 60 synthetic documents prepared in one worker: 67 ms each with V8's default, 60 at 48 MB, 57 at
 * 96 MB, 56 at 192 MB. Costs at most this much memory per worker.
 */
const YOUNG_GENERATION = { maxYoungGenerationSizeMb: 96 };

interface Job {
  resolve: (prepared: Prepared) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that prepare documents (read, parse, tokenise, embed offline) while the main
 * thread writes the previous ones to the store. Size 0 prepares inline.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;

  /**
   * Default size: one thread per core, the main thread being one of them (it writes the store, the
   * larger share of an ingest's CPU). 200 synthetic documents on 2 shared cores: 1 worker 10.6 and
   * 9.1 docs/s at 0.106 CPU-s/doc, 2 workers 10.4 and 9.3 docs/s at 0.12-0.13 CPU-s/doc.
   */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    const script = new URL(
      `./parse-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`,
      import.meta.url,
    );
    for (let i = 0; i < size; i++) {
      const worker = script.pathname.endsWith(".ts")
        ? // The sources are TypeScript run through tsx: the worker registers it before loading them.
          new Worker(
            `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`,
            { eval: true, resourceLimits: YOUNG_GENERATION },
          )
        : new Worker(script, { resourceLimits: YOUNG_GENERATION });
      worker.on("message", (message: { id: number; prepared: Prepared }) =>
        this.settle(message.id, message.prepared),
      );
      worker.on("error", (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  prepare(input: PrepareInput): Promise<Prepared> {
    if (!this.workers.length) return prepareDocument(input);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, input });
    });
  }

  private settle(id: number, prepared: Prepared): void {
    this.jobs.get(id)?.resolve(prepared);
    this.jobs.delete(id);
  }

  private failAll(error: Error): void {
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
