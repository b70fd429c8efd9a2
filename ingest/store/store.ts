import { z } from "zod";
import type { Figure, Want } from "../domain/select-figures.js";
import type { EncodedRows } from "./encoded-rows.js";
import type {
  Chunk,
  DocKind,
  DocumentInfo,
  Fact,
  Manifest,
  ParsedDocument,
  ParsedTable,
  UnitInfo,
} from "../schema.js";

/**
 * The storage interface of the index. Ingest writes through a `StoreWriter`, the server reads
 * through an `IndexStore`; both stores (SQLite in INDEX_DIR, PostgreSQL at DATABASE_URL) answer
 * the same query shapes, so the engine never holds or scans all facts in memory.
 */
export const StoreKind = z.enum(["sqlite", "postgres"]);
export type StoreKind = z.infer<typeof StoreKind>;

export const SubjectScheme = z.enum(["function", "economic"]);
export type SubjectScheme = z.infer<typeof SubjectScheme>;

/** A budget subject named in a document's tables (功能分类 or 经济分类), per unit. */
export const Subject = z.object({
  code: z.string().optional(),
  name: z.string(),
  scheme: SubjectScheme,
  units: z.array(z.string()),
});
export type Subject = z.infer<typeof Subject>;

/** A project named in a body's documents (narrative or attachment tables), with those bodies. */
export const ProjectName = z.object({ name: z.string(), units: z.array(z.string()) });
export type ProjectName = z.infer<typeof ProjectName>;

/** One vocabulary entry as a document contributes it (aggregated over documents by the store). */
export const VocabularyEntry = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("subject"),
    code: z.string().optional(),
    name: z.string(),
    scheme: SubjectScheme,
  }),
  z.object({ type: z.literal("project"), name: z.string() }),
]);
export type VocabularyEntry = z.infer<typeof VocabularyEntry>;

/** What a server keeps in memory: O(units + documents + vocabulary), never the facts. */
export interface StoreHead {
  manifest: Manifest;
  /**
   * Every document's info without its ingest warnings and understanding report (empty warnings,
   * no report): they are most of an info's size, and a server keeps the head in memory.
   * documentInfos() reads them whole.
   */
  documents: DocumentInfo[];
  units: UnitInfo[];
  subjects: Subject[];
  projects: ProjectName[];
}

/**
 * Facts by their descriptors. The list filters (`metrics`, `rowCodes`, `rowKeys`) are OR'd
 * with each other ("any of these subjects") and AND'd with the rest.
 */
