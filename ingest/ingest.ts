import { createHash } from "node:crypto";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import type { EmbeddingInfo } from "./index/embeddings.js";
import { LocalHashEmbeddings } from "./index/local-embeddings.js";
import { ParsePool } from "./parse-pool.js";
import { parserVersion } from "./parser-version.js";
import type { MetaOverrides } from "./parse/document-meta.js";
import type { Prepared } from "./prepare-document.js";
import { preparedThrough, type PreparedCache } from "./prepared-cache.js";
import { readDocument, supportedExtensions } from "./read/read-document.js";
import type { DocumentInfo, Manifest } from "./schema.js";
import type { DocumentSummary, Store, StoredDocument, StoreWriter } from "./store/store.js";
import { decodeRows, decodeVectors } from "./store/encoded-rows.js";
import { buildUnits } from "./units/build-units.js";

export interface IngestOptions {
  store: Store;
  embeddings: Embeddings;
  embeddingInfo: EmbeddingInfo;
  aliases: Record<string, string[]>;
  /** How long to wait for another ingest's writer lock (default: fail at once). */
  lockWaitMs?: number;
  /** Parse worker threads (default: one per core besides the main thread's; 0 parses on the main thread). */
  workers?: number;
  /** Files larger than this many MB are refused (default DEFAULT_MAX_FILE_MB). */
  maxFileMb?: number;
  /** Called once per file as it is read and parsed. */
  onProgress?: (event: { file: string; done: number; total: number }) => void;
  /** Unit, year or kind for every document of this run (`--unit`, `--year`, `--kind`). */
  overrides?: MetaOverrides;
  /** Preparations kept from earlier ingests by the same code (a test run's), read before parsing. */
  preparedCache?: PreparedCache;
}

export interface IngestSummary {
  changed: boolean;
  documents: number;
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** Files whose content is already indexed under another path: one document, reported. */
  duplicates: { file: string; of: string }[];
  failed: { file: string; message: string }[];
  /** Files that are not disclosures (met in a folder) or blank templates: noticed, not failed. */
  skipped: { file: string; message: string }[];
  tables: number;
  facts: number;
  chunks: number;
  /** Warnings of the documents indexed in this run (the others' stay in the store). */
  warnings: { docId: string; unit: string; message: string; code: string }[];
  /** The understanding report of each document indexed in this run. */
  reports?: Pick<DocumentInfo, "docId" | "file" | "unit" | "year" | "kind" | "report">[];
  seconds: number;
}

/** The per-file size limit when none is given (config MAX_FILE_MB). */
export const DEFAULT_MAX_FILE_MB = 50;

/** Files under the given paths that a reader accepts, in a stable order. */
export async function collectFiles(paths: string[], maxFileMb = DEFAULT_MAX_FILE_MB): Promise<string[]> {
  return (await collectInputs(paths, maxFileMb)).files;
}

/**
 * The files to ingest, which of them were met inside a folder (a non-disclosure there is skipped
 * with a notice; one named on the command line fails), the folder files no reader accepts, and
 * files refused before reading (over `maxFileMb`). Each real folder is walked once, so a symlink
 * loop (or two links to one folder) is not walked again.
 */
