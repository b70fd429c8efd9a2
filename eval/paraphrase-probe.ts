import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../lib/config.js";
import type { Engine } from "../server/engine/answer.js";
import type { AnswerResult } from "../server/engine/plan-schema.js";
import { loadEngine } from "../server/load-engine.js";
import { PARAPHRASES, type ParaphraseContext } from "./paraphrases.js";
import { Split, SPLITS } from "./splits.js";
import { loadGold } from "./validate-gold.js";

/**
 * How stable answers are under rewrites that keep a question's meaning (eval/paraphrases.ts):
 * every answered one-turn item of the tunable splits on the configured index, asked as written
 * and rewritten; an answer whose status or bold figures change is counted and listed. Held-out
 * splits are never read. `npm run eval:paraphrase`; writes eval/paraphrase-report.md.
 */
const bold = (result: AnswerResult) =>
  [...result.answer.matchAll(/\*\*([^*]+)\*\*/g)]
    .map((m) => m[1])
    .sort()
    .join(" ");

interface Tally {
  name: string;
  says: string;
  asked: number;
  changed: number;
  lost: number;
  examples: string[];
}

async function probe(engine: Engine, context: ParaphraseContext): Promise<Tally[]> {
  const tallies: Tally[] = PARAPHRASES.map((p) => ({
    name: p.name,
    says: p.says,
    asked: 0,
    changed: 0,
    lost: 0,
    examples: [],
  }));
  const splits = Split.options.filter(
    (split) => !SPLITS[split].heldOut && SPLITS[split].corpus === "configured",
  );
  for (const split of splits)
    for (const item of loadGold(SPLITS[split].dir)) {
      if (item.turns.length !== 1 || item.expect !== "answered") continue;
      const [question] = item.turns;
      const base = await engine.answer([{ role: "user", content: question }], { llm: false });
      if (base.status !== "answered") continue;
      for (const [i, paraphrase] of PARAPHRASES.entries()) {
        const rewritten = paraphrase.rewrite(question, context);
        if (rewritten === question) continue;
        const tally = tallies[i];
        tally.asked++;
        const result = await engine.answer([{ role: "user", content: rewritten }], { llm: false });
        if (result.status === base.status && bold(result) === bold(base)) continue;
        tally.changed++;
        if (result.status !== "answered") tally.lost++;
        if (tally.examples.length < 5)
          tally.examples.push(`${split} ${item.id}: ${rewritten} (${base.status} → ${result.status})`);
      }
    }
  return tallies;
}

function reportMarkdown(tallies: Tally[]): string {
  const rows = tallies.map((t) => `| ${t.name} | ${t.says} | ${t.asked} | ${t.changed} | ${t.lost} |`);
  const examples = tallies.flatMap((t) => t.examples.map((e) => `- ${t.name}: ${e}`));
  return [
    "# Paraphrase probe",
    "",
    "Answered one-turn items of the tunable splits, rewritten without changing their meaning (`eval/paraphrases.ts`).",
    "",
    "| rewrite | as | asked | answer changed | lost (no longer answered) |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    ...(examples.length ? ["## Changed answers (first five of each)", "", ...examples, ""] : []),
  ].join("\n");
}

const engine = await loadEngine({ ...loadConfig(), llmEnabled: false });
const tallies = await probe(engine, { aliases: engine.knowledge.aliases });
for (const t of tallies)
  console.log(`${t.name.padEnd(16)} asked ${t.asked}  changed ${t.changed}  lost ${t.lost}`);
writeFileSync(join(import.meta.dirname, "paraphrase-report.md"), reportMarkdown(tallies));
