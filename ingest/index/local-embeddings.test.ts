import { describe, expect, it } from "vitest";
import { corpusLines } from "../testing/corpus.js";
import { termsText, tokensText } from "../store/scoring.js";
import { LocalHashEmbeddings } from "./local-embeddings.js";
import { bigrams, tokens, words } from "./tokenize.js";

/**
 * Ingest cuts each chunk once and derives both its stored terms and its local embedding from that
 * cut: the same terms and the same vectors as tokenising the text for each.
 */
const lines = [...corpusLines("000"), ...corpusLines("003")].filter((line) => line.trim());

/** 32-bit FNV-1a over UTF-16 code units: offset 0x811c9dc5, prime 0x01000193. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The embedding as published: features "w:"+word and "b:"+bigram, FNV-1a, sublinear counts, L2. */
function referenceEmbedding(text: string, dimensions: number): number[] {
  const counts = new Map<string, number>();
  for (const feature of [...words(text).map((w) => `w:${w}`), ...bigrams(text).map((b) => `b:${b}`)])
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vec = new Float64Array(dimensions);
  for (const [feature, n] of counts) {
    const h = fnv(feature);
    vec[h % dimensions] +=
      (h & 0x80000000 ? -1 : 1) * (1 + Math.log(n)) * (feature.startsWith("w:") ? 1 : 0.5);
  }
  const norm = Math.sqrt(vec.reduce((sum, v) => sum + v * v, 0)) || 1;
  return Array.from(vec, (v) => v / norm);
}

describe("one cut per chunk", () => {
  it("gives the words and bigrams of the text", () => {
    for (const line of lines) expect(tokens(line)).toEqual({ words: words(line), bigrams: bigrams(line) });
  });

  it("gives the stored terms of the text, bigrams kept whole", () => {
    for (const line of lines) expect(tokensText(tokens(line))).toBe(termsText(line));
    // 000 line 3: "2024年度" is one word and the bigram 年度.
    expect(tokensText(tokens(corpusLines("000")[2]))).toBe("2024 年度 #年度");
  });

  it("gives the embedding of the text, bit for bit", () => {
    const embedder = new LocalHashEmbeddings(512);
    for (const line of lines) {
      const expected = referenceEmbedding(line, 512);
      expect(embedder.embedTokens(tokens(line))).toEqual(expected);
      expect(embedder.embedText(line)).toEqual(expected);
    }
  });

  it("hashes features with 32-bit FNV-1a, the prefix's hash continued", () => {
    expect(fnv("a")).toBe(0xe40c292c); // the published test vector
    // One word "a": one non-zero slot, that of the feature "w:a", of weight ±1.
    const vector = new LocalHashEmbeddings(1 << 16).embedTokens({ words: ["a"], bigrams: [] });
    const h = fnv("w:a");
    expect(vector.filter((v) => v !== 0)).toEqual([h & 0x80000000 ? -1 : 1]);
    expect(vector.findIndex((v) => v !== 0)).toBe(h % (1 << 16));
  });
});
