import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { Lru } from "../../lib/lru.js";
import { toHalfWidth } from "../text/parse-amount.js";

let jieba: Jieba | undefined;

/** The dictionary takes ~150 ms to load; load it once, on first use. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const STOP = new Set([
  "的",
  "了",
  "和",
  "与",
  "及",
  "是",
  "在",
  "为",
  "对",
  "等",
  "其中",
  "以及",
  "或",
  "之",
  "年",
  "多少",
  "是多少",
  "什么",
  "哪些",
]);

/** Plain jieba segmentation (exact mode). */
export function segment(text: string): string[] {
  return segmenter().cut(text, true);
}

/** Words with their part-of-speech tags (jieba, exact mode): "北京/ns", "品牌/n". */
export function tagged(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, true);
}

/** Recent segmentations: ingest asks for a chunk's words twice (lexical terms, then its vector). */
const recent = new Lru<string[]>(512);

/** Words (jieba, search mode) for lexical matching; punctuation and stop words dropped. */
export function words(text: string): string[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const norm = toHalfWidth(text).toLowerCase();
  const out = segmenter()
    .cutForSearch(norm, true)
    .map((w) => w.trim())
    .filter((w) => w && !STOP.has(w) && /[\p{L}\p{N}]/u.test(w));
  recent.set(text, out);
  return out;
}

/** Character bigrams of CJK runs: robust to segmentation differences and abbreviations. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of toHalfWidth(text).match(/[\u4e00-\u9fa5]+/g) ?? []) {
    for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Terms of the lexical index: words plus bigrams (prefixed so the two never collide). */
export function lexicalTerms(text: string): string[] {
  return [...words(text), ...bigrams(text).map((b) => `#${b}`)];
}
