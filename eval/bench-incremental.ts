import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { log, round, runIngest, type Target } from "./bench-ingest.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * The incremental phase of `npm run bench`: one new synthetic document (another seed, so another
 * unit, year and scale) ingested into the built index with `ingest([thatFile], …)`, then the
 * same file again (unchanged: a no-op). Run last, since it changes the index.
 */
export interface IncrementalRun {
  file: string;
  addSeconds: number;
  added: number;
  facts: number;
  documentsAfter: number;
  unchangedSeconds: number;
}

export async function benchIncremental(target: Target, work: string): Promise<IncrementalRun> {
  const dir = join(work, "extra");
  await mkdir(dir, { recursive: true });
  const [doc] = await writeSyntheticCorpus({ count: 1, outDir: dir, seed: Date.now() % 1_000_000 });
  const reader = target.store().reader();
  const before = await reader.head().finally(() => reader.close());
  const first = await runIngest([doc!.file], target.store());
  const second = await runIngest([doc!.file], target.store());
  const added = first.added.length;
  const result = {
    file: doc!.file,
    addSeconds: round(first.seconds, 3),
    added,
    facts: first.facts - before.manifest.counts.facts,
    documentsAfter: first.documents,
    unchangedSeconds: round(second.seconds, 3),
  };
  log(`  one-document ingest: ${result.addSeconds} s (no-op re-ingest ${result.unchangedSeconds} s)`);
  return result;
}
