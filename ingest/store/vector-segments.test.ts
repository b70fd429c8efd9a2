import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tokens } from "../index/tokenize.js";
import { LocalHashEmbeddings } from "../index/local-embeddings.js";
import { SegmentSet, writeSegment } from "./vector-segments.js";

/**
 * Whole-store vector search loads every hnswlib segment into memory (about their size on disk),
 * which grows with the store. Past the memory budget (VECTOR_MEMORY_MB) the segments are never
 * loaded: the search finds no vectors and warns once.
 */
const TEXTS = [
  "一般公共预算财政拨款支出",
  "三公经费支出情况说明",
  "政府采购支出",
  "机关运行经费",
  "国有资产占用情况",
];
const embedder = new LocalHashEmbeddings(64);
const vectors = TEXTS.map((text) => embedder.embedTokens(tokens(text)));

let dir: string;
let file: string;
let bytes: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "budget-qa-vector-segments-"));
  file = join(dir, "seg-a.hnsw");
  await writeSegment(
    file,
    vectors.map((vector, i) => ({ label: i + 1, vector })),
    64,
  );
  bytes = (await stat(file)).size;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("SegmentSet memory budget", () => {
  it("searches segments that fit the budget", () => {
    const set = new SegmentSet([file], 64, { bytes, memoryBytes: bytes });
    expect(set.searchable).toBe(true);
    expect(set.search(vectors[1], 1)[0]?.label).toBe(2);
  });

  it("searches without a budget", () => {
    expect(new SegmentSet([file], 64).search(vectors[3], 1)[0]?.label).toBe(4);
  });

  it("loads nothing over the budget, finds no vectors and warns once", () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      // A file that does not exist proves nothing is read.
      const set = new SegmentSet([join(dir, "absent.hnsw")], 64, { bytes, memoryBytes: bytes - 1 });
      expect(set.searchable).toBe(false);
      expect(set.search(vectors[1], 3)).toEqual([]);
      expect(set.search(vectors[2], 3)).toEqual([]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/VECTOR_MEMORY_MB.*lexical index only/);
    } finally {
      warn.mockRestore();
    }
  });
});
