import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { AppError } from "../lib/app-error.js";
import { Bm25Builder } from "./index/bm25.js";
import type { EmbeddingInfo } from "./index/embeddings.js";
import { FILES, IndexWriter, lineStream, readIndexHead } from "./index/index-files.js";
import { VectorStore } from "./index/vector-store.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument, supportedExtensions } from "./read/read-document.js";
import { Chunk, type DocumentInfo, type Manifest } from "./schema.js";
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
 * Chunks go three ways as they arrive: a row in chunks.jsonl, a document of the BM25 index,
 * and (in batches) a vector in the hnswlib index. Positions agree across all three.
 */
class ChunkSink {
  readonly bm25 = new Bm25Builder();
  private vectors: VectorStore | undefined;
  private pending: Chunk[] = [];
  private count = 0;

  constructor(
    private readonly writer: IndexWriter,
    private readonly embeddings: Embeddings,
    private readonly dimensions: number,
  ) {}

  async add(chunks: Chunk[], lines?: string[]): Promise<void> {
    if (lines) await this.writer.lines("chunks", lines);
    else await this.writer.rows("chunks", chunks);
    for (const c of chunks) this.bm25.add(c.text);
    this.pending.push(...chunks);
    if (this.pending.length >= 256) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    const vectors = await this.embeddings.embedDocuments(batch.map((c) => c.text));
    this.vectors ??= VectorStore.create(vectors[0]?.length || this.dimensions || 1);
    for (const v of vectors) this.vectors.add(v, this.count++);
  }

  async store(): Promise<VectorStore> {
    await this.flush();
    const store = this.vectors ?? VectorStore.create(this.dimensions || 1, 1);
    store.finish();
    return store;
  }

  get dimensionsUsed(): number {
    return this.vectors?.dimensions ?? (this.dimensions || 1);
  }
}

/** Copy the rows of documents kept from the previous index, verbatim. */
async function copyKept(
  prevDir: string,
  kept: Set<string>,
  writer: IndexWriter,
  sink: ChunkSink,
): Promise<void> {
  // Facts and tables carry docId; sections carry it in their id ("<docId>:s12").
  const docOf = (row: { docId?: string; id: string }) =>
    row.docId ?? row.id.slice(0, row.id.lastIndexOf(":s"));
  for (const file of ["facts", "tables", "sections"] as const) {
    const batch: string[] = [];
    for await (const line of lineStream(join(prevDir, FILES[file]))) {
      if (kept.has(docOf(JSON.parse(line)))) batch.push(line);
      if (batch.length >= 1000) await writer.lines(file, batch.splice(0));
    }
    await writer.lines(file, batch);
  }
  const chunks: Chunk[] = [];
  const lines: string[] = [];
  for await (const line of lineStream(join(prevDir, FILES.chunks))) {
    const chunk = Chunk.parse(JSON.parse(line));
    if (!kept.has(chunk.docId)) continue;
    chunks.push(chunk);
    lines.push(line);
    if (chunks.length >= 256) await sink.add(chunks.splice(0), lines.splice(0));
  }
  if (chunks.length) await sink.add(chunks, lines);
}

/**
 * Add documents to the index in `indexDir`. Unchanged documents are a no-op, changed ones
 * replace their old version, malformed ones are reported and skipped while the rest ingest.
 * Parsed rows are streamed to disk as each document is parsed.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const files = await collectFiles(paths);
  const previous = await readIndexHead(options.indexDir);
  // Documents parsed by other parsing code are parsed again, changed or not.
  const reusable = previous?.manifest.versions.parser === parserVersion();
  const before = new Map((previous?.documents ?? []).map((d) => [d.docId, d]));
  const infos = new Map<string, DocumentInfo>();
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
  const writer = await IndexWriter.open(options.indexDir);
  const sink = new ChunkSink(writer, options.embeddings, options.embeddingInfo.dimensions);
  try {
    for (const [i, file] of files.entries()) {
      options.onProgress?.({ file, done: i, total: files.length });
      const bytes = await readFile(file).catch(() => undefined);
      const hash = bytes ? createHash("sha256").update(bytes).digest("hex") : "";
      const docId = docIdFor(file);
      const old = before.get(docId);
      if (old && old.hash === hash && reusable) {
        summary.unchanged.push(file);
        continue;
      }
      // A bad document is reported and skipped; failures past parsing (disk, embeddings) abort the ingest.
      let parsed: ReturnType<typeof parseDocument>;
      try {
        const { text } = await readDocument(file, bytes);
        parsed = parseDocument({ docId, file: relative(process.cwd(), resolve(file)), hash, text });
      } catch (error) {
        const message = error instanceof AppError ? error.message : `${file}: ${(error as Error).message}`;
        summary.failed.push({ file, message });
        continue;
      }
      await writer.rows("facts", parsed.facts);
      await writer.rows("tables", parsed.tables);
      await writer.rows("sections", parsed.sections);
      await sink.add(parsed.chunks);
      infos.set(docId, parsed.info);
      (old ? summary.replaced : summary.added).push(file);
    }
    options.onProgress?.({ file: "", done: files.length, total: files.length });

    const kept = [...before.values()].filter((d) => !infos.has(d.docId));
    for (const d of kept) infos.set(d.docId, d);
    summary.changed =
      summary.added.length + summary.replaced.length > 0 || (!reusable && infos.size > 0 && !!previous);
    if (!previous && infos.size > 0) summary.changed = true;
    if (summary.changed) {
      if (previous && kept.length)
        await copyKept(previous.dir, new Set(kept.map((d) => d.docId)), writer, sink);
      await commit(writer, sink, [...infos.values()], options);
    } else await writer.abort();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const all = [...infos.values()];
  summary.documents = all.length;
  summary.tables = all.reduce((n, d) => n + d.counts.tables, 0);
  summary.facts = all.reduce((n, d) => n + d.counts.facts, 0);
  summary.chunks = all.reduce((n, d) => n + d.counts.chunks, 0);
  summary.warnings = all.flatMap((d) =>
    d.warnings.map((w) => ({ docId: d.docId, unit: d.unit, message: w.message, code: w.code })),
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function commit(
  writer: IndexWriter,
  sink: ChunkSink,
  infos: DocumentInfo[],
  options: IngestOptions,
): Promise<void> {
  const documents = infos.sort((a, b) => a.docId.localeCompare(b.docId));
  const vectors = await sink.store();
  const manifest: Manifest = {
    formatVersion: 1,
    builtAt: new Date().toISOString(),
    embedding: { ...options.embeddingInfo, dimensions: sink.dimensionsUsed },
    documents: documents.map((d) => ({ docId: d.docId, file: d.file, hash: d.hash })),
    counts: {
      documents: documents.length,
      sections: documents.reduce((n, d) => n + d.counts.sections, 0),
      tables: documents.reduce((n, d) => n + d.counts.tables, 0),
      facts: documents.reduce((n, d) => n + d.counts.facts, 0),
      chunks: documents.reduce((n, d) => n + d.counts.chunks, 0),
      warnings: documents.reduce((n, d) => n + d.warnings.length, 0),
    },
    versions: { node: process.version, budgetQa: "0.1.0", parser: parserVersion() },
  };
  await writer.commit({
    manifest,
    documents,
    units: buildUnits(documents, options.aliases),
    bm25: sink.bm25.data(),
    vectors,
  });
}
