import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The worker: opens the file read-only on its own connection and runs SQLite's quick_check. */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const quick = String(db.pragma("quick_check", { simple: true }));
  const problems = quick === "ok" ? [] : ["quick_check: " + quick];
  for (const [table, expected] of Object.entries(workerData.counts)) {
    const stored = db.prepare("SELECT count(*) FROM " + table).pluck().get();
    if (stored !== expected) problems.push(table + ": " + stored + " stored, manifest says " + expected);
  }
  parentPort.postMessage({ problems });
} catch (error) {
  parentPort.postMessage({ problems: [error.message] });
} finally {
  if (db) db.close();
}
`;

/**
 * SQLite's quick_check of a whole file, in a worker thread: it reads every page (about a minute
 * for 10 GB), so a server runs it in the background instead of before serving. `counts` are the
 * tables too large to count before serving, with their manifest counts (see `deferredCounts`):
 * counted here too. Resolves to the problems found.
 */
export function quickCheckInBackground(file: string, counts: Record<string, number> = {}): Promise<string[]> {
  const module = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, module, counts } });
    worker.once("message", (message: { problems: string[] }) => {
      resolve(message.problems);
      void worker.terminate();
    });
    worker.once("error", (error) => resolve([`quick_check could not run: ${error.message}`]));
  });
}
