import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BM25,
  candidateTerms,
  EXACT_CANDIDATES,
  queryTerms,
  scoreBm25,
  termsText,
  type CorpusStats,
} from "./scoring.js";

/** Store statistics of a large index: `count` chunks and each term's chunk count. */
function stats(count: number, frequency: Record<string, number>): CorpusStats {
  return { count, averageLength: 100, documentFrequency: new Map(Object.entries(frequency)) };
}

describe("candidateTerms (which query terms pick whole-store candidates)", () => {
  const large = 100 * EXACT_CANDIDATES;

  it("leaves out a term most chunks hold when rarer terms are there to pick from", () => {
    const terms = queryTerms("2024年三公经费");
    const frequency = Object.fromEntries(terms.map((term) => [term, 20]));
    frequency["2024"] = large / 2;
    const picked = candidateTerms(terms, stats(large, frequency));
    expect(picked).not.toContain("2024");
    expect(picked).toEqual(expect.arrayContaining(terms.filter((term) => term !== "2024")));
  });

  it("keeps the rarest terms the store holds when every term is common, and none it does not hold", () => {
    const picked = candidateTerms(
      ["年", "呢", "2023", "支出"],
      stats(large, { 年: large, 2023: large / 3, 支出: large / 2 }),
    );
    expect(picked).toEqual(["2023", "支出"]);
    expect(candidateTerms(["呢"], stats(large, {}))).toEqual([]);
  });

  it("prunes nothing in a store small enough that every term's chunks are few", () => {
    const terms = ["三公", "经费", "2024"];
    expect(candidateTerms(terms, stats(500, { 三公: 300, 经费: 450, 2024: 499 }))).toEqual(
      expect.arrayContaining(terms),
    );
  });
});

/** BM25 as first written: every stored term split out and counted (the reference). */
function splitScores(terms: string[], candidates: { rowid: number; terms: string }[], corpus: CorpusStats) {
  const wanted = new Set(terms);
  return candidates
    .flatMap((candidate) => {
      const tokens = candidate.terms ? candidate.terms.split(" ") : [];
      const frequency = new Map<string, number>();
      for (const token of tokens)
        if (wanted.has(token)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
      let score = 0;
      for (const [term, tf] of frequency) {
        const df = corpus.documentFrequency.get(term) ?? 1;
        const idf = Math.log(1 + (corpus.count - df + 0.5) / (df + 0.5));
        const norm = tf + BM25.k1 * (1 - BM25.b + (BM25.b * tokens.length) / corpus.averageLength);
        score += (idf * tf * (BM25.k1 + 1)) / norm;
      }
      return frequency.size ? [{ rowid: candidate.rowid, score }] : [];
    })
    .sort((a, b) => b.score - a.score);
}

describe("scoreBm25 (exact BM25 over stored terms)", () => {
  // Paragraphs of a sample document as chunks: terms as the store keeps them (words and #bigrams).
  const text = readFileSync(join(import.meta.dirname, "../../data/docs/000_2a4a6f0d8c259386.txt"), "utf8");
  const candidates = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .slice(0, 80)
    .map((paragraph, i) => ({ rowid: i + 1, terms: termsText(paragraph) }));

  it("gives the scores, to the last bit, of splitting every stored term out", () => {
    for (const question of [
      "三公经费为什么减少",
      "内设机构有哪些",
      "2024年一般公共预算财政拨款支出",
      "公务接待费 #.%-",
    ]) {
      const terms = queryTerms(question);
      const corpus = stats(5000, Object.fromEntries(terms.map((term, i) => [term, 10 + 37 * i])));
      corpus.averageLength = 300;
      const scored = scoreBm25(terms, candidates, corpus);
      expect(scored.length).toBeGreaterThan(0);
      expect(scored).toEqual(splitScores(terms, candidates, corpus));
    }
  });

  it("counts a term only where it stands whole (a word is not counted inside a longer one or a #bigram)", () => {
    const corpus = stats(10, { 经费: 2 });
    const [whole, inside] = scoreBm25(
      ["经费"],
      [
        { rowid: 1, terms: "三公 经费 #经费" },
        { rowid: 2, terms: "三公经费 #经费 经费s" },
      ],
      corpus,
    );
    expect(whole.rowid).toBe(1);
    expect(inside).toBeUndefined();
  });
});
