import { createHash } from "node:crypto";
import { inject } from "vitest";
import { loadConfig } from "../../lib/config.js";
import { PostgresStore } from "../../ingest/store/postgres-store.js";
import { SqliteStore } from "../../ingest/store/sqlite-store.js";
import type { Store } from "../../ingest/store/store.js";

/**
 * Test support (not a test): the store a test's index goes in. SQLite in `dir` by default; in the
 * `postgres` test project, a schema of its own (named after `dir`) on the throwaway server, so
 * the same engine, API and eval suites run against both stores.
 */
export function testStore(dir: string): Store {
  const url = databaseUrl();
  if (!url) return new SqliteStore(dir);
  const schema = `t_${createHash("sha256").update(dir).digest("hex").slice(0, 16)}`;
  return new PostgresStore(url, { cacheDir: dir, schema });
}

/** Which store the suites run against, for test names and messages. */
export function testStoreKind(): "sqlite" | "postgres" {
  return databaseUrl() ? "postgres" : "sqlite";
}

/** The server of the `postgres` project (STORE=postgres); provided values are shared by all projects. */
function databaseUrl(): string | undefined {
  return loadConfig().STORE === "postgres" ? inject("databaseUrl") || undefined : undefined;
}
