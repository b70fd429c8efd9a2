import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../lib/config.js";
import type { Engine } from "../server/engine/answer.js";
import { AnswerResult, type ChatMessage } from "../server/engine/plan-schema.js";
import { retrieve } from "../server/engine/retrieval.js";
import { planConversation } from "../server/engine/rule-planner.js";
import { loadEngine } from "../server/load-engine.js";
import type { GoldItem } from "./gold-schema.js";
import { scoreItem, type ItemScore } from "./score.js";
import { loadGold } from "./validate-gold.js";

const Thresholds = z.object({ accuracy: z.number(), grounding: z.number(), unitErrors: z.number() });

type Ask = (messages: ChatMessage[]) => Promise<AnswerResult>;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const pct = (a: number, b: number) => (b ? a / b : 1);

export interface EvalReport {
  cases: number;
  accuracy: number;
  byCategory: Record<string, { cases: number; correct: number; accuracy: number }>;
  unitErrors: number;
  grounding: number;
  citationPrecision: number;
  citationRecall: number;
  refusalRecall: number;
  falseRefusals: number;
  retrievalRecallAt5: number;
  latencyMs: { p50: number; p95: number };
  failures: {
    id: string;
    category: string;
    question: string;
    expect: string;
    status: string;
    missing: string[];
    phrasesMissing: string[];
  }[];
}

/** Run every gold item through the same entry point as the server and score it. */
export async function runEval(items: GoldItem[], ask: Ask, engine?: Engine): Promise<EvalReport> {
  const scores: { item: GoldItem; score: ItemScore; status: string; ms: number }[] = [];
  const latencies: number[] = [];
  for (const item of items) {
    const messages: ChatMessage[] = [];
    let result: AnswerResult | undefined;
    let ms = 0;
    for (const turn of item.turns) {
      messages.push({ role: "user", content: turn });
      const t0 = performance.now();
      result = await ask(messages);
      ms = performance.now() - t0;
      messages.push({ role: "assistant", content: result.answer });
    }
    latencies.push(ms);
    scores.push({ item, score: scoreItem(item, result!), status: result!.status, ms });
  }

  // Retrieval recall@5 on text questions whose evidence names a section.
  let retrievalHits = 0;
  let retrievalCases = 0;
  if (engine) {
    for (const { item } of scores.filter((s) => s.item.category === "text")) {
      const evidence = item.evidence.filter((e) => e.section);
      if (!evidence.length) continue;
      retrievalCases++;
      const messages = item.turns.map((content) => ({ role: "user" as const, content }));
      const plan = planConversation(engine.knowledge, messages);
      const hits = await retrieve(
        engine.knowledge,
        item.turns[item.turns.length - 1],
        { units: plan.units },
        5,
      );
      if (
        evidence.some((e) =>
          hits.some(
            (h) =>
              h.chunk.docId === e.docId && (h.chunk.section.join(" > ") + h.chunk.text).includes(e.section!),
          ),
        )
      )
        retrievalHits++;
    }
  }

  const byCategory: EvalReport["byCategory"] = {};
  for (const s of scores) {
    const c = (byCategory[s.item.category] ??= { cases: 0, correct: 0, accuracy: 0 });
    c.cases++;
    if (s.score.correct) c.correct++;
  }
  for (const c of Object.values(byCategory)) c.accuracy = pct(c.correct, c.cases);
  const sum = (f: (s: ItemScore) => number) => scores.reduce((n, s) => n + f(s.score), 0);
  const notFound = scores.filter((s) => s.item.expect === "not_found");
  const answerable = scores.filter((s) => s.item.expect === "answered");
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    cases: scores.length,
    accuracy: pct(scores.filter((s) => s.score.correct).length, scores.length),
    byCategory,
    unitErrors: sum((s) => s.unitErrors),
    grounding: pct(
      sum((s) => s.grounded),
      sum((s) => s.numbers),
    ),
    citationPrecision: pct(
      sum((s) => s.citationHits),
      sum((s) => s.citations),
    ),
    citationRecall: pct(
      sum((s) => s.evidenceHits),
      sum((s) => s.evidence),
    ),
    refusalRecall: pct(notFound.filter((s) => s.status === "not_found").length, notFound.length),
    falseRefusals: pct(answerable.filter((s) => s.status === "not_found").length, answerable.length),
    retrievalRecallAt5: pct(retrievalHits, retrievalCases),
    latencyMs: {
      p50: Number(percentile(sorted, 50).toFixed(2)),
      p95: Number(percentile(sorted, 95).toFixed(2)),
    },
    failures: scores
      .filter((s) => !s.score.correct)
      .map((s) => ({
        id: s.item.id,
        category: s.item.category,
        question: s.item.turns.join(" → "),
        expect: s.item.expect,
        status: s.status,
        missing: s.score.missing,
        phrasesMissing: s.score.phrasesMissing,
      })),
  };
}

