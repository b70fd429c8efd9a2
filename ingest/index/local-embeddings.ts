import { Embeddings } from "@langchain/core/embeddings";
import { bigrams, words } from "./tokenize.js";

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
    const vec = new Float64Array(this.dimensions);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      const slot = h % this.dimensions;
      vec[slot] += (h & 0x80000000 ? -1 : 1) * weight;
    };
    const counts = new Map<string, number>();
    for (const w of words(text)) counts.set(`w:${w}`, (counts.get(`w:${w}`) ?? 0) + 1);
    for (const g of bigrams(text)) counts.set(`b:${g}`, (counts.get(`b:${g}`) ?? 0) + 1);
    for (const [f, n] of counts) add(f, (1 + Math.log(n)) * (f.startsWith("w:") ? 1 : 0.5));
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

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