export async function collectInputs(
  paths: string[],
  maxFileMb = DEFAULT_MAX_FILE_MB,
): Promise<{
  files: string[];
  inFolder: Set<string>;
  unsupported: string[];
  refused: { file: string; message: string }[];
}> {
  const exts = supportedExtensions();
  const out: string[] = [];
  const inFolder = new Set<string>();
  const unsupported: string[] = [];
  const refused: { file: string; message: string }[] = [];
  const walked = new Set<string>();
  const walk = async (p: string, fromFolder: boolean) => {
    const s = await stat(p).catch(() => undefined);
    if (!s) {
      out.push(p); // reported as unreadable by the reader
      return;
    }
    if (s.isDirectory()) {
      const real = await realpath(p);
      if (walked.has(real)) return;
      walked.add(real);
      for (const name of (await readdir(p)).sort())
        if (!name.startsWith(".")) await walk(join(p, name), true);
    } else if (exts.includes(extname(p).toLowerCase()) || !fromFolder) {
      if (s.size > maxFileMb * 2 ** 20)
        refused.push({
          file: p,
          message: `${p}: ${(s.size / 2 ** 20).toFixed(1)} MB is over the limit of ${maxFileMb} MB per file (MAX_FILE_MB)`,
        });
      else {
        out.push(p);
        if (fromFolder) inFolder.add(p);
      }
    } else unsupported.push(p);
  };
  for (const p of paths) await walk(p, false);
  return { files: [...new Set(out)], inFolder, unsupported, refused };
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * A document's identity is its source path (and its content, for duplicates). The id is the
 * file's base name where that is free, so ids stay readable; the same name in another folder
 * gets the name plus a hash of its path.
 */
export function assignDocId(path: string, taken: Map<string, string>): string {
  const base = basename(path, extname(path));
  const readable = /^[\w.-]{1,64}$/.test(base) ? base : `doc-${shortHash(path)}`;
  const owner = taken.get(readable);
  return owner === undefined || owner === path ? readable : `${readable}-${shortHash(path)}`;
}

/** State of one ingest run: what the store holds, by path, id and content. */
class Run {
  readonly byPath: Map<string, StoredDocument>;
  readonly idOwners: Map<string, string>;
  readonly byHash: Map<string, string>;
  /** Learned from the first vector when the embedding endpoint does not say. */
  dimensions = 0;

  constructor(
    stored: StoredDocument[],
    readonly summary: IngestSummary,
  ) {
    this.byPath = new Map(stored.map((d) => [d.path, d]));
    this.idOwners = new Map(stored.map((d) => [d.docId, d.path]));
    this.byHash = new Map(stored.map((d) => [d.hash, d.path]));
  }
}

/** A file that needs parsing, with what was decided about it. */
interface Work {
  file: string;
  path: string;
  replaces: boolean;
  /** Met inside a folder rather than named: a non-disclosure is skipped, not failed. */
  inFolder: boolean;
  prepared: Promise<Prepared>;
}

/**
 * Decide what a file is to this store (unchanged, a duplicate of another path, new, or a new
 * version) and start preparing it. Decisions are made in file order on the main thread.
 */
async function decide(
  file: string,
  run: Run,
  pool: ParsePool,
  options: {
    localDimensions?: number;
    overrides?: MetaOverrides;
    inFolder: boolean;
    encodeRows?: boolean;
    cache?: PreparedCache;
  },
): Promise<Work | undefined> {
  const { localDimensions, overrides, inFolder, encodeRows, cache } = options;
  const path = resolve(file);
  const bytes = await readFile(file).catch(() => undefined);
  const hash = bytes ? createHash("sha256").update(bytes).digest("hex") : "";
  const old = run.byPath.get(path);
  // Overridden metadata may differ from what the stored version was parsed with: parse again.
  if (old && old.hash === hash && old.parser === parserVersion() && !hasOverrides(overrides)) {
    run.summary.unchanged.push(file);
    return undefined;
  }
  const twin = run.byHash.get(hash);
  if (bytes && twin && twin !== path) {
    run.summary.duplicates.push({ file, of: relative(process.cwd(), twin) });
    return undefined;
  }
  if (!bytes) {
    // The reader words the error (missing file, unsupported format …).
    const message = await readDocument(file).then(
      () => `${file}: cannot be read`,
      (error: Error) => error.message,
    );
    run.summary.failed.push({ file, message });
    return undefined;
  }
  const docId = old?.docId ?? assignDocId(path, run.idOwners);
  run.idOwners.set(docId, path);
  run.byHash.set(hash, path);
  const input = {
    file,
    relativePath: relative(process.cwd(), path),
    docId,
    hash,
    bytes,
    localDimensions,
    encodeRows,
    ...(hasOverrides(overrides) ? { overrides } : {}),
  };
  return {
    file,
    path,
    replaces: !!old,
    inFolder,
    prepared: preparedThrough(cache, input, (fresh) => pool.prepare(fresh)),
  };
}

function hasOverrides(overrides: MetaOverrides | undefined): overrides is MetaOverrides {
  return !!overrides && Object.values(overrides).some((v) => v !== undefined);
}

/** Write a prepared document: a bad document is reported and skipped; store or embedding failures abort. */
async function store(work: Work, run: Run, writer: StoreWriter, options: IngestOptions): Promise<void> {
  const prepared = await work.prepared;
  if (!prepared.ok) {
    const skip = prepared.skip === "template" || (prepared.skip === "not-a-disclosure" && work.inFolder);
    (skip ? run.summary.skipped : run.summary.failed).push({ file: work.file, message: prepared.message });
    return;
  }
  const vectors =
    prepared.vectors ?? decodeVectors(prepared.encoded) ?? (await embedChunks(prepared, options));
  run.dimensions ||= vectors[0]?.length ?? 0;
  const rows = prepared.parsed
    ? { parsed: prepared.parsed, terms: prepared.terms }
    : { info: prepared.info, encoded: prepared.encoded };
  await writer.put({ ...prepared, ...rows, path: work.path, parser: parserVersion(), vectors });
  noteIndexed(run.summary, prepared.info);
  (work.replaces ? run.summary.replaced : run.summary.added).push(work.file);
}

/** Vectors from the configured embedding endpoint (the parse workers embed only offline). */
async function embedChunks(prepared: Prepared & { ok: true }, options: IngestOptions): Promise<number[][]> {
  const { chunks } = prepared.parsed ?? decodeRows(prepared.encoded);
  return chunks.length ? options.embeddings.embedDocuments(chunks.map((chunk) => chunk.text)) : [];
}

/** Ingests of at least this many files parse in worker threads. */
const PARALLEL_FROM = 16;

/** Documents prepared ahead of the one being written. */
const AHEAD = 8;

/**
 * Add documents to the store: one transaction under the store's single-writer lock. Unchanged
 * documents are a no-op, changed ones replace their old version, the same content under another
 * path is reported as a duplicate, malformed ones are reported and skipped while the rest ingest.
 * Worker threads parse while the main thread writes.
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { files, inFolder, unsupported, refused } = await collectInputs(paths, options.maxFileMb);
  const summary: IngestSummary = {
    changed: false,
    documents: 0,
    added: [],
    replaced: [],
    unchanged: [],
    duplicates: [],
    failed: [...refused],
    skipped: unsupported.map((file) => ({
      file,
      message: `${file}: not a supported document (${extname(file) || "no extension"}); skipped`,
    })),
    tables: 0,
    facts: 0,
    chunks: 0,
    warnings: [],
    seconds: 0,
  };
  const writer = await options.store.writer({ waitMs: options.lockWaitMs });
  // Starting workers costs about a second: small ingests parse on the main thread.
  const pool = new ParsePool(files.length >= PARALLEL_FROM ? options.workers : 0);
  // Offline, vectors are computed beside the parse; an endpoint is called from here.
  const localDimensions =
    options.embeddings instanceof LocalHashEmbeddings ? options.embeddings.dimensions : undefined;
  let infos: DocumentSummary[];
  try {
    const run = new Run(await writer.documents(), summary);
    run.dimensions = options.embeddingInfo.dimensions;
    const queue: Work[] = [];
    for (const [i, file] of files.entries()) {
      options.onProgress?.({ file, done: i, total: files.length });
      const work = await decide(file, run, pool, {
        localDimensions,
        overrides: options.overrides,
        inFolder: inFolder.has(file),
        encodeRows: options.store.encodedRows,
        cache: options.preparedCache,
      });
      if (work) queue.push(work);
      if (queue.length > AHEAD) await store(queue.shift()!, run, writer, options);
    }
    for (const work of queue) await store(work, run, writer, options);
    options.onProgress?.({ file: "", done: files.length, total: files.length });
    summary.changed = summary.added.length + summary.replaced.length > 0;
    infos = await writer.documentSummaries();
    if (summary.changed)
      await writer.commit({
        manifest: manifestOf(infos, { ...options.embeddingInfo, dimensions: run.dimensions }),
        units: buildUnits(
          infos.map((summary) => summary.info),
          options.aliases,
        ),
      });
    else await writer.abort();
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await pool.close();
  }
  summarise(summary, infos);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Counts over the whole index (from the summaries). */
function summarise(summary: IngestSummary, documents: DocumentSummary[]): void {
  summary.documents = documents.length;
  summary.tables = documents.reduce((n, d) => n + d.info.counts.tables, 0);
  summary.facts = documents.reduce((n, d) => n + d.info.counts.facts, 0);
  summary.chunks = documents.reduce((n, d) => n + d.info.counts.chunks, 0);
}

/** A document indexed in this run: its warnings and understanding report go into the summary. */
function noteIndexed(summary: IngestSummary, info: DocumentInfo): void {
  summary.warnings.push(
    ...info.warnings.map((w) => ({ docId: info.docId, unit: info.unit, message: w.message, code: w.code })),
  );
  const { docId, file, unit, year, kind, report } = info;
  (summary.reports ??= []).push({ docId, file, unit, year, kind, report });
}

/** The manifest of the store after this ingest: counts the server checks the store against. */
export function manifestOf(summaries: DocumentSummary[], embedding: EmbeddingInfo): Manifest {
  const documents = summaries.map((summary) => summary.info);
  return {
    formatVersion: 1,
    builtAt: new Date().toISOString(),
    embedding,
    documents: documents.map((d) => ({ docId: d.docId, file: d.file, hash: d.hash })),
    counts: {
      documents: documents.length,
      sections: documents.reduce((n, d) => n + d.counts.sections, 0),
      tables: documents.reduce((n, d) => n + d.counts.tables, 0),
      facts: documents.reduce((n, d) => n + d.counts.facts, 0),
      chunks: documents.reduce((n, d) => n + d.counts.chunks, 0),
      warnings: summaries.reduce((n, summary) => n + summary.warningCount, 0),
    },
    versions: { node: process.version, budgetQa: "0.1.0", parser: parserVersion() },
  };
}
