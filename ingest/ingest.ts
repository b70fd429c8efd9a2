import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { AppError } from "../lib/app-error.js";
import { buildBm25 } from "./index/bm25.js";
import type { EmbeddingInfo } from "./index/embeddings.js";
import { documentsOf, indexExists, readIndex, writeIndexAtomically } from "./index/index-files.js";
import { VectorStore } from "./index/vector-store.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument, supportedExtensions } from "./read/read-document.js";
import type { Manifest, ParsedDocument } from "./schema.js";
import { parserVersion } from "./parser-version.js";
import { buildUnits } from "./units/build-units.js";

export interface IngestOptions {
  indexDir: string;
  embeddings: Embeddings;
  embeddingInfo: EmbeddingInfo;
  aliases: Record<string, string[]>;
  /** Called once per file as it is read and parsed. */
  onProgress?: (event: { file: string; done: number; total: number }) => void;
}

export interface IngestSummary {
  changed: boolean;
  documents: number;
  added: string[];
  replaced: string[];
  unchanged: string[];
  failed: { file: string; message: string }[];
  tables: number;
  facts: number;
  chunks: number;
  warnings: { docId: string; unit: string; message: string; code: string }[];
  seconds: number;
}

/** Files under the given paths that a reader accepts, in a stable order. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const exts = supportedExtensions();
  const out: string[] = [];
  const walk = async (p: string) => {
    const s = await stat(p).catch(() => undefined);
    if (!s) {
      out.push(p); // reported as unreadable by the reader
      return;
    }
    if (s.isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (!name.startsWith(".")) await walk(join(p, name));
    } else if (exts.includes(extname(p).toLowerCase()) || paths.includes(p)) out.push(p);
  };
  for (const p of paths) await walk(p);
  return [...new Set(out)];
}

/** A stable id per source file: re-ingesting a changed file replaces its previous version. */
export function docIdFor(file: string): string {
  const base = basename(file, extname(file));
  if (/^[\w.-]{1,64}$/.test(base)) return base;
  return `doc-${createHash("sha256").update(resolve(file)).digest("hex").slice(0, 12)}`;
}

/**
 * Add documents to the index in `indexDir`. Unchanged documents are a no-op, changed ones
 * replace their old version, malformed ones are reported and skipped while the rest ingest.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const files = await collectFiles(paths);
  const previous = (await indexExists(options.indexDir)) ? await readIndex(options.indexDir) : undefined;
  // Documents parsed by other parsing code are parsed again, changed or not.
  const reusable = previous && previous.manifest.versions.parser === parserVersion();
  const docs = previous ? documentsOf(previous) : new Map<string, ParsedDocument>();
  const summary: IngestSummary = {
    changed: false,
    documents: 0,
    added: [],
    replaced: [],
    unchanged: [],
    failed: [],
    tables: 0,
    facts: 0,
    chunks: 0,
    warnings: [],
    seconds: 0,
  };

  for (const [i, file] of files.entries()) {
    options.onProgress?.({ file, done: i, total: files.length });
    try {
      const bytes = await readFile(file).catch(() => undefined);
      const hash = bytes ? createHash("sha256").update(bytes).digest("hex") : "";
      const docId = docIdFor(file);
      const before = docs.get(docId);
      if (before && before.info.hash === hash && reusable) {
        summary.unchanged.push(file);
        continue;
      }
      const { text } = await readDocument(file, bytes);
      const parsed = parseDocument({ docId, file: relative(process.cwd(), resolve(file)), hash, text });
      docs.set(docId, parsed);
      (before ? summary.replaced : summary.added).push(file);
    } catch (error) {
      const message = error instanceof AppError ? error.message : `${file}: ${(error as Error).message}`;
      summary.failed.push({ file, message });
    }
  }
  options.onProgress?.({ file: "", done: files.length, total: files.length });

  summary.changed =
    summary.added.length + summary.replaced.length > 0 ||
    (!previous && docs.size > 0) ||
    (!reusable && docs.size > 0);
  const all = [...docs.values()].sort((a, b) => a.info.docId.localeCompare(b.info.docId));
  if (summary.changed) await writeAll(all, options);
  summary.documents = all.length;
  summary.tables = all.reduce((n, d) => n + d.tables.length, 0);
  summary.facts = all.reduce((n, d) => n + d.facts.length, 0);
  summary.chunks = all.reduce((n, d) => n + d.chunks.length, 0);
  summary.warnings = all.flatMap((d) =>
    d.info.warnings.map((w) => ({
      docId: d.info.docId,
      unit: d.info.unit,
      message: w.message,
      code: w.code,
    })),
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function writeAll(all: ParsedDocument[], options: IngestOptions): Promise<void> {
  const chunks = all.flatMap((d) => d.chunks);
  const vectors = chunks.length ? await options.embeddings.embedDocuments(chunks.map((c) => c.text)) : [];
  const dimensions = vectors[0]?.length ?? (options.embeddingInfo.dimensions || 1);
  const manifest: Manifest = {
    formatVersion: 1,
    builtAt: new Date().toISOString(),
    embedding: { ...options.embeddingInfo, dimensions },
    documents: all.map((d) => ({ docId: d.info.docId, file: d.info.file, hash: d.info.hash })),
    counts: {
      documents: all.length,
      sections: all.reduce((n, d) => n + d.sections.length, 0),
      tables: all.reduce((n, d) => n + d.tables.length, 0),
      facts: all.reduce((n, d) => n + d.facts.length, 0),
      chunks: chunks.length,
      warnings: all.reduce((n, d) => n + d.info.warnings.length, 0),
    },
    versions: { node: process.version, budgetQa: "0.1.0", parser: parserVersion() },
  };
  await writeIndexAtomically(options.indexDir, {
    manifest,
    documents: all.map((d) => d.info),
    units: buildUnits(all, options.aliases),
    facts: all.flatMap((d) => d.facts),
    tables: all.flatMap((d) => d.tables),
    sections: all.flatMap((d) => d.sections),
    chunks,
    bm25: buildBm25(chunks.map((c) => c.text)),
    vectors: VectorStore.build(vectors, dimensions),
  });
}
