import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Embeddings } from "@langchain/core/embeddings";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEmbeddings } from "./index/embeddings.js";
import { FILES, readIndex } from "./index/index-files.js";
import { ingest, type IngestOptions } from "./ingest.js";

const DOCS = join(import.meta.dirname, "..", "data", "docs");
const run = promisify(execFile);

let work: string;
let indexDir: string;

function options(overrides: Partial<IngestOptions> = {}): IngestOptions {
  const { embeddings, info } = createEmbeddings({});
  return { indexDir, embeddings, embeddingInfo: info, aliases: {}, ...overrides };
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "budget-qa-ingest-"));
  indexDir = join(work, "index");
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("ingest of the sample corpus", () => {
  it("writes facts, chunks, a real hnswlib index and a manifest", async () => {
    const summary = await ingest([DOCS], options());
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(4);
    expect(summary.added).toHaveLength(4);
    for (const f of Object.values(FILES)) expect(existsSync(join(indexDir, f)), f).toBe(true);
    const index = await readIndex(indexDir);
    expect(index.manifest.counts.documents).toBe(4);
    expect(index.facts.length).toBe(summary.facts);
    expect(index.vectors.size).toBe(index.chunks.length);
    const units = index.documents.map((d) => `${d.unit}/${d.year}/${d.kind}`).sort();
    expect(units).toEqual([
      "中共株洲市天元区委办公室/2024/决算",
      "株洲市人民政府办公室/2024/决算",
      "株洲市人民政府办公室/2024/预算",
      "株洲市人民政府驻北京联络处/2024/决算",
    ]);
    // facts.jsonl is a user-facing export: one JSON fact per line.
    const first = JSON.parse((await readFile(join(indexDir, FILES.facts), "utf8")).split("\n")[0]);
    expect(first).toMatchObject({
      docId: expect.any(String),
      unit: expect.any(String),
      value: expect.stringMatching(/^-?\d/),
    });
  });

  it("is a no-op for unchanged documents and replaces a changed one", async () => {
    const folder = join(work, "docs");
    await rm(folder, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(folder));
    for (const f of await readdir(DOCS)) await copyFile(join(DOCS, f), join(folder, f));
    await ingest([folder], options());
    const built = (await readIndex(indexDir)).manifest.builtAt;

    const again = await ingest([folder], options());
    expect(again.changed).toBe(false);
    expect(again.unchanged).toHaveLength(4);
    expect((await readIndex(indexDir)).manifest.builtAt).toBe(built);

    // The liaison office's 三公 actual changes from 23.3 to 25.3 in a corrected version.
    const file = join(folder, "001_c98938bd16771fdc.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("支出决算为23.3万元", "支出决算为25.3万元"));
    const changed = await ingest([folder], options());
    expect(changed.replaced).toEqual([file]);
    expect(changed.documents).toBe(4);
    const index = await readIndex(indexDir);
    const sanGong = index.facts.filter(
      (f) =>
        f.docId === "001_c98938bd16771fdc" && f.metric === "三公经费" && f.column === "决算数" && !f.table,
    );
    expect(sanGong.map((f) => f.value)).toEqual(["25.3"]);
  });

  it("adds documents to an existing index without dropping the others", async () => {
    await ingest([join(DOCS, "000_2a4a6f0d8c259386.txt")], options());
    const summary = await ingest([join(DOCS, "002_f16b9cd1552d1230.txt")], options());
    expect(summary.documents).toBe(2);
    expect((await readIndex(indexDir)).documents.map((d) => d.docId).sort()).toEqual([
      "000_2a4a6f0d8c259386",
      "002_f16b9cd1552d1230",
    ]);
  });
});

describe("bad input", () => {
  it("reports each malformed file in one line and ingests the rest", async () => {
    const bad = join(work, "bad");
    await import("node:fs/promises").then((fs) => fs.mkdir(bad));
    await writeFile(join(bad, "empty.txt"), "");
    await writeFile(join(bad, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0x08, 0]));
    await writeFile(join(bad, "recipe.txt"), "红烧肉的做法\n\n五花肉500克，冰糖30克。\n");
    await copyFile(join(DOCS, "001_c98938bd16771fdc.txt"), join(bad, "good.txt"));
    const summary = await ingest([bad, join(work, "missing.txt")], options());
    expect(summary.documents).toBe(1);
    const messages = summary.failed.map((f) => f.message);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).not.toContain("\n");
    expect(messages.find((m) => m.includes("empty.txt"))).toMatch(/empty/);
    expect(messages.find((m) => m.includes("binary.txt"))).toMatch(/binary/);
    expect(messages.find((m) => m.includes("recipe.txt"))).toMatch(/not a budget disclosure/);
    expect(messages.find((m) => m.includes("missing.txt"))).toMatch(/cannot read/);
  });

  it("leaves the previous index serving when a rebuild fails", async () => {
    await ingest([join(DOCS, "000_2a4a6f0d8c259386.txt")], options());
    const before = await readFile(join(indexDir, FILES.manifest), "utf8");
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
    expect(await readFile(join(indexDir, FILES.manifest), "utf8")).toBe(before);
    expect((await readIndex(indexDir)).documents).toHaveLength(1);
    // No half-written folders are left next to the index.
    expect((await readdir(work)).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("the CLI exits non-zero naming the bad file, after ingesting the good ones", async () => {
    const empty = join(work, "empty.txt");
    await writeFile(empty, "");
    const cli = join(import.meta.dirname, "cli.ts");
    const result = await run(
      process.execPath,
      ["--import", "tsx", cli, empty, join(DOCS, "002_f16b9cd1552d1230.txt")],
      {
        env: { ...process.env, INDEX_DIR: indexDir },
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect("code" in result ? result.code : 0).toBe(1);
    expect(result.stderr).toContain("empty.txt");
    expect(result.stdout).toMatch(/Indexed 1 document/);
  });
});
