import type pg from "pg";
import { AppError } from "../../lib/app-error.js";
import { DocumentInfo, Manifest, UnitInfo } from "../schema.js";
import { metaValue } from "./postgres-setup.js";
import { META } from "./sqlite-schema.js";
import type { StoreHead, Subject } from "./store.js";

/**
 * What a server keeps in memory, read in one snapshot: documents by doc_id (byte order, as
 * SQLite) without their warnings and reports, units in insertion order, subjects and projects in order of first appearance.
 */
export async function readHead(client: pg.PoolClient, schema: string): Promise<StoreHead> {
  const manifest = Manifest.parse(JSON.parse((await metaValue(client, schema, META.manifest)) ?? "null"));
  const { rows: documents } = await client.query<{ info: string }>(
    `SELECT summary AS info FROM ${schema}.summaries ORDER BY doc_id COLLATE "C"`,
  );
  const { rows: units } = await client.query<{ info: string }>(
    `SELECT info FROM ${schema}.units ORDER BY rowid`,
  );
  const { rows: subjects } = await client.query<{
    code: string | null;
    name: string;
    scheme: Subject["scheme"];
    units: string[];
  }>(
    `SELECT v.code, v.name, (array_agg(v.scheme ORDER BY v.rowid))[1] AS scheme, array_agg(d.unit ORDER BY v.rowid) AS units
     FROM ${schema}.vocabulary v JOIN ${schema}.documents d USING (doc_id)
     WHERE v.type = 'subject' GROUP BY v.code, v.name ORDER BY min(v.rowid)`,
  );
  const { rows: projects } = await client.query<{ name: string; units: string[] }>(
    `SELECT v.name, array_agg(d.unit ORDER BY v.rowid) AS units
     FROM ${schema}.vocabulary v JOIN ${schema}.documents d USING (doc_id)
     WHERE v.type = 'project' GROUP BY v.name ORDER BY min(v.rowid)`,
  );
  return {
    manifest,
    documents: documents.map((row) => DocumentInfo.parse(JSON.parse(row.info))),
    units: units.map((row) => UnitInfo.parse(JSON.parse(row.info))),
    subjects: subjects.map((row) => ({
      ...(row.code ? { code: row.code } : {}),
      name: row.name,
      scheme: row.scheme,
      units: [...new Set(row.units)],
    })),
    projects: projects.map((row) => ({ name: row.name, units: [...new Set(row.units)] })),
  };
}

/** Unreachable server (connection, authentication, missing database): 503; anything else: corrupt. */
export function unreadable(location: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? "";
  const unreachable = /^(E[A-Z]+|08...|57P0.|28...|3D000)$/.test(code);
  return new AppError(
    unreachable ? "INDEX_MISSING" : "INDEX_CORRUPT",
    `Index in ${location} is ${unreachable ? "unreachable" : "unreadable"}: ${(error as Error).message}`,
    undefined,
    { cause: error },
  );
}
