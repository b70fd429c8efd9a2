#!/usr/bin/env node
import cliProgress from "cli-progress";
import { loadConfig } from "../lib/config.js";
import { parseCommandLine } from "./cli-options.js";
import { createEmbeddings } from "./index/embeddings.js";
import { openStore } from "./store/open-store.js";
import { ingest, type IngestSummary } from "./ingest.js";
import { reportLines } from "./checks/format-report.js";
import { readAliasFile } from "./units/build-units.js";

/**
 * npm run ingest -- [--unit 名称] [--year 2024] [--kind 决算|预算] <files or folders…>
 * (no paths: DOCS_DIR). Adds documents to INDEX_DIR; exits 1 if any file failed (the others are
 * still ingested). Files in a folder that are not disclosures are skipped with a notice.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const { paths: args, overrides } = parseCommandLine(process.argv.slice(2));
  const paths = args.length ? args : config.DOCS_DIR;
  const { embeddings, info } = createEmbeddings(config);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "ingest [{bar}] {value}/{total} {file}", stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let started = false;
  const summary = await ingest(paths, {
    store: openStore(config),
    lockWaitMs: config.INGEST_LOCK_WAIT_MS,
    maxFileMb: config.MAX_FILE_MB,
    embeddings,
    embeddingInfo: info,
    aliases: await readAliasFile(config.ALIAS_FILE),
    overrides,
    onProgress: ({ file, done, total }) => {
      if (!bar) return;
      if (!started) bar.start(total, 0, { file: "" });
      started = true;
      bar.update(done, { file: file.split("/").pop() ?? "" });
    },
  });
  bar?.stop();
  printSummary(summary, config.DATABASE_URL ? "the PostgreSQL store" : config.INDEX_DIR);
  return summary.failed.length ? 1 : 0;
}

export function printSummary(s: IngestSummary, indexDir: string): void {
  const out = process.stdout;
  for (const f of s.failed) process.stderr.write(`error: ${f.message}\n`);
  for (const k of s.skipped) process.stderr.write(`notice: skipped ${k.message}\n`);
  for (const d of s.duplicates)
    process.stderr.write(`notice: ${d.file} has the same content as ${d.of}; indexed once\n`);
  if (!s.changed)
    out.write(`No changes: ${s.unchanged.length} document(s) already indexed in ${indexDir}.\n`);
  out.write(
    `${s.changed ? "Indexed" : "Index has"} ${s.documents} document(s) in ${indexDir}: ${s.tables} tables, ${s.facts} facts, ${s.chunks} chunks, ` +
      `${s.warnings.length} warning(s), ${s.failed.length} failed, ${s.skipped.length} skipped, ${s.seconds.toFixed(2)} s` +
      ` (added ${s.added.length}, replaced ${s.replaced.length}, unchanged ${s.unchanged.length}).\n`,
  );
  for (const line of reportLines(s.reports ?? [])) out.write(`${line}\n`);
  // Failed checks are listed under their document; these are the other notes (budget bases, unresolved subjects).
  const shown = s.warnings.filter((w) => !CHECK_FAILURE_CODES.has(w.code) && w.code !== "rounding");
  if (shown.length) {
    out.write(
      `Notes (${s.warnings.filter((w) => w.code === "rounding").length} rounding differences not listed):\n`,
    );
    for (const w of shown) out.write(`  [${w.docId}] ${w.code}: ${w.message}\n`);
  }
}

/** Warning codes of checks that fail (listed with the document's report). */
const CHECK_FAILURE_CODES = new Set(["sum_mismatch", "table_vs_text", "text_conflict"]);

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`ingest failed: ${error.message}\n`);
    process.exit(2);
  },
);
