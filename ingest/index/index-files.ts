import { createReadStream, createWriteStream, existsSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import { Chunk, DocumentInfo, Fact, Manifest, ParsedTable, Section, UnitInfo } from "../schema.js";
import { bm25FromLines, bm25Lines, Bm25Data } from "./bm25.js";
import { VectorStore } from "./vector-store.js";

export const FILES = {
  manifest: "manifest.json",
  documents: "documents.json",
  units: "units.json",
  facts: "facts.jsonl",
  tables: "tables.jsonl",
  sections: "sections.jsonl",
  chunks: "chunks.jsonl",
  bm25: "bm25.jsonl",
  vectors: "vectors.hnsw",
} as const;

/** The per-document row files, written one row per line. */
export type RowFile = "facts" | "tables" | "sections" | "chunks";
const ROW_FILES: RowFile[] = ["facts", "tables", "sections", "chunks"];

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

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, "drain");
}

async function close(out: WriteStream): Promise<void> {
  const done = once(out, "finish");
  out.end();
  await done;
}

/**
 * Writes a whole index into a fresh sibling folder, rows streamed as documents are parsed (a
 * large corpus never sits in memory, nor in one string), then swaps it in with renames: a
 * failed or interrupted ingest never leaves a half-written index where the server reads.
 */
export class IndexWriter {
  private readonly streams: Record<RowFile, WriteStream>;
  private failure: Error | undefined;

  private constructor(
    private readonly dir: string,
    readonly tmp: string,
  ) {
    this.streams = Object.fromEntries(
      ROW_FILES.map((f) => [f, createWriteStream(join(tmp, FILES[f]), { encoding: "utf8" })]),
    ) as Record<RowFile, WriteStream>;
    // A write error (disk full) surfaces on the next write; after abort, late errors are moot.
    for (const s of Object.values(this.streams)) s.on("error", (error) => (this.failure ??= error));
  }

