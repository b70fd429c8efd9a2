import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Request, Response } from "express";
import type { Fact } from "../../ingest/schema.js";
import type { FactQuery, IndexStore } from "../../ingest/store/store.js";
import { Lru } from "../../lib/lru.js";
import type { Knowledge } from "../engine/knowledge.js";
import { csvLine } from "./csv-cell.js";
import { FACTS_LIMITS } from "./schemas.js";

/** The CSV export's columns, in order: Fact fields (ingest/schema.ts). */
export const CSV_COLUMNS = [
  "id",
  "docId",
  "unit",
  "year",
  "kind",
  "table",
  "tableTitle",
  "metric",
  "row",
  "rowCode",
  "column",
  "value",
  "measure",
  "basis",
  "period",
] as const;

const FORMATS = {
  csv: {
    type: "text/csv; charset=utf-8",
    file: "facts.csv",
    // The BOM tells spreadsheet programs the file is UTF-8.
    head: `\uFEFF${CSV_COLUMNS.join(",")}\n`,
    line: (f: Fact) => `${csvLine(CSV_COLUMNS.map((c) => f[c]))}\n`,
  },
  jsonl: {
    type: "application/x-ndjson; charset=utf-8",
    file: "facts.jsonl",
    head: "",
    line: (f: Fact) => `${JSON.stringify(f)}\n`,
  },
} as const;

/**
 * GET /api/facts?format=csv|jsonl: every matching fact (or `limit` of them from `offset`), read
 * from the store a step at a time and written as it is read, waiting for the client to take each
 * step and yielding to other requests between steps; a client that leaves stops the reading.
 */
export async function streamFacts(
  req: Request,
  res: Response,
  store: IndexStore,
  where: FactQuery,
  options: { format: keyof typeof FORMATS; limit?: number; offset: number },
): Promise<void> {
  const format = FORMATS[options.format];
  let remaining = options.limit ?? Infinity;
  let offset = options.offset;
  let step = Math.min(FACTS_LIMITS.exportStep, remaining);
  let rows = await store.facts({ ...where, limit: step, offset });
  res.setHeader("content-disposition", `attachment; filename="${format.file}"`);
  res.type(format.type);
  res.write(format.head);
  try {
    for (;;) {
      if (!res.write(rows.map(format.line).join(""))) await drained(res);
      remaining -= rows.length;
      offset += rows.length;
      if (rows.length < step || remaining <= 0 || res.destroyed) break;
      await nextTurn();
      step = Math.min(FACTS_LIMITS.exportStep, remaining);
      rows = await store.facts({ ...where, limit: step, offset });
    }
  } catch (error) {
    // Headers are out: the only honest end is a cut-off download.
    req.log.error({ err: error }, "facts export failed mid-stream");
    res.destroy(error as Error);
    return;
  }
  res.end();
}

/** The client took what was written, or left. */
async function drained(res: Response): Promise<void> {
  const left = new AbortController();
  const options = { signal: left.signal };
  await Promise.race([once(res, "drain", options), once(res, "close", options)]).finally(() => left.abort());
}

/** Recent totals per index: a page of a search needs its total once, not on every page. */
const totals = new WeakMap<Knowledge, Lru<number>>();

/** The number of facts matching `where`, remembered for this index (its facts never change). */
export async function countFacts(k: Knowledge, where: FactQuery): Promise<number> {
  let cache = totals.get(k);
  if (!cache) totals.set(k, (cache = new Lru<number>(512)));
  const key = JSON.stringify(where);
  const known = cache.get(key);
  if (known !== undefined) return known;
  const total = await k.store.countFacts(where);
  cache.set(key, total);
  return total;
}
