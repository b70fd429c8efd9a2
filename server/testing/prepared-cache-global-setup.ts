import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of this run's prepared documents (see ingest/prepared-cache.ts). */
    preparedCacheDir: string;
  }
}

/**
 * Global setup: one folder for the run where the test harness's ingests keep the documents they
 * prepared, so a PDF the engine suites ingest in many corpora is parsed once per run rather than
 * once per test file and store. Made fresh for each run (the code cannot change within it) and
 * removed after it. The ingest suites themselves call ingest without it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), "budget-qa-prepared-"));
  project.provide("preparedCacheDir", folder);
  return () => rm(folder, { recursive: true, force: true });
}
