import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import {
  Chunk,
  DocumentInfo,
  Fact,
  Manifest,
  ParsedDocument,
  ParsedTable,
  Section,
  UnitInfo,
} from "../schema.js";
import { Bm25Data } from "./bm25.js";
import { VectorStore } from "./vector-store.js";

export const FILES = {
  manifest: "manifest.json",
  documents: "documents.json",
  units: "units.json",
  facts: "facts.jsonl",
  tables: "tables.jsonl",
  sections: "sections.jsonl",
  chunks: "chunks.jsonl",
  bm25: "bm25.json",
  vectors: "vectors.hnsw",
} as const;

export interface IndexContents {
  manifest: Manifest;
  documents: DocumentInfo[];
  units: UnitInfo[];
  facts: Fact[];
  tables: ParsedTable[];
  sections: Section[];
  chunks: Chunk[];
  bm25: Bm25Data;
  vectors: VectorStore;
}

/** One JSON line per row, streamed: a large corpus's facts exceed V8's maximum string length. */
async function writeJsonl(file: string, rows: unknown[]): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  for (const row of rows) {
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, "drain");
  }
  out.end();
  await done;
}

/**
 * Write the whole index into a fresh sibling folder, then swap it in with renames, so a failed
 * or interrupted ingest never leaves a half-written index where the server reads.
 */
export async function writeIndexAtomically(dir: string, contents: IndexContents): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${stamp}`);
  const old = join(dirname(dir), `.${basename(dir)}.old-${stamp}`);
  await mkdir(tmp, { recursive: true });
  try {
    await Promise.all([
      writeFile(join(tmp, FILES.documents), JSON.stringify(contents.documents, null, 1)),
      writeFile(join(tmp, FILES.units), JSON.stringify(contents.units, null, 1)),
      writeJsonl(join(tmp, FILES.facts), contents.facts),
      writeJsonl(join(tmp, FILES.tables), contents.tables),
      writeJsonl(join(tmp, FILES.sections), contents.sections),
      writeJsonl(join(tmp, FILES.chunks), contents.chunks),
      writeFile(join(tmp, FILES.bm25), JSON.stringify(contents.bm25)),
    ]);
    contents.vectors.write(join(tmp, FILES.vectors));
    // The manifest goes last: its presence marks a complete index.
    await writeFile(join(tmp, FILES.manifest), JSON.stringify(contents.manifest, null, 1));
    if (existsSync(dir)) await rename(dir, old);
    await rename(tmp, dir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(old)) await rename(old, dir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** A previous swap interrupted between its two renames leaves only the ".old" folder: use it. */
async function resolveDir(dir: string): Promise<string | undefined> {
  if (existsSync(join(dir, FILES.manifest))) return dir;
  const parent = dirname(dir);
  if (!existsSync(parent)) return undefined;
  const olds = (await readdir(parent)).filter((n) => n.startsWith(`.${basename(dir)}.old-`)).sort();
  const last = olds.pop();
  return last && existsSync(join(parent, last, FILES.manifest)) ? join(parent, last) : undefined;
}

export async function indexExists(dir: string): Promise<boolean> {
  return (await resolveDir(dir)) !== undefined;
}

async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    if (line.trim()) out.push(schema.parse(JSON.parse(line)));
  }
  return out;
}

/** Read and validate an index; throws AppError INDEX_MISSING / INDEX_CORRUPT. */
export async function readIndex(dir: string): Promise<IndexContents> {
  const real = await resolveDir(dir);
  if (!real) throw new AppError("INDEX_MISSING", `No index in ${dir}: run \`npm run ingest\` first`);
  try {
    const manifest = Manifest.parse(JSON.parse(await readFile(join(real, FILES.manifest), "utf8")));
    const [documents, units, facts, tables, sections, chunks, bm25] = await Promise.all([
      readFile(join(real, FILES.documents), "utf8").then((t) => z.array(DocumentInfo).parse(JSON.parse(t))),
      readFile(join(real, FILES.units), "utf8").then((t) => z.array(UnitInfo).parse(JSON.parse(t))),
      readJsonl(join(real, FILES.facts), Fact),
      readJsonl(join(real, FILES.tables), ParsedTable),
      readJsonl(join(real, FILES.sections), Section),
      readJsonl(join(real, FILES.chunks), Chunk),
      readFile(join(real, FILES.bm25), "utf8").then((t) => Bm25Data.parse(JSON.parse(t))),
    ]);
    const vectors = VectorStore.read(join(real, FILES.vectors), manifest.embedding.dimensions);
    if (vectors.size !== chunks.length)
      throw new Error(`vector count ${vectors.size} ≠ chunk count ${chunks.length}`);
    return { manifest, documents, units, facts, tables, sections, chunks, bm25, vectors };
  } catch (error) {
    throw new AppError(
      "INDEX_CORRUPT",
      `Index in ${real} is unreadable: ${(error as Error).message}`,
      undefined,
      { cause: error },
    );
  }
}

/** Regroup an index's rows by document, for incremental re-ingest. */
export function documentsOf(index: IndexContents): Map<string, ParsedDocument> {
  const out = new Map<string, ParsedDocument>();
  for (const info of index.documents) {
    out.set(info.docId, {
      info,
      sections: [],
      tables: [],
      facts: [],
      chunks: [],
    });
  }
  const push = <K extends "sections" | "tables" | "facts" | "chunks">(
    key: K,
    rows: ParsedDocument[K],
    docOf: (r: ParsedDocument[K][number]) => string,
  ) => {
    for (const r of rows) (out.get(docOf(r))?.[key] as unknown[] | undefined)?.push(r);
  };
  push("sections", index.sections, (s) => s.id.split(":s")[0]);
  push("tables", index.tables, (t) => t.docId);
  push("facts", index.facts, (f) => f.docId);
  push("chunks", index.chunks, (c) => c.docId);
  return out;
}

export { ParsedDocument };