export interface FactQuery {
  docIds?: string[];
  units?: string[];
  year?: number;
  kind?: DocKind;
  table?: string;
  metrics?: string[];
  rowCodes?: string[];
  /** `matchKey(row)` values. */
  rowKeys?: string[];
  /** A `matchKey` substring of the fact's descriptor (row, code, column, metric, table title). */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface ChunkFilter {
  units?: string[];
  years?: number[];
  kind?: DocKind;
  type?: Chunk["type"];
}

export interface ScoredChunk {
  chunk: Chunk;
  score: number;
}

/** Headline figures by metric and wanted figure, optionally for some documents only. */
export interface FigureQuery {
  metrics: string[];
  wants: Want[];
  docIds?: string[];
}

/** The result of checking a store before serving it. */
export interface StoreCheck {
  ok: boolean;
  problems: string[];
}

export interface IndexStore {
  readonly kind: StoreKind;
  /** Where it lives (a folder, or a database URL without its password). */
  readonly location: string;
  /** Changes with every committed ingest; undefined while the store is empty. */
  generation(): Promise<string | undefined>;
  head(): Promise<StoreHead>;
  /** Every document's info with its ingest warnings (a server keeps them out of memory). */
  documentInfos(): Promise<DocumentInfo[]>;
  /** One document's info with its warnings and understanding report (its tables), if stored. */
  documentInfo(docId: string): Promise<DocumentInfo | undefined>;
  facts(query: FactQuery): Promise<Fact[]>;
  countFacts(query: FactQuery): Promise<number>;
  /** In insertion order, like every list the store returns. */
  factsByIds(ids: string[]): Promise<Fact[]>;
  /** Each document's preferred fact per (metric, want), chosen at ingest: narrow rows, no bodies, by document. */
  figures(query: FigureQuery): Promise<Figure[]>;
  table(id: string): Promise<ParsedTable | undefined>;
  chunks(ids: string[]): Promise<Chunk[]>;
  /** The section chunk whose path is exactly `section`. */
  sectionChunk(docId: string, section: string[]): Promise<Chunk | undefined>;
  /** BM25 over pre-segmented jieba words and character bigrams. */
  searchText(query: string, filter: ChunkFilter, limit: number): Promise<ScoredChunk[]>;
  /** Cosine similarity; exact over a filtered set, hnswlib over the whole store. */
  searchVectors(vector: number[], filter: ChunkFilter, limit: number): Promise<ScoredChunk[]>;
  /** Quick checks before serving: storage version, counts against the manifest, files present. */
  check(): Promise<StoreCheck>;
  /** The slow whole-store check (SQLite's quick_check of every page), run in the background. */
  integrity(): Promise<StoreCheck>;
  close(): Promise<void>;
}

/** What the store remembers of a document to decide whether a file changed. */
export interface StoredDocument {
  docId: string;
  /** Absolute path of the source file: a document's identity together with its content hash. */
  path: string;
  hash: string;
  parser: string;
}

/** A document as stored: the source path, the parser version, a vector per chunk, and its rows. */
interface WriteCommon {
  path: string;
  parser: string;
  vectors: number[][];
  vocabulary: VocabularyEntry[];
  /** Each chunk's `termsText`, when already tokenised (else the store tokenises). */
  terms?: string[];
  /** The document's headline figures, when already chosen (else the store chooses them). */
  figures?: Figure[];
}

/** A document as parsed; `encoded` too when a parse worker serialised its rows for the store. */
export interface ParsedWrite extends WriteCommon {
  parsed: ParsedDocument;
  /** Row values already serialised (by a parse worker) for a store that wants them (`Store.encodedRows`). */
  encoded?: EncodedRows;
}

/**
 * A document as a parse worker posts it to a store that binds encoded rows: the rows and the
 * document's info, not the parsed objects (copying both between threads cost more than parsing
 * saved). `decodeRows` gives the parsed document back when a store needs it.
 */
export interface EncodedWrite extends WriteCommon {
  parsed?: undefined;
  info: DocumentInfo;
  encoded: EncodedRows;
}

export type DocumentWrite = ParsedWrite | EncodedWrite;

/** The info of the document a write stores. */
export function writeInfo(write: DocumentWrite): DocumentInfo {
  return write.parsed ? write.parsed.info : write.info;
}

/** A document's info with its warnings left in the store (`info.warnings` is empty), and their number. */
export interface DocumentSummary {
  info: DocumentInfo;
  warningCount: number;
}

/**
 * One ingest: everything between `open` and `commit` is one transaction under the store's
 * single-writer lock; `abort` (or a crash) leaves the store as it was.
 */
export interface StoreWriter {
  documents(): Promise<StoredDocument[]>;
  /**
   * Every document as the transaction sees it, without warnings and understanding report (to
   * build units and the manifest: adding one document must not read every document's details).
   */
  documentSummaries(): Promise<DocumentSummary[]>;
  put(document: DocumentWrite): Promise<void>;
  remove(docId: string): Promise<void>;
  commit(rest: { manifest: Manifest; units: UnitInfo[] }): Promise<void>;
  abort(): Promise<void>;
}

export interface Store {
  /** Its writer uses `DocumentWrite.encoded`: ingest has the parse workers encode rows. */
  readonly encodedRows?: boolean;
  reader(): IndexStore;
  /** Takes the single-writer lock; waits up to `waitMs`, then fails with INDEX_LOCKED. */
  writer(options?: { waitMs?: number }): Promise<StoreWriter>;
}
