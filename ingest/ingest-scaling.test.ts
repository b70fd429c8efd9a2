import { describe, expect, it } from "vitest";
import { scaledDocument } from "../eval/scaling-corpus.js";
import { parseDocument } from "./parse/parse-document.js";
import { parseSections } from "./parse/parse-sections.js";

/**
 * Issue #12 item 6, "ingest time grows faster than file size". Super-linear steps found with
 * eval/ingest-scaling.ts (npm run bench:scaling) and CPU profiles, now linear:
 * - parseSections gave each section its span with `sections.find(...)` from the first section on
 *   (sections × sections); parseDocument looked up each table's section over every section;
 * - the narrative sum check looked for each total's parts over its whole section, and a large
 *   document repeats its section paths (totals × facts of the section).
 * Ratios of two CPU timings of one run, on synthetic documents of the "headings" shape (the most
 * sections per MB): 8× the size in at most 16× the time (linear, with room for a shared machine).
 * 2 to 20 MB through the whole ingest (store writes included) stay in npm run bench:scaling.
 */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The least CPU time of `runs` calls (the machine is shared: the least is the least disturbed). */
function leastTime(run: () => void, runs = 3): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    run();
    least = Math.min(least, cpuMs() - started);
  }
  return least;
}

describe("ingest scaling", () => {
  it("parseSections: 8× the sections take at most 16× the time (linear, with room)", async () => {
    const small = (await scaledDocument(1, "headings")).split("\n");
    const large = (await scaledDocument(8, "headings")).split("\n");
    const sections = (lines: string[]) => parseSections("x", lines, () => false).sections.length;
    expect(sections(large) / sections(small)).toBeGreaterThan(7);
    const ratio =
      leastTime(() => parseSections("x", large, () => false), 1) /
      leastTime(() => parseSections("x", small, () => false));
    expect(ratio).toBeLessThan(16);
  });

  it("parseDocument (tables, sections, facts, checks, chunks): 8× the text in at most 16× the time", async () => {
    const [small, large] = [await scaledDocument(0.25, "headings"), await scaledDocument(2, "headings")];
    const facts = new Map<string, number>();
    const parse = (text: string) => () =>
      facts.set(text, parseDocument({ docId: "x", file: "x.txt", hash: "h", text }).facts.length);
    const ratio = leastTime(parse(large), 1) / leastTime(parse(small));
    expect(facts.get(large)! / facts.get(small)!).toBeGreaterThan(7);
    console.log(`parseDocument ×${ratio.toFixed(1)} for 8× the text`);
    expect(ratio).toBeLessThan(16);
  });
});
