import { execFile } from "node:child_process";
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Embeddings } from "@langchain/core/embeddings";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmbeddings } from "./index/embeddings.js";
import { collectInputs, ingest, type IngestOptions } from "./ingest.js";
import { SqliteStore } from "./store/sqlite-store.js";
import type { IndexStore } from "./store/store.js";

const DOCS = join(import.meta.dirname, "..", "data", "docs");
const BEIJING_DOC = "001_c98938bd16771fdc";
const SHANGHAI = join(import.meta.dirname, "fixtures", "shanghai");
const run = promisify(execFile);

let work: string;
let indexDir: string;
let readers: IndexStore[];

function options(overrides: Partial<IngestOptions> = {}): IngestOptions {
  const { embeddings, info } = createEmbeddings({});
  return { store: new SqliteStore(indexDir), embeddings, embeddingInfo: info, aliases: {}, ...overrides };
}

/** The store as the server opens it (closed after the test). */
function reader(): IndexStore {
  const opened = new SqliteStore(indexDir).reader();
  readers.push(opened);
  return opened;
}

/** Segment files on disk and the ones the committed store registers. */
async function segments(): Promise<{ files: string[]; registered: string[] }> {
  const db = new Database(join(indexDir, "index.db"), { readonly: true });
  try {
    const registered = db.prepare("SELECT name FROM segments ORDER BY name").pluck().all() as string[];
    return { files: (await readdir(join(indexDir, "vectors"))).sort(), registered };
  } finally {
    db.close();
  }
}

/** The liaison office's 三公经费 actual as its document's narrative states it ("…支出决算为23.3万元"). */
async function statedSanGong(file = join(DOCS, `${BEIJING_DOC}.txt`)): Promise<string> {
  const text = await readFile(file, "utf8");
  const stated = /“三公”经费财政拨款支出预算为[\d.]+万元，支出决算为([\d.]+)万元/.exec(text)?.[1];
  if (!stated) throw new Error(`no 三公经费 sentence in ${file}`);
  return stated;
}

/** The narrative (not table) 三公经费 决算数 facts of the liaison office's document. */
async function narrativeSanGong(store: IndexStore): Promise<string[]> {
  const facts = await store.facts({ docIds: [BEIJING_DOC], metrics: ["三公经费"] });
  return facts
    .filter((f) => f.metric === "三公经费" && f.column === "决算数" && !f.table)
    .map((f) => f.value);
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "budget-qa-ingest-"));
  indexDir = join(work, "index");
  readers = [];
});
afterEach(async () => {
  for (const r of readers) await r.close();
  await rm(work, { recursive: true, force: true });
});

describe("ingest of the sample corpus", () => {
  it("stores documents, facts, tables, chunks, hnswlib segments and a manifest", async () => {
    const summary = await ingest([DOCS], options());
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(4);
    expect(summary.added).toHaveLength(4);
    const store = reader();
    expect(await store.check()).toEqual({ ok: true, problems: [] });
    expect(await store.generation()).toEqual(expect.any(String));
    const head = await store.head();
    expect(head.manifest.counts).toMatchObject({
      documents: 4,
      facts: summary.facts,
      tables: summary.tables,
      chunks: summary.chunks,
    });
    expect(await store.countFacts({})).toBe(summary.facts);
    const units = head.documents.map((d) => `${d.unit}/${d.year}/${d.kind}`).sort();
    expect(units).toEqual([
      "中共株洲市天元区委办公室/2024/决算",
      "株洲市人民政府办公室/2024/决算",
      "株洲市人民政府办公室/2024/预算",
      "株洲市人民政府驻北京联络处/2024/决算",
    ]);
    // Every chunk has its vector in a registered segment; no stray files.
    const { files, registered } = await segments();
    expect(registered.length).toBeGreaterThan(0);
    expect(files).toEqual(registered);
    // Facts keep the documented JSON shape.
    const [first] = await store.facts({ limit: 1 });
    expect(first).toMatchObject({
      docId: expect.any(String),
      unit: expect.any(String),
      value: expect.stringMatching(/^-?\d/),
      source: { lines: [expect.any(Number), expect.any(Number)] },
    });
    expect(await narrativeSanGong(store)).toEqual([await statedSanGong()]);
  });

  it("is a no-op for unchanged documents and replaces a changed one", async () => {
    const folder = join(work, "docs");
    await mkdir(folder);
    for (const f of await readdir(DOCS)) await copyFile(join(DOCS, f), join(folder, f));
    await ingest([folder], options());
    const store = reader();
    const generation = await store.generation();
    const built = (await store.head()).manifest.builtAt;

    const again = await ingest([folder], options());
    expect(again.changed).toBe(false);
    expect(again.unchanged).toHaveLength(4);
    expect(await store.generation()).toBe(generation);
    expect((await store.head()).manifest.builtAt).toBe(built);

    // The liaison office's 三公 actual changes (23.3 → 25.3 万元) in a corrected version.
    const file = join(folder, `${BEIJING_DOC}.txt`);
    const stated = await statedSanGong(file);
    const corrected = (Number(stated) + 2).toFixed(1);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(`支出决算为${stated}万元`, `支出决算为${corrected}万元`),
    );
    const changed = await ingest([folder], options());
    expect(changed.replaced).toEqual([file]);
    expect(changed.added).toEqual([]);
    expect(changed.documents).toBe(4);
    expect(await store.generation()).not.toBe(generation);
    expect(await narrativeSanGong(store)).toEqual([corrected]);
    // The old version's rows are gone, not kept beside the new ones.
    expect(await store.countFacts({})).toBe(changed.facts);
    expect(await store.check()).toEqual({ ok: true, problems: [] });
  });

  it("adds documents to an existing store without dropping the others", async () => {
    await ingest([join(DOCS, "000_2a4a6f0d8c259386.txt")], options());
    const summary = await ingest([join(DOCS, "002_f16b9cd1552d1230.txt")], options());
    expect(summary.documents).toBe(2);
    const store = reader();
    expect((await store.head()).documents.map((d) => d.docId).sort()).toEqual([
      "000_2a4a6f0d8c259386",
      "002_f16b9cd1552d1230",
    ]);
    expect(await store.countFacts({})).toBe(summary.facts);
    expect(await store.countFacts({ docIds: ["000_2a4a6f0d8c259386"] })).toBeGreaterThan(0);
    expect(await store.check()).toEqual({ ok: true, problems: [] });
  });
});

