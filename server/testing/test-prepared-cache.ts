import { inject } from "vitest";
import { loadConfig } from "../../lib/config.js";
import { folderPreparedCache, type PreparedCache } from "../../ingest/prepared-cache.js";

/**
 * Test support (not a test): the run's cache of prepared documents for the harness's ingests
 * (server/testing/prepared-cache-global-setup.ts); none outside a vitest run that provides it.
 */
export function testPreparedCache(): PreparedCache | undefined {
  if (!loadConfig().VITEST) return undefined;
  const folder = inject("preparedCacheDir");
  return folder ? folderPreparedCache(folder) : undefined;
}
