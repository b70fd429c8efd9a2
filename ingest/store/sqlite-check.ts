import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { Manifest } from "../schema.js";
import { META, readMeta, SCHEMA_VERSION } from "./sqlite-schema.js";

export const DB_FILE = "index.db";
export const SEGMENT_DIR = "vectors";

/**
 * What is wrong with a SQLite store, if anything: its storage version, row counts against the
 * manifest its last commit wrote, and the vector segment files it registered. An empty store (no
 * manifest yet) has nothing to check. Fast at any size; SQLite's page-level quick_check is
 * `quickCheckInBackground`.
 */
export function sqliteProblems(db: Database.Database, dir: string): string[] {
  const problems: string[] = [];
  try {
    const meta = (key: string) => readMeta(db, key);
    const manifestText = meta(META.manifest);
    if (manifestText === undefined) return problems;
    const version = Number(meta(META.schema));
    if (version !== SCHEMA_VERSION) problems.push(`storage version ${version}, expected ${SCHEMA_VERSION}`);
    const manifest = Manifest.parse(JSON.parse(manifestText));
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const actual = {
      documents: count("documents"),
      facts: count("facts"),
      chunks: count("chunks"),
      tables: count("tables"),
    };
    for (const [name, n] of Object.entries(actual)) {
      const expected = manifest.counts[name as keyof typeof actual];
      if (n !== expected) problems.push(`${name}: ${n} stored, manifest says ${expected}`);
    }
    const segments = db.prepare("SELECT name, count FROM segments").all() as {
      name: string;
      count: number;
    }[];
    for (const segment of segments) {
      const file = join(dir, SEGMENT_DIR, segment.name);
      if (!existsSync(file) || statSync(file).size === 0)
        problems.push(`vector segment ${segment.name} is missing or empty`);
    }
    const points = segments.reduce((n, s) => n + s.count, 0);
    if (points < actual.chunks)
      problems.push(`vector segments hold ${points} points for ${actual.chunks} chunks`);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
