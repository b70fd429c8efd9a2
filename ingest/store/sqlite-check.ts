import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { Manifest } from "../schema.js";
import { META, MIGRATIONS, readMeta, SCHEMA_VERSION } from "./sqlite-schema.js";

export const DB_FILE = "index.db";
export const SEGMENT_DIR = "vectors";

/**
 * Facts and chunks a store may hold and still have them counted whole before each ingest and
 * each load (about a second a million rows from a cold connection). A larger store counts a sample
 * of its documents' rows then, and the whole tables in the background check (`deferredCounts`).
 */
export const COUNTED_WHOLE_ROWS = 1_000_000;

/** Documents whose rows are counted when a large store is checked: the newest and a spread. */
const SAMPLED_DOCUMENTS = 16;

/** Tables whose rows the manifest counts. */
const COUNTED = ["documents", "facts", "chunks", "tables"] as const;
type Counted = (typeof COUNTED)[number];

/** Tables too large to count before serving: their manifest counts, for the background check. */
export function deferredCounts(
  manifest: Manifest,
  countedWholeRows = COUNTED_WHOLE_ROWS,
): Partial<Record<Counted, number>> {
  const { facts, chunks } = manifest.counts;
  return facts + chunks > countedWholeRows ? { facts, chunks } : {};
}

/**
 * What is wrong with a SQLite store, if anything: its storage version, row counts against the
 * manifest its last commit wrote, and the vector segment files it registered. An empty store (no
 * manifest yet) has nothing to check. Fast at any size: a large store's facts and chunks are
 * counted for a sample of its documents here, and whole by `quickCheckInBackground`.
 */
export function sqliteProblems(
  db: Database.Database,
  dir: string,
  countedWholeRows = COUNTED_WHOLE_ROWS,
): string[] {
  const problems: string[] = [];
  try {
    const meta = (key: string) => readMeta(db, key);
    const manifestText = meta(META.manifest);
    if (manifestText === undefined) return problems;
    const version = Number(meta(META.schema));
    if (MIGRATIONS[version] !== undefined)
      problems.push(
        `storage version ${version}: run \`npm run ingest\` once to bring it up to ${SCHEMA_VERSION}`,
      );
    else if (version !== SCHEMA_VERSION)
      problems.push(`storage version ${version}, expected ${SCHEMA_VERSION}`);
    if (version !== SCHEMA_VERSION) return problems;
    const manifest = Manifest.parse(JSON.parse(manifestText));
    const deferred = deferredCounts(manifest, countedWholeRows);
    for (const table of COUNTED) {
      if (deferred[table] !== undefined) continue;
      const stored = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      if (stored !== manifest.counts[table])
        problems.push(`${table}: ${stored} stored, manifest says ${manifest.counts[table]}`);
    }
    if (Object.keys(deferred).length) problems.push(...sampledProblems(db));
    problems.push(...segmentProblems(db, dir, manifest.counts.chunks));
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

/** Each sampled document's facts and chunks against the counts its record keeps. */
function sampledProblems(db: Database.Database): string[] {
  const ids = db.prepare("SELECT rowid FROM documents ORDER BY rowid").pluck().all() as number[];
  const step = Math.max(1, Math.floor(ids.length / (SAMPLED_DOCUMENTS / 2)));
  const sample = new Set([...ids.slice(-SAMPLED_DOCUMENTS / 2), ...ids.filter((_, i) => i % step === 0)]);
  const record = db.prepare(
    `SELECT d.doc_id AS docId, json_extract(s.summary, '$.counts.facts') AS facts,
       json_extract(s.summary, '$.counts.chunks') AS chunks
     FROM documents d JOIN summaries s USING (doc_id) WHERE d.rowid = ?`,
  );
  const counts = {
    facts: db.prepare("SELECT count(*) FROM facts WHERE doc_id = ?").pluck(),
    chunks: db.prepare("SELECT count(*) FROM chunks WHERE doc_id = ?").pluck(),
  };
  const problems: string[] = [];
  for (const rowid of sample) {
    const row = record.get(rowid) as { docId: string; facts: number; chunks: number };
    for (const table of ["facts", "chunks"] as const) {
      const stored = counts[table].get(row.docId) as number;
      if (stored !== row[table])
        problems.push(`${table} of ${row.docId}: ${stored} stored, its record says ${row[table]}`);
    }
  }
  return problems;
}

/** Registered segment files that are missing or empty, or hold fewer points than there are chunks. */
function segmentProblems(db: Database.Database, dir: string, chunks: number): string[] {
  const problems: string[] = [];
  const segments = db.prepare("SELECT name, count FROM segments").all() as { name: string; count: number }[];
  for (const segment of segments) {
    const file = join(dir, SEGMENT_DIR, segment.name);
    if (!existsSync(file) || statSync(file).size === 0)
      problems.push(`vector segment ${segment.name} is missing or empty`);
  }
  const points = segments.reduce((n, s) => n + s.count, 0);
  if (points < chunks) problems.push(`vector segments hold ${points} points for ${chunks} chunks`);
  return problems;
}
