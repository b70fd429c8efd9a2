import Database from "better-sqlite3";

/**
 * Test-only preload (`node --import tsx --import <this file> ingest/cli.ts …`): every SQLite COMMIT
 * waits this long first, so a test that kills an ingest once its commit has begun (its new vector
 * segment is on disk) always kills it inside the commit, however slow the machine.
 */
const PAUSE_MS = 5_000;

const exec = Database.prototype.exec;
Database.prototype.exec = function pausedExec(this: Database.Database, sql: string) {
  if (/^\s*COMMIT\b/i.test(sql)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
  return exec.call(this, sql);
};
