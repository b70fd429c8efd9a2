import { AppError } from "../../lib/app-error.js";
import type { Config } from "../../lib/config.js";
import { PostgresStore } from "./postgres-store.js";
import { SqliteStore } from "./sqlite-store.js";
import type { Store } from "./store.js";

/** The store the configuration names: PostgreSQL at DATABASE_URL, else SQLite in INDEX_DIR. */
export function openStore(
  config: Pick<Config, "INDEX_DIR" | "DATABASE_URL" | "DATABASE_SCHEMA" | "STORE" | "VECTOR_MEMORY_MB">,
): Store {
  const vectorMemoryBytes = config.VECTOR_MEMORY_MB * 2 ** 20;
  if (config.DATABASE_URL)
    return new PostgresStore(config.DATABASE_URL, {
      cacheDir: config.INDEX_DIR,
      schema: config.DATABASE_SCHEMA,
      vectorMemoryBytes,
    });
  if (config.STORE === "postgres")
    throw new AppError("BAD_REQUEST", "STORE=postgres needs DATABASE_URL=postgres://… (see .env.example)");
  return new SqliteStore(config.INDEX_DIR, { vectorMemoryBytes });
}
