import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { log, round, runIngest, type Target } from "./bench-ingest.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * The incremental phase of `npm run bench`: one new synthetic document (another seed, so another
 * unit, year and scale) ingested into the built index with `ingest([thatFile], …)`, then the
 * same file again (unchanged: a no-op), then ADD_ROUNDS more new documents one ingest each: their
 * median and maximum show what a stream of single-document ingests costs, merges of the small
 * vector segments included. Run last, since it changes the index.
 */
export interface IncrementalRun {
  file: string;
  addSeconds: number;
  added: number;
  facts: number;
  documentsAfter: number;
  unchangedSeconds: number;
  /** ADD_ROUNDS further one-document ingests, each a new document. */
  series?: { count: number; medianSeconds: number; maxSeconds: number };
}

/** One-document ingests after the first: more than a merge of small segments needs (8). */
export const ADD_ROUNDS = 10;

export async function benchIncremental(target: Target, work: string): Promise<IncrementalRun> {
  const dir = join(work, "extra");
  await mkdir(dir, { recursive: true });
  const seed = Date.now() % 1_000_000;
  const [doc, ...more] = await writeSyntheticCorpus({ count: 1 + ADD_ROUNDS, outDir: dir, seed });
  const reader = target.store().reader();
  const before = await reader.head().finally(() => reader.close());
  const first = await runIngest([doc!.file], target.store());
  const second = await runIngest([doc!.file], target.store());
  const added = first.added.length;
  const seconds: number[] = [];
  for (const next of more) seconds.push((await runIngest([next.file], target.store())).seconds);
  const result = {
    file: doc!.file,
    addSeconds: round(first.seconds, 3),
    added,
    facts: first.facts - before.manifest.counts.facts,
    documentsAfter: first.documents,
    unchangedSeconds: round(second.seconds, 3),
    series: seriesOf(seconds),
  };
  log(
    `  one-document ingest: ${result.addSeconds} s (no-op re-ingest ${result.unchangedSeconds} s); ${ADD_ROUNDS} more: median ${result.series.medianSeconds} s, max ${result.series.maxSeconds} s`,
  );
  return result;
}

function seriesOf(seconds: number[]): { count: number; medianSeconds: number; maxSeconds: number } {
  const sorted = [...seconds].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, medianSeconds: round(median, 3), maxSeconds: round(sorted.at(-1) ?? 0, 3) };
}
