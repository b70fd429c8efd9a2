import type pg from "pg";
import { AppError } from "../../lib/app-error.js";
import {
  PG_META,
  PG_MIGRATIONS,
  PG_SCHEMA_VERSION,
  PGVECTOR_MIN_VERSION,
  pgvectorColumnSql,
  schemaSql,
  VectorIndex,
} from "./postgres-schema.js";
import { META } from "./sqlite-schema.js";

/** How whole-store vector search runs: pgvector's HNSW index, or hnswlib segments stored as bytea. */
export type VectorMode = { kind: "pgvector"; extension: string } | { kind: "segments" };

type Queryable = Pick<pg.Client, "query">;

export async function metaValue(client: Queryable, schema: string, key: string): Promise<string | undefined> {
  const { rows } = await client.query<{ value: string }>(`SELECT value FROM ${schema}.meta WHERE key = $1`, [
    key,
  ]);
  return rows[0]?.value;
}

export async function schemaExists(client: Queryable, schema: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [
    `${schema}.meta`,
  ]);
  return rows[0]?.found != null;
}

/**
 * Inside the writer's transaction and lock: refuse a schema of another storage version, create the
 * tables if missing, and fix the vector mode when the schema is new.
 */
export async function prepareSchema(client: Queryable, schema: string): Promise<VectorMode> {
  const version = (await schemaExists(client, schema))
    ? await metaValue(client, schema, META.schema)
    : undefined;
  if (version !== undefined && Number(version) !== PG_SCHEMA_VERSION)
    throw new AppError(
      "INDEX_CORRUPT",
      `The PostgreSQL schema ${schema} has storage version ${version}, this program writes ${PG_SCHEMA_VERSION}: drop the schema and ingest again`,
    );
  // The tables and indexes are created only when one is missing: the DDL's locks would wait on
  // autovacuum of the large tables (seconds after a big ingest) for an ingest of one document.
  if (version === undefined || (await missingObjects(client, schema))) {
    await client.query(schemaSql(schema));
    await setMeta(client, schema, META.schema, String(PG_SCHEMA_VERSION));
  }
  const stored = await readVectorMode(client, schema);
  if (stored) return stored;
  const mode = await detectPgvector(client);
  await setMeta(client, schema, PG_META.vectorIndex, mode.kind);
  if (mode.kind === "pgvector") {
    await setMeta(client, schema, PG_META.vectorSchema, mode.extension);
    await client.query(pgvectorColumnSql(schema, mode.extension));
  }
  return mode;
}

/** The tables and indexes of the layout, as its DDL names them. */
function layoutObjects(schema: string): string[] {
  const names = schemaSql(schema).matchAll(/CREATE (?:TABLE|INDEX) IF NOT EXISTS (?:\w+\.)?(\w+)/g);
  return [...names].map((match) => match[1]);
}

/** True when a table or index of the layout is missing from the schema. */
async function missingObjects(client: Queryable, schema: string): Promise<boolean> {
  const wanted = layoutObjects(schema);
  const { rows } = await client.query<{ found: number }>(
    `SELECT count(*)::integer AS found FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = ANY($2::text[])`,
    [schema, wanted],
  );
  return rows[0].found !== wanted.length;
}

/**
 * Runs the migrations from the stored layout on (see PG_MIGRATIONS), each setting the version it
 * reaches; true when there were any. A newer or unknown layout is refused by prepareSchema.
 */
export async function migrateSchema(client: Queryable, schema: string): Promise<boolean> {
  if (!(await schemaExists(client, schema))) return false;
  const stored = await metaValue(client, schema, META.schema);
  if (stored === undefined) return false;
  let version = Number(stored);
  for (; PG_MIGRATIONS[version] !== undefined; version++) {
    await client.query(PG_MIGRATIONS[version](schema));
    await setMeta(client, schema, META.schema, String(version + 1));
  }
  return version !== Number(stored);
}

async function setMeta(client: Queryable, schema: string, key: string, value: string): Promise<void> {
  await client.query(
    `INSERT INTO ${schema}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, value],
  );
}

/** The vector mode the schema was created with; undefined before the first writer set it. */
export async function readVectorMode(client: Queryable, schema: string): Promise<VectorMode | undefined> {
  const kind = await metaValue(client, schema, PG_META.vectorIndex);
  if (kind === undefined) return undefined;
  if (VectorIndex.parse(kind) === "segments") return { kind: "segments" };
  const extension = await metaValue(client, schema, PG_META.vectorSchema);
  return { kind: "pgvector", extension: extension ?? "public" };
}

function versionAtLeast(version: string, minimum: number[]): boolean {
  const parts = version.split(".").map(Number);
  for (const [i, want] of minimum.entries()) {
    const have = parts[i] ?? 0;
    if (have !== want) return have > want;
  }
  return true;
}

/**
 * pgvector (≥ 0.5.0, for HNSW) when the server offers it and we may create it; otherwise segments.
 * CREATE EXTENSION runs under a savepoint so a refusal (not superuser) leaves the transaction usable.
 */
export async function detectPgvector(client: Queryable): Promise<VectorMode> {
  const { rows } = await client.query<{ version: string }>(
    "SELECT default_version AS version FROM pg_available_extensions WHERE name = 'vector'",
  );
  if (!rows[0] || !versionAtLeast(rows[0].version, PGVECTOR_MIN_VERSION)) return { kind: "segments" };
  await client.query("SAVEPOINT pgvector");
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS vector");
    const installed = await client.query<{ schema: string; version: string }>(
      "SELECT n.nspname AS schema, e.extversion AS version FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'",
    );
    await client.query("RELEASE SAVEPOINT pgvector");
    const found = installed.rows[0];
    if (found && versionAtLeast(found.version, PGVECTOR_MIN_VERSION))
      return { kind: "pgvector", extension: found.schema };
    console.warn(`pgvector ${found?.version ?? "?"} has no HNSW index; using hnswlib segments`);
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT pgvector");
    console.warn(
      `pgvector is available but could not be enabled (${(error as Error).message}); using hnswlib segments`,
    );
  }
  return { kind: "segments" };
}

/** The transaction-scoped advisory lock of a schema's writer, polled for up to `waitMs`. */
export async function takeWriterLock(
  client: Queryable,
  schema: string,
  location: string,
  waitMs: number,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked",
      [`budget-qa writer ${schema}`],
    );
    if (rows[0]?.locked) return;
    if (Date.now() >= deadline)
      throw new AppError(
        "INDEX_LOCKED",
        `Another ingest is writing to ${location} (schema ${schema}); run this one again when it has finished`,
      );
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, Math.max(1, deadline - Date.now()))));
  }
}
