#!/usr/bin/env node
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { ingest } from "../ingest/ingest.js";
import { SqliteStore } from "../ingest/store/sqlite-store.js";
import type { FactQuery } from "../ingest/store/store.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * npm run bench:facts-search [-- --docs 200 --dir /tmp/facts-search --runs 20]
 * The store side of GET /api/facts?q=: a page of 50 facts and the total, as the route asks for
 * them, over an index of `docs` synthetic documents (eval/synthetic-corpus.ts) in `dir` (built
 * once and reused while it exists). Prints the median and the slowest of `runs` requests per query.
 */
const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "200" },
    dir: { type: "string", default: join(tmpdir(), "budget-qa-facts-search") },
    runs: { type: "string", default: "20" },
  },
});
const docs = Number(values.docs);
const runs = Number(values.runs);
const indexDir = join(values.dir, `index-${docs}`);

async function buildIndex(): Promise<void> {
  const corpus = join(values.dir, `corpus-${docs}`);
  await mkdir(corpus, { recursive: true });
  await writeSyntheticCorpus({ count: docs, outDir: corpus });
  const { embeddings, info } = createEmbeddings({});
  const summary = await ingest([corpus], {
    store: new SqliteStore(indexDir),
    embeddings,
    embeddingInfo: info,
    aliases: {},
  });
  if (summary.failed.length) throw new Error(summary.failed[0].message);
}

/** Queries as a user types them: none matching (long and short), a rare label, a common one, with a filter. */
const QUERIES: [name: string, query: FactQuery][] = [
  ["no match, 8 chars", { text: "无此标签的查询文字" }],
  ["no match, 2 chars", { text: "猫狗" }],
  ["no match, 1 char", { text: "猫" }],
  ["rare label", { text: "公务接待费" }],
  ["common label", { text: "支出" }],
  ["no match + year", { text: "无此标签的查询文字", year: 2024 }],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (!existsSync(join(indexDir, "index.db"))) await buildIndex();
const store = new SqliteStore(indexDir).reader();
const all = await store.countFacts({});
console.log(`${docs} documents, ${all} facts (${indexDir})`);
console.log(`${"query".padEnd(20)}${"total".padStart(9)}${"median ms".padStart(11)}${"max ms".padStart(9)}`);
for (const [name, where] of QUERIES) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    [total] = await Promise.all([store.countFacts(where), store.facts({ ...where, limit: 50, offset: 0 })]);
    times.push(performance.now() - started);
  }
  console.log(
    `${name.padEnd(20)}${String(total).padStart(9)}${median(times).toFixed(1).padStart(11)}${Math.max(
      ...times,
    )
      .toFixed(1)
      .padStart(9)}`,
  );
}
await store.close();
