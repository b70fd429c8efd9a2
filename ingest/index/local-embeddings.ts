import { Embeddings } from "@langchain/core/embeddings";
import { bigrams, words, type Tokens } from "./tokenize.js";

/**
 * A local, deterministic text embedding: signed feature hashing of jieba words and character
 * bigrams with sublinear term frequency, L2-normalised. No network, no key, no model file. It
 * stands behind LangChain's Embeddings interface so OpenAIEmbeddings can replace it by config.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(dimensions = 512) {
    super({});
    this.dimensions = dimensions;
  }

  embedText(text: string): number[] {
    return this.embedTokens({ words: words(text), bigrams: bigrams(text) });
  }

  /**
   * The embedding of a text already cut into words and bigrams. The features are "w:" + word, then
   * "b:" + bigram, each in first-seen order, weighted by its sublinear count (bigrams by half).
   */
  embedTokens(cut: Tokens): number[] {
    const vec = new Float64Array(this.dimensions);
    const add = (hash: number, weight: number) => {
      vec[hash % this.dimensions] += (hash & 0x80000000 ? -1 : 1) * weight;
    };
    for (const [word, n] of countOf(cut.words)) add(fnv1a(word, WORD_SEED), 1 + Math.log(n));
    for (const [bigram, n] of countOf(cut.bigrams)) add(fnv1a(bigram, BIGRAM_SEED), (1 + Math.log(n)) * 0.5);
    let norm = 0;
    for (const v of vec) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vec, (v) => v / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedText(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}

function countOf(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a over UTF-16 code units, continuing from `seed` (the hash of a prefix). */
function fnv1a(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of the feature prefixes: a word's feature is "w:" + word, a bigram's "b:" + bigram. */
const WORD_SEED = fnv1a("w:");
const BIGRAM_SEED = fnv1a("b:");
