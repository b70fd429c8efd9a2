import { describe, expect, it } from "vitest";
import { candidateTerms, EXACT_CANDIDATES, queryTerms, type CorpusStats } from "./scoring.js";

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
