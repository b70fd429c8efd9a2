import { lexicalTerms, type Tokens } from "../index/tokenize.js";

/**
 * Scoring shared by the stores: the lexical terms a chunk is indexed under (tokenised once, at
 * ingest), exact BM25 over a filtered candidate set, exact cosine over stored vectors, and the
 * vector byte format.
 */

export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** A filtered set at most this large is scored exactly in process; larger ones use the store's index. */
export const EXACT_CANDIDATES = 4096;

/**
 * A term as the full-text indexes keep it: letters, digits and "#.%-" (the FTS5 tokenizer's
 * token characters), so a stored term is one token and a query term matches it exactly.
 */
function indexTerm(term: string): string {
  return term.replace(/[^\p{L}\p{N}#.%-]/gu, "");
}

/** Terms as stored: space-separated, bigrams prefixed with "#" (never equal to a word). */
export function termsText(text: string): string {
  return lexicalTerms(text).map(indexTerm).filter(Boolean).join(" ");
}

/**
 * `termsText` of a text already cut (ingest's one cut per chunk). A bigram is two CJK letters,
 * which `indexTerm` keeps as they are.
 */
export function tokensText(cut: Tokens): string {
  const terms: string[] = [];
  for (const word of cut.words) {
    const term = indexTerm(word);
    if (term) terms.push(term);
  }
  for (const bigram of cut.bigrams) terms.push(`#${bigram}`);
  return terms.join(" ");
}

/** Distinct query terms, safe to quote in an FTS5 or tsquery expression. */
export function queryTerms(query: string): string[] {
  return [...new Set(lexicalTerms(query).map(indexTerm))].filter(Boolean);
}

export interface TermCandidate {
  rowid: number;
  terms: string;
}

export interface CorpusStats {
  /** Chunks in the whole store. */
  count: number;
  averageLength: number;
  /** Chunks containing each query term, over the whole store. */
  documentFrequency: Map<string, number>;
}

/**
 * A term in more than this share of all chunks (and in more than EXACT_CANDIDATES) does not pick
 * whole-store candidates (see candidateTerms).
 */
export const COMMON_TERM_SHARE = 0.1;
/** Whole-store candidates come from at least this many of the rarest terms. */
const MIN_CANDIDATE_TERMS = 2;

/**
 * The query terms that pick candidates over the whole store: a term most chunks hold (a year, 单位,
 * 经费) adds little to BM25 (a low idf) but makes the index walk a large share of all chunks.
 * Candidates come from the rarer terms the store holds, or from the rarest few when fewer are
 * rare; every query term still counts in the score.
 */
export function candidateTerms(terms: string[], stats: CorpusStats): string[] {
  const frequency = (term: string) => stats.documentFrequency.get(term) ?? 0;
  const held = terms.filter((term) => frequency(term) > 0).sort((a, b) => frequency(a) - frequency(b));
  // A term held by fewer chunks than are scored exactly anyway is cheap to walk: never pruned.
  const common = Math.max(stats.count * COMMON_TERM_SHARE, EXACT_CANDIDATES);
  const rare = held.filter((term) => frequency(term) <= common);
  return rare.length >= MIN_CANDIDATE_TERMS ? rare : held.slice(0, MIN_CANDIDATE_TERMS);
}

/** Terms are separated by single spaces; an empty text has none. */
export function termCount(terms: string): number {
  if (!terms) return 0;
  let count = 1;
  for (let at = terms.indexOf(" "); at >= 0; at = terms.indexOf(" ", at + 1)) count++;
  return count;
}

/**
 * Okapi BM25 of each candidate for the query terms, with corpus-wide statistics. One regular
 * expression of the query's terms walks each candidate's stored terms once (native code), rather
 * than every stored term being split out and hashed: a chunk holds hundreds of terms, a question
 * a few dozen. The sum runs in the order the terms first occur in the chunk.
 */
export function scoreBm25(
  terms: string[],
  candidates: TermCandidate[],
  stats: CorpusStats,
): { rowid: number; score: number }[] {
  const wanted = [...new Set(terms)].filter((term) => term);
  if (!wanted.length) return [];
  const whole = wholeTerms(wanted);
  const out: { rowid: number; score: number }[] = [];
  for (const candidate of candidates) {
    const text = candidate.terms ?? "";
    const frequency = new Map<string, number>();
    for (const [term] of text.matchAll(whole)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    if (!frequency.size) continue;
    const length = termCount(text);
    let score = 0;
    for (const [term, tf] of frequency) {
      const df = stats.documentFrequency.get(term) ?? 1;
      const idf = Math.log(1 + (stats.count - df + 0.5) / (df + 0.5));
      const norm = tf + BM25.k1 * (1 - BM25.b + (BM25.b * length) / (stats.averageLength || 1));
      score += (idf * tf * (BM25.k1 + 1)) / norm;
    }
    out.push({ rowid: candidate.rowid, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Any of the terms standing whole between the spaces of stored terms. */
function wholeTerms(terms: string[]): RegExp {
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![^ ])(?:${escaped.join("|")})(?![^ ])`, "g");
}

export function vectorToBytes(vector: number[]): Buffer {
  return Buffer.from(Float32Array.from(vector).buffer);
}

export function bytesToVector(bytes: Uint8Array): Float32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

/** Exact cosine similarity of the query against each stored vector, best first. */
export function scoreCosine(
  query: number[],
  candidates: { rowid: number; vector: Float32Array }[],
): { rowid: number; score: number }[] {
  let queryNorm = 0;
  for (const v of query) queryNorm += v * v;
  queryNorm = Math.sqrt(queryNorm) || 1;
  return candidates
    .map(({ rowid, vector }) => {
      let dot = 0;
      let norm = 0;
      const n = Math.min(vector.length, query.length);
      for (let i = 0; i < n; i++) {
        dot += vector[i] * query[i];
        norm += vector[i] * vector[i];
      }
      return { rowid, score: dot / (queryNorm * (Math.sqrt(norm) || 1)) };
    })
    .sort((a, b) => b.score - a.score);
}
