import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { Lru } from "../../lib/lru.js";
import { toHalfWidth } from "../text/parse-amount.js";
import { memoByText } from "../text/memo-by-text.js";

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
  const out = halfWidthWords(toHalfWidth(text));
  recent.set(text, out);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A word jieba cut that the lexical index keeps: letters or digits, no stop word. */
export function isIndexWord(word: string): boolean {
  return !!word && !STOP.has(word) && WORD_CHAR.test(word);
}

/** Words of one whitespace-free piece of lower-cased half-width text. */
function pieceWords(piece: string): string[] {
  const out: string[] = [];
  for (const cut of segmenter().cutForSearch(piece, true)) {
    const word = cut.trim();
    if (isIndexWord(word)) out.push(word);
  }
  return out;
}

/**
 * Jieba never joins characters across whitespace, so a text is cut piece by piece, and pieces
 * repeat (labels, headings, table cells): a remembered piece is not cut again. Same words as one
 * cut of the whole text; a document's chunks take about half the time.
 */
const rememberedPieceWords = memoByText(pieceWords, 16384);

const WHITESPACE = /\s+/;

function halfWidthWords(half: string): string[] {
  const out: string[] = [];
  for (const piece of half.toLowerCase().split(WHITESPACE))
    if (piece) for (const word of rememberedPieceWords(piece)) out.push(word);
  return out;
}

/** Character bigrams of CJK runs: robust to segmentation differences and abbreviations. */
export function bigrams(text: string): string[] {
  return halfWidthBigrams(toHalfWidth(text));
}

const CJK_RUN = /[\u4e00-\u9fa5]+/g;

function halfWidthBigrams(half: string): string[] {
  const out: string[] = [];
  for (const run of half.match(CJK_RUN) ?? []) {
    for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** A text's words and bigrams, as `words` and `bigrams` give them. */
export interface Tokens {
  words: string[];
  bigrams: string[];
}

/**
 * Words and bigrams of a text from one half-width conversion and one jieba cut (uncached): ingest
 * cuts each chunk once and derives both its stored terms and its local embedding from the cut.
 */
export function tokens(text: string): Tokens {
  const half = toHalfWidth(text);
  return { words: halfWidthWords(half), bigrams: halfWidthBigrams(half) };
}

/** Terms of the lexical index: words plus bigrams (prefixed so the two never collide). */
export function lexicalTerms(text: string): string[] {
  return [...words(text), ...bigrams(text).map((b) => `#${b}`)];
}
