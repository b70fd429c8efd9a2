#!/usr/bin/env node
import { parseArgs } from "node:util";
import { Knowledge } from "../server/engine/knowledge.js";
import { planMessage } from "../server/engine/rule-planner.js";
import { buildSampleIndex } from "../server/testing/sample-index.js";
import { longQuestion } from "./long-question.js";

/**
 * npm run bench:planner [-- --sizes 2000,4000,8000,16000,32000,64000]
 * The rule planner in this process on questions of growing length (a mix of sample-corpus
 * questions repeated, as a long paste would be: eval/long-question.ts), over the sample index: least CPU time of three
 * plans per length and its ratio to the shortest (linear: the ratio at most follows the length).
 */
const { values } = parseArgs({
  options: { sizes: { type: "string", default: "2000,4000,8000,16000,32000,64000" } },
});
const sizes = values.sizes.split(",").map(Number);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const built = await buildSampleIndex();
try {
  const k = await Knowledge.open(built.store, built.embeddings);
  planMessage(k, longQuestion(500));
  let first: number | undefined;
  console.log(`${"chars".padStart(7)}${"cpu ms".padStart(10)}${"×time".padStart(8)}${"×size".padStart(7)}`);
  for (const size of sizes) {
    const q = longQuestion(size);
    let least = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = cpuMs();
      planMessage(k, q);
      least = Math.min(least, cpuMs() - started);
    }
    first ??= least;
    console.log(
      `${String(size).padStart(7)}${least.toFixed(1).padStart(10)}${(least / first).toFixed(1).padStart(8)}${(size / sizes[0]).toFixed(0).padStart(7)}`,
    );
  }
} finally {
  await built.cleanup();
}
