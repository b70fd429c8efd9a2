import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The worker: opens the file read-only on its own connection and runs SQLite's quick_check. */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  parentPort.postMessage({ result: String(db.pragma("quick_check", { simple: true })) });
} catch (error) {
  parentPort.postMessage({ result: error.message });
} finally {
  if (db) db.close();
}
`;

/**
 * SQLite's quick_check of a whole file, in a worker thread: it reads every page (about a minute
 * for 10 GB), so a server runs it in the background instead of before serving. Resolves to the
 * problems found ("ok" is none).
 */
export function quickCheckInBackground(file: string): Promise<string[]> {
  const module = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, module } });
    worker.once("message", (message: { result: string }) => {
      resolve(message.result === "ok" ? [] : [`quick_check: ${message.result}`]);
      void worker.terminate();
    });
    worker.once("error", (error) => resolve([`quick_check could not run: ${error.message}`]));
  });
}