describe("bad input", () => {
  it("reports each malformed file in one line, skips what is not a disclosure, and ingests the rest", async () => {
    const bad = join(work, "bad");
    await mkdir(bad);
    await writeFile(join(bad, "empty.txt"), "");
    await writeFile(join(bad, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0]));
    await writeFile(join(bad, "recipe.txt"), "红烧肉的做法\n\n五花肉500克，冰糖30克。\n");
    await writeFile(join(bad, "README.md"), "# 样本文件\n\n这里放各单位公开的文本。\n");
    await writeFile(join(bad, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(bad, "meta.json"), "{}");
    await copyFile(join(DOCS, `${BEIJING_DOC}.txt`), join(bad, "good.txt"));
    const summary = await ingest([bad, join(work, "missing.txt")], options());
    expect(summary.documents).toBe(1);
    expect(summary.added).toEqual([join(bad, "good.txt")]);
    const messages = summary.failed.map((f) => f.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).not.toContain("\n");
    expect(messages.find((m) => m.includes("empty.txt"))).toMatch(/empty/);
    expect(messages.find((m) => m.includes("binary.txt"))).toMatch(/binary/);
    expect(messages.find((m) => m.includes("missing.txt"))).toMatch(/cannot read/);
    // In a folder, what is not a disclosure is noticed and skipped, not a failure of the run.
    const skipped = summary.skipped.map((f) => f.message);
    expect(skipped).toHaveLength(4);
    expect(skipped.find((m) => m.includes("recipe.txt"))).toMatch(/not a budget disclosure/);
    expect(skipped.find((m) => m.includes("README.md"))).toMatch(/not a budget disclosure/);
    expect(skipped.find((m) => m.includes("photo.png"))).toMatch(/not a supported document/);
    expect(skipped.find((m) => m.includes("meta.json"))).toMatch(/not a supported document/);
    const head = await reader().head();
    expect(head.documents.map((d) => d.docId)).toEqual(["good"]);
  });

  it("a non-disclosure named on the command line fails; a blank template is skipped", async () => {
    const recipe = join(work, "recipe.txt");
    await writeFile(recipe, "红烧肉的做法\n\n五花肉500克，冰糖30克。\n");
    const summary = await ingest([recipe, join(SHANGHAI, "juesuan-template-excerpt.txt")], options());
    expect(summary.failed.map((f) => f.file)).toEqual([recipe]);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0].message).toMatch(/blank disclosure template/);
    expect(summary.documents).toBe(0);
  });

  it("--unit/--year/--kind override what the text says, and a changed override parses again", async () => {
    const file = join(DOCS, `${BEIJING_DOC}.txt`);
    await ingest([file], options({ overrides: { unit: "株洲市人民政府驻北京联络处（本级）" } }));
    let [doc] = (await reader().head()).documents;
    expect(doc.unit).toBe("株洲市人民政府驻北京联络处（本级）");
    expect(doc.year).toBe(2024);
    const again = await ingest([file], options({ overrides: { year: 2023 } }));
    expect(again.replaced).toEqual([file]);
    [doc] = (await reader().head()).documents;
    expect(doc.unit).toBe("株洲市人民政府驻北京联络处");
    expect(doc.year).toBe(2023);
  });

  it("walks a folder with symlink loops once: each real folder and file counted once (issue #12 item 7)", async () => {
    const docs = join(work, "docs");
    await mkdir(join(docs, "sub"), { recursive: true });
    await copyFile(join(DOCS, `${BEIJING_DOC}.txt`), join(docs, "sub", "good.txt"));
    await symlink("..", join(docs, "sub", "up")); // docs/sub/up → docs: a loop
    await symlink(".", join(docs, "self")); // docs/self → docs
    await symlink(join(docs, "sub"), join(docs, "again")); // a second way into sub
    const started = performance.now();
    const { files, refused } = await collectInputs([docs]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refused).toEqual([]);
    expect(files).toEqual([join(docs, "again", "good.txt")]);
    const summary = await ingest([docs], options());
    expect(summary.documents).toBe(1);
    expect(summary.duplicates).toEqual([]);
    expect(summary.failed).toEqual([]);
  });

  it("refuses a file over MAX_FILE_MB with a message naming it and the limit, and ingests the rest", async () => {
    const docs = join(work, "docs");
    await mkdir(docs);
    await copyFile(join(DOCS, `${BEIJING_DOC}.txt`), join(docs, "good.txt"));
    // 51 MB on disk as far as stat is concerned (a sparse file): over the default of 50 MB.
    await writeFile(join(docs, "huge.txt"), "");
    await truncate(join(docs, "huge.txt"), 51 * 2 ** 20);
    const summary = await ingest([docs], options());
    expect(summary.added).toEqual([join(docs, "good.txt")]);
    expect(summary.failed).toEqual([
      {
        file: join(docs, "huge.txt"),
        message: `${join(docs, "huge.txt")}: 51.0 MB is over the limit of 50 MB per file (MAX_FILE_MB)`,
      },
    ]);
    // A lower limit from config refuses the sample document itself (59,899 bytes).
    const small = await ingest([join(DOCS, "000_2a4a6f0d8c259386.txt")], options({ maxFileMb: 0.05 }));
    expect(small.failed[0].message).toMatch(
      /000_2a4a6f0d8c259386\.txt: 0\.1 MB is over the limit of 0\.05 MB/,
    );
  });

  it("a document that prints its tables twice is indexed whole (the copy gets its own ids), beside the others", async () => {
    const docs = join(work, "docs");
    await mkdir(docs);
    const text = await readFile(join(DOCS, `${BEIJING_DOC}.txt`), "utf8");
    // The document's tables (第二部分 up to 第三部分) printed a second time at its end.
    const tables = text.slice(text.indexOf("第二部分"), text.indexOf("第三部分"));
    await writeFile(join(docs, "twice.txt"), `${text}\n${tables}`);
    await copyFile(join(DOCS, "002_f16b9cd1552d1230.txt"), join(docs, "other.txt"));
    const summary = await ingest([docs], options());
    expect(summary.failed).toEqual([]);
    expect(summary.added.sort()).toEqual([join(docs, "other.txt"), join(docs, "twice.txt")]);
  });

  it("leaves the previous store intact when an ingest fails past parsing", async () => {
    await ingest([join(DOCS, "000_2a4a6f0d8c259386.txt")], options());
    const store = reader();
    const generation = await store.generation();
    const facts = await store.countFacts({});
    const before = await segments();
    class BrokenEmbeddings extends Embeddings {
      async embedDocuments(): Promise<number[][]> {
        throw new Error("embedding service unavailable");
      }
      async embedQuery(): Promise<number[]> {
        throw new Error("embedding service unavailable");
      }
    }
    await expect(ingest([DOCS], options({ embeddings: new BrokenEmbeddings({}) }))).rejects.toThrow(
      /unavailable/,
    );
    expect(await store.generation()).toBe(generation);
    expect((await store.head()).documents).toHaveLength(1);
    expect(await store.countFacts({})).toBe(facts);
    expect(await store.check()).toEqual({ ok: true, problems: [] });
    // No half-written segment files are left beside the store.
    expect(await segments()).toEqual(before);
    // And the writer lock was released: the next ingest goes through.
    expect((await ingest([DOCS], options())).documents).toBe(4);
  });

  it("the CLI exits non-zero naming the bad file, after ingesting the good ones", async () => {
    const empty = join(work, "empty.txt");
    await writeFile(empty, "");
    const cli = join(import.meta.dirname, "cli.ts");
    const result = await run(
      process.execPath,
      ["--import", "tsx", cli, empty, join(DOCS, "002_f16b9cd1552d1230.txt")],
      { env: { ...process.env, INDEX_DIR: indexDir, DATABASE_URL: "" } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect("code" in result ? result.code : 0).toBe(1);
    expect(result.stderr).toContain("empty.txt");
    expect(result.stdout).toMatch(/Indexed 1 document/);
    expect((await reader().head()).documents.map((d) => d.docId)).toEqual(["002_f16b9cd1552d1230"]);

    // Run again: nothing changed, exit 0.
    const again = await run(
      process.execPath,
      ["--import", "tsx", cli, join(DOCS, "002_f16b9cd1552d1230.txt")],
      {
        env: { ...process.env, INDEX_DIR: indexDir, DATABASE_URL: "" },
      },
    );
    expect(again.stdout).toMatch(/No changes: 1 document\(s\) already indexed/);
  });
});
