#!/usr/bin/env node
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { ingest } from "../ingest/ingest.js";
import { parseSections } from "../ingest/parse/parse-sections.js";
import { SqliteStore } from "../ingest/store/sqlite-store.js";
import { scaledDocument, type Shape } from "./scaling-corpus.js";

/**
 * npm run bench:scaling [-- --sizes 1,2,4,8 --shapes narrative,headings]
 * Ingests one synthetic document per size (eval/scaling-corpus.ts) into a fresh SQLite index,
 * in this process on the main thread, and prints CPU and wall time per size, their ratio to the
 * smallest size, and how much of it parseSections alone takes (the step found super-linear).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,2,4,8" },
    shapes: { type: "string", default: "narrative,headings" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const shapes = values.shapes.split(",") as Shape[];

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function measure(megabytes: number, shape: Shape) {
  const work = await mkdtemp(join(tmpdir(), "budget-qa-scaling-"));
  try {
    const text = await scaledDocument(megabytes, shape);
    const file = join(work, `scaled-${shape}.txt`);
    await writeFile(file, text);
    const lines = text.split("\n");
    let cpu = cpuSeconds();
    parseSections("x", lines, () => false);
    const sectionsCpu = cpuSeconds() - cpu;
    const { embeddings, info } = createEmbeddings({});
    const wall = performance.now();
    cpu = cpuSeconds();
    const summary = await ingest([file], {
      store: new SqliteStore(join(work, "index")),
      embeddings,
      embeddingInfo: info,
      aliases: {},
      workers: 0,
      maxFileMb: Math.max(50, megabytes + 1),
    });
    if (summary.failed.length) throw new Error(summary.failed[0].message);
    return {
      megabytes,
      shape,
      facts: summary.facts,
      chunks: summary.chunks,
      cpu: cpuSeconds() - cpu,
      wall: (performance.now() - wall) / 1000,
      sectionsCpu,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const pad = (v: unknown, n: number) => String(v).padStart(n);
console.log(
  `${"shape".padEnd(10)}${pad("MB", 5)}${pad("facts", 8)}${pad("chunks", 8)}${pad("cpu s", 9)}${pad("wall s", 9)}${pad("×cpu", 7)}${pad("×size", 7)}${pad("parseSections s", 17)}`,
);
for (const shape of shapes) {
  let first: { cpu: number; megabytes: number } | undefined;
  for (const size of sizes) {
    const r = await measure(size, shape);
    first ??= r;
    console.log(
      `${shape.padEnd(10)}${pad(r.megabytes, 5)}${pad(r.facts, 8)}${pad(r.chunks, 8)}${pad(r.cpu.toFixed(2), 9)}${pad(r.wall.toFixed(2), 9)}${pad((r.cpu / first.cpu).toFixed(1), 7)}${pad((r.megabytes / first.megabytes).toFixed(0), 7)}${pad(r.sectionsCpu.toFixed(2), 17)}`,
    );
  }
}