export function reportMarkdown(r: EvalReport): string {
  const rows = Object.entries(r.byCategory)
    .sort()
    .map(([c, v]) => `| ${c} | ${v.cases} | ${v.correct} | ${(v.accuracy * 100).toFixed(1)}% |`);
  const f = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    "# Eval report",
    "",
    `Cases ${r.cases}, accuracy **${f(r.accuracy)}**, grounding ${f(r.grounding)}, unit errors ${r.unitErrors}.`,
    "",
    "| category | cases | correct | accuracy |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    `- citation precision ${f(r.citationPrecision)}, recall ${f(r.citationRecall)}`,
    `- refusal recall ${f(r.refusalRecall)}, false refusals ${f(r.falseRefusals)}`,
    `- retrieval recall@5 (text questions) ${f(r.retrievalRecallAt5)}`,
    `- latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms`,
    "",
    "## Failures",
    "",
    ...r.failures.map(
      (x) =>
        `- ${x.id} (${x.category}) ${x.question} — expected ${x.expect}, got ${x.status}; missing ${[...x.missing, ...x.phrasesMissing].join(", ") || "-"}`,
    ),
    "",
  ].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      llm: { type: "boolean", default: false },
      category: { type: "string" },
    },
  });
  const config = loadConfig();
  let items = loadGold();
  if (values.category) items = items.filter((i) => i.category === values.category);
  let ask: Ask;
  let engine: Engine | undefined;
  if (values.url) {
    const url = `${values.url.replace(/\/$/, "")}/api/chat`;
    ask = async (messages) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ messages }),
      });
      return AnswerResult.parse(await res.json());
    };
  } else {
    engine = await loadEngine(values.llm ? config : { ...config, llmEnabled: false });
    const e = engine;
    ask = (messages) => e.answer(messages, values.llm ? {} : { llm: false });
  }
  const report = await runEval(items, ask, engine);
  const dir = import.meta.dirname;
  writeFileSync(join(dir, "report.json"), JSON.stringify(report, null, 2));
  writeFileSync(join(dir, "report.md"), reportMarkdown(report));
  const t = Thresholds.parse(JSON.parse(readFileSync(join(dir, "thresholds.json"), "utf8")));
  const f = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `cases ${report.cases}  accuracy ${f(report.accuracy)}  grounding ${f(report.grounding)}  unit errors ${report.unitErrors}  p50 ${report.latencyMs.p50} ms  p95 ${report.latencyMs.p95} ms`,
  );
  for (const [c, v] of Object.entries(report.byCategory).sort())
    console.log(`  ${c.padEnd(18)} ${v.correct}/${v.cases}  ${f(v.accuracy)}`);
  const failed =
    report.accuracy < t.accuracy || report.grounding < t.grounding || report.unitErrors > t.unitErrors;
  if (failed)
    console.error(
      `below thresholds (accuracy ≥ ${t.accuracy}, grounding ≥ ${t.grounding}, unit errors ≤ ${t.unitErrors}); see eval/report.md`,
    );
  return failed ? 1 : 0;
}

if (process.argv[1]?.endsWith("run-eval.ts")) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`eval failed: ${error.message}`);
      process.exit(2);
    },
  );
}
