import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { createEmbeddings } from "../../ingest/index/embeddings.js";
import { ingest } from "../../ingest/ingest.js";
import type { Fact } from "../../ingest/schema.js";
import { testPreparedCache } from "./test-prepared-cache.js";
import { testStore } from "./test-store.js";
import type { IndexStore } from "../../ingest/store/store.js";
import { readAliasFile } from "../../ingest/units/build-units.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Unit names of the sample corpus, as the documents write them. */
export const CITY = "株洲市人民政府办公室";
export const BEIJING = "株洲市人民政府驻北京联络处";
export const TIANYUAN = "中共株洲市天元区委办公室";
export const SHANGHAI = "株洲市人民政府驻上海联络处";

/** Document ids of data/docs. */
export const DOC = {
  cityFinal: "000_2a4a6f0d8c259386",
  beijingFinal: "001_c98938bd16771fdc",
  tianyuanFinal: "002_f16b9cd1552d1230",
  cityBudget: "003_ff9efc1699625d1f",
} as const;

/**
 * Test support (not a test): the sample corpus in data/docs ingested into a fresh temp folder
 * store with the offline embeddings and the project's alias file, opened as the server opens it.
 */
export async function buildSampleIndex(
  /** Files or folders to ingest instead of data/docs (e.g. one corpus PDF). */
  paths: string[] = [join(ROOT, "data", "docs")],
): Promise<{
  store: IndexStore;
  /** Every fact of the sample corpus, in store order (for tests that pick facts by hand). */
  facts: Fact[];
  embeddings: Embeddings;
  /** The temp folder holding the index (what cleanup removes). */
  folder: string;
  cleanup: () => Promise<void>;
}> {
  const work = await mkdtemp(join(tmpdir(), "budget-qa-engine-"));
  const indexDir = join(work, "index");
  const { embeddings, info } = createEmbeddings({});
  const store = testStore(indexDir);
  const summary = await ingest(paths, {
    store,
    embeddings,
    embeddingInfo: info,
    preparedCache: testPreparedCache(),
    aliases: await readAliasFile(join(ROOT, "data", "aliases.json")),
  });
  if (summary.failed.length)
    throw new Error(`sample corpus failed to ingest: ${summary.failed.map((f) => f.message).join("; ")}`);
  const reader = store.reader();
  return {
    store: reader,
    facts: await reader.facts({}),
    embeddings,
    folder: work,
    cleanup: async () => {
      await reader.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
