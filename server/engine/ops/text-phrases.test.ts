import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { longestShared } from "./text.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "..", "data", "docs", "000_2a4a6f0d8c259386.txt");

/**
 * Least CPU milliseconds of five samples of ten runs each (the machine is shared, and the process's
 * CPU time includes garbage collection of whatever else the worker holds: one short run is
 * within that noise).
 */
function leastMs(run: () => void): number {
  let least = Infinity;
  for (let sample = 0; sample < 5; sample++) {
    const started = process.cpuUsage();
    for (let i = 0; i < 10; i++) run();
    const used = process.cpuUsage(started);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

describe("longestShared (a passage's longest stretch of the question's own wording)", () => {
  it("finds the longest stretch a passage holds", async () => {
    const body = (await readFile(SAMPLE, "utf8")).slice(0, 20_000);
    const stretch = body.slice(1000, 1010).replace(/\s/g, "");
    expect(longestShared(body, [`鱻龘${stretch}靐齉`])).toBeGreaterThanOrEqual(Math.min(stretch.length, 24));
    expect(longestShared(body, ["鱻龘靐齉爩麤"])).toBe(0);
  });

  it("stays linear in the question's length when nothing is shared (8× the length, at most 16× the time)", async () => {
    const body = (await readFile(SAMPLE, "utf8")).slice(0, 5_000);
    const rare = "鱻龘靐齉爩麤厵灪癵籱";
    const phrase = (length: number) =>
      Array.from({ length }, (_, i) => rare[(i * 7 + (i >> 3)) % rare.length]).join("");
    const [short, long] = [phrase(250), phrase(2000)];
    const ratio = leastMs(() => longestShared(body, [long])) / leastMs(() => longestShared(body, [short]));
    expect(ratio).toBeLessThan(16);
  });
});
