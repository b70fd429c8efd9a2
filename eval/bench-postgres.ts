import pg from "pg";
import { PostgresStore } from "../ingest/store/postgres-store.js";
import {
  postgresAvailable,
  startPostgres,
  type PostgresServer,
} from "../ingest/store/testing/postgres-server.js";
import { dirBytes, type Target } from "./bench-ingest.js";

/**
 * The PostgreSQL target of `npm run bench`: a throwaway server from the test support
 * (fresh cluster, fsync off), the store at its URL with INDEX_DIR as the segment cache, and the
 * size as pg_database_size plus the cache folder.
 */
export interface PostgresTarget extends Target {
  stop(): Promise<void>;
}

export async function postgresTarget(indexDir: string): Promise<PostgresTarget> {
  if (!postgresAvailable()) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql");
  const server: PostgresServer = await startPostgres();
  const sizeBytes = async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ bytes: string }>(
        "SELECT pg_database_size(current_database())::text AS bytes",
      );
      return Number(rows[0]!.bytes) + (await dirBytes(indexDir));
    } finally {
      await client.end();
    }
  };
  return {
    kind: "postgres",
    indexDir,
    store: () => new PostgresStore(server.url, { cacheDir: indexDir }),
    env: { INDEX_DIR: indexDir, DATABASE_URL: server.url },
    sizeBytes,
    stop: () => server.stop(),
  };
}