  static async open(dir: string): Promise<IndexWriter> {
    const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}-${Date.now()}`);
    await mkdir(tmp, { recursive: true });
    return new IndexWriter(dir, tmp);
  }

  async rows(file: RowFile, rows: unknown[]): Promise<void> {
    await this.lines(
      file,
      rows.map((row) => JSON.stringify(row)),
    );
  }

  /** Copy lines verbatim (rows kept from a previous index). */
  async lines(file: RowFile, lines: string[]): Promise<void> {
    for (const line of lines) {
      if (this.failure) throw this.failure;
      await writeLine(this.streams[file], line);
    }
  }

  async commit(rest: {
    manifest: Manifest;
    documents: DocumentInfo[];
    units: UnitInfo[];
    bm25: Bm25Data;
    vectors: VectorStore;
  }): Promise<void> {
    const old = join(dirname(this.dir), `.${basename(this.dir)}.old-${process.pid}-${Date.now()}`);
    try {
      await Promise.all(ROW_FILES.map((f) => close(this.streams[f])));
      await writeFile(join(this.tmp, FILES.documents), JSON.stringify(rest.documents, null, 1));
      await writeFile(join(this.tmp, FILES.units), JSON.stringify(rest.units, null, 1));
      const bm25 = createWriteStream(join(this.tmp, FILES.bm25), { encoding: "utf8" });
      for (const line of bm25Lines(rest.bm25)) await writeLine(bm25, line);
      await close(bm25);
      rest.vectors.write(join(this.tmp, FILES.vectors));
      // The manifest goes last: its presence marks a complete index.
      await writeFile(join(this.tmp, FILES.manifest), JSON.stringify(rest.manifest, null, 1));
      if (existsSync(this.dir)) await rename(this.dir, old);
      await rename(this.tmp, this.dir);
    } catch (error) {
      await this.abort();
      if (!existsSync(this.dir) && existsSync(old)) await rename(old, this.dir);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    this.failure ??= new Error("index write aborted");
    for (const s of Object.values(this.streams)) s.destroy();
    await rm(this.tmp, { recursive: true, force: true });
  }
}

/** A whole index's contents written at once (tests, small tools). */
export async function writeIndexAtomically(dir: string, contents: IndexContents): Promise<void> {
  const writer = await IndexWriter.open(dir);
  for (const f of ROW_FILES) await writer.rows(f, contents[f]);
  await writer.commit(contents);
}

/** A previous swap interrupted between its two renames leaves only the ".old" folder: use it. */
export async function resolveIndexDir(dir: string): Promise<string | undefined> {
  if (existsSync(join(dir, FILES.manifest))) return dir;
  const parent = dirname(dir);
  if (!existsSync(parent)) return undefined;
  const olds = (await readdir(parent)).filter((n) => n.startsWith(`.${basename(dir)}.old-`)).sort();
  const last = olds.pop();
  return last && existsSync(join(parent, last, FILES.manifest)) ? join(parent, last) : undefined;
}

export async function indexExists(dir: string): Promise<boolean> {
  return (await resolveIndexDir(dir)) !== undefined;
}

/** The lines of a row file, one at a time. */
export async function* lineStream(file: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    if (line.trim()) yield line;
  }
}

async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of lineStream(file)) out.push(schema.parse(JSON.parse(line)));
  return out;
}

/** The manifest and document list only: what an incremental ingest needs to decide what changed. */
export async function readIndexHead(
  dir: string,
): Promise<{ dir: string; manifest: Manifest; documents: DocumentInfo[] } | undefined> {
  const real = await resolveIndexDir(dir);
  if (!real) return undefined;
  try {
    const manifest = Manifest.parse(JSON.parse(await readFile(join(real, FILES.manifest), "utf8")));
    const documents = z
      .array(DocumentInfo)
      .parse(JSON.parse(await readFile(join(real, FILES.documents), "utf8")));
    return { dir: real, manifest, documents };
  } catch (error) {
    throw new AppError(
      "INDEX_CORRUPT",
      `Index in ${real} is unreadable: ${(error as Error).message}`,
      undefined,
      { cause: error },
    );
  }
}

/** Read and validate an index; throws AppError INDEX_MISSING / INDEX_CORRUPT. */
export async function readIndex(dir: string): Promise<IndexContents> {
  const real = await resolveIndexDir(dir);
  if (!real) throw new AppError("INDEX_MISSING", `No index in ${dir}: run \`npm run ingest\` first`);
  try {
    const manifest = Manifest.parse(JSON.parse(await readFile(join(real, FILES.manifest), "utf8")));
    const bm25Text: string[] = [];
    const [documents, units, facts, tables, sections, chunks] = await Promise.all([
      readFile(join(real, FILES.documents), "utf8").then((t) => z.array(DocumentInfo).parse(JSON.parse(t))),
      readFile(join(real, FILES.units), "utf8").then((t) => z.array(UnitInfo).parse(JSON.parse(t))),
      readJsonl(join(real, FILES.facts), Fact),
      readJsonl(join(real, FILES.tables), ParsedTable),
      readJsonl(join(real, FILES.sections), Section),
      readJsonl(join(real, FILES.chunks), Chunk),
      (async () => {
        for await (const line of lineStream(join(real, FILES.bm25))) bm25Text.push(line);
      })(),
    ]);
    const vectors = VectorStore.read(join(real, FILES.vectors), manifest.embedding.dimensions);
    if (vectors.size !== chunks.length)
      throw new Error(`vector count ${vectors.size} ≠ chunk count ${chunks.length}`);
    return {
      manifest,
      documents,
      units,
      facts,
      tables,
      sections,
      chunks,
      bm25: bm25FromLines(bm25Text),
      vectors,
    };
  } catch (error) {
    throw new AppError(
      "INDEX_CORRUPT",
      `Index in ${real} is unreadable: ${(error as Error).message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
}
