import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { longQuestion } from "../../eval/long-question.js";
import { buildSampleIndex } from "../testing/sample-index.js";
import { Knowledge } from "./knowledge.js";
import { planMessage } from "./rule-planner.js";

/**
 * Issue #12 item 6, "the planner is quadratic in question length": masking the matched figures
 * tested every character against every span (16k characters took 10× the time of 2k before the
 * fix, 64k 3 s). Linear planning, with its fixed costs, takes well under 8× the time for 8× the
 * characters (about 4× measured); the bound is a ratio of two timings of one run.
 */
let k: Knowledge;
let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const built = await buildSampleIndex();
  k = await Knowledge.open(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The least CPU time of `runs` plans (the machine is shared: the least is the least disturbed). */
function leastPlanTime(question: string, runs: number): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = cpuMs();
    planMessage(k, question);
    least = Math.min(least, cpuMs() - started);
  }
  return least;
}

describe("rule planner scaling", () => {
  it("plans 16k characters in less than 8× the time of 2k", () => {
    leastPlanTime(longQuestion(2000), 2); // warm-up
    const small = leastPlanTime(longQuestion(2000), 7);
    const large = leastPlanTime(longQuestion(16000), 3);
    expect(large / small).toBeLessThan(8);
  });
});
