import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../lib/config.js";
import { AnswerResult, type ChatMessage } from "../server/engine/plan-schema.js";
import { retrieve } from "../server/engine/retrieval.js";
import { planConversation } from "../server/engine/conversation.js";
import { createEngine, type Engine } from "../server/engine/answer.js";
import { createLlmStages } from "../server/llm/llm-stages.js";
import { loadEngine } from "../server/load-engine.js";
import { buildSampleIndex } from "../server/testing/sample-index.js";
import type { GoldItem } from "./gold-schema.js";
import { scoreItem, type ItemScore } from "./score.js";
import { Split, SPLITS } from "./splits.js";
import { loadGold } from "./validate-gold.js";

/** The repository's root: the fixture documents some splits are written for are named from it. */
const ROOT = join(import.meta.dirname, "..");

const SplitThresholds = z.object({
  accuracy: z.number(),
  grounding: z.number(),
  unitErrors: z.number(),
  /** Share of items answered with a figure other than the one asked for. */
  wrongFigureRate: z.number(),
});
type SplitThresholds = z.infer<typeof SplitThresholds>;
/** Gates per split; a split without an entry (a held-out one) is reported, not gated. */
export const Thresholds = z.object({ $comment: z.string().optional() }).catchall(SplitThresholds);

export function loadThresholds(): Partial<Record<Split, SplitThresholds>> {
  const parsed = Thresholds.parse(
    JSON.parse(readFileSync(join(import.meta.dirname, "thresholds.json"), "utf8")),
  );
  const out: Partial<Record<Split, SplitThresholds>> = {};
  for (const split of Split.options) if (parsed[split]) out[split] = parsed[split] as SplitThresholds;
  return out;
}

/** The gates a split's report misses (empty when it passes or has no gates). */
export function belowThresholds(report: EvalReport, t: SplitThresholds | undefined): string[] {
  if (!t) return [];
  return [
    report.accuracy < t.accuracy && `accuracy ${report.accuracy.toFixed(3)} < ${t.accuracy}`,
    report.grounding < t.grounding && `grounding ${report.grounding.toFixed(3)} < ${t.grounding}`,
    report.unitErrors > t.unitErrors && `unit errors ${report.unitErrors} > ${t.unitErrors}`,
    report.wrongFigureRate > t.wrongFigureRate &&
      `wrong figures ${report.wrongFigureRate.toFixed(3)} > ${t.wrongFigureRate}`,
  ].filter((x): x is string => typeof x === "string");
}

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
  /** Items answered with an amount, but not the asked one; and their share of all items. */
  wrongFigures: number;
  wrongFigureRate: number;
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
    wrongFigure: boolean;
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
    wrongFigures: scores.filter((s) => s.score.wrongFigure).length,
    wrongFigureRate: pct(scores.filter((s) => s.score.wrongFigure).length, scores.length),
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
        wrongFigure: s.score.wrongFigure,
        missing: s.score.missing,
        phrasesMissing: s.score.phrasesMissing,
      })),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function splitMarkdown(split: Split, r: EvalReport): string[] {
  const rows = Object.entries(r.byCategory)
    .sort()
    .map(([c, v]) => `| ${c} | ${v.cases} | ${v.correct} | ${percent(v.accuracy)} |`);
  return [
    `## ${split}${SPLITS[split].heldOut ? " (held out: never tune rules to it)" : ""}`,
    "",
    `Cases ${r.cases}, accuracy **${percent(r.accuracy)}**, grounding ${percent(r.grounding)}, unit errors ${r.unitErrors}, wrong figures ${r.wrongFigures} (${percent(r.wrongFigureRate)}).`,
    "",
    "| category | cases | correct | accuracy |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    `- citation precision ${percent(r.citationPrecision)}, recall ${percent(r.citationRecall)}`,
    `- refusal recall ${percent(r.refusalRecall)}, false refusals ${percent(r.falseRefusals)}`,
    `- retrieval recall@5 (text questions) ${percent(r.retrievalRecallAt5)}`,
    `- latency p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms`,
    "",
    `### Failures (${split})`,
    "",
    ...r.failures.map((x) => failureLine(x, SPLITS[split].heldOut)),
    "",
  ];
}

/** A held-out split's failures are listed by id and kind only, so nobody tunes rules to its wording. */
function failureLine(failure: EvalReport["failures"][number], heldOut: boolean): string {
  const outcome = `expected ${failure.expect}, got ${failure.status}${failure.wrongFigure ? " **wrong figure**" : ""}`;
  if (heldOut) return `- ${failure.id} (${failure.category}) ${outcome}`;
  const missing = [...failure.missing, ...failure.phrasesMissing].join(", ") || "-";
  return `- ${failure.id} (${failure.category}) ${failure.question} — ${outcome}; missing ${missing}`;
}

export function reportMarkdown(reports: Partial<Record<Split, EvalReport>>): string {
  const entries = Split.options.flatMap((s) => (reports[s] ? [[s, reports[s]] as const] : []));
  return [
    "# Eval report",
    "",
    "| split | cases | accuracy | grounding | unit errors | wrong figures |",
    "| --- | --- | --- | --- | --- | --- |",
    ...entries.map(
      ([s, r]) =>
        `| ${s} | ${r.cases} | ${percent(r.accuracy)} | ${percent(r.grounding)} | ${r.unitErrors} | ${r.wrongFigures} (${percent(r.wrongFigureRate)}) |`,
    ),
    "",
    ...entries.flatMap(([s, r]) => splitMarkdown(s, r)),
  ].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      llm: { type: "boolean", default: false },
      category: { type: "string" },
      split: { type: "string", multiple: true },
    },
  });
  const config = loadConfig();
  const splits = values.split?.length ? values.split.map((x) => Split.parse(x)) : Split.options;
  let ask: Ask;
  let engine: Engine | undefined;
  if (values.url) {
    const url = `${values.url.replace(/\/$/, "")}/api/chat`;
    ask = (messages) => askServer(url, messages);
  } else {
    engine = await loadEngine(values.llm ? config : { ...config, llmEnabled: false });
    const e = engine;
    ask = (messages) => e.answer(messages, values.llm ? {} : { llm: false });
  }
  const thresholds = loadThresholds();
  const reports: Partial<Record<Split, EvalReport>> = {};
  const problems: string[] = [];
  // Splits written for the sample corpus are scored on an index of it alone (in process).
  const samples =
    !values.url && splits.some((split) => SPLITS[split].corpus === "samples")
      ? await buildSampleIndex()
      : undefined;
  const sampleEngine =
    samples &&
    (await createEngine(samples.store, samples.embeddings, values.llm ? createLlmStages(config) : undefined));
  for (const split of splits) {
    let items = loadGold(SPLITS[split].dir);
    if (values.category) items = items.filter((i) => i.category === values.category);
    const { corpus } = SPLITS[split];
    const onSamples = corpus === "samples" && sampleEngine;
    // Documents written for the tests: an index of those alone, in process (also with --url).
    const ownIndex =
      typeof corpus === "object"
        ? await buildSampleIndex(corpus.files.map((file) => join(ROOT, file)))
        : undefined;
    const ownEngine =
      ownIndex &&
      (await createEngine(
        ownIndex.store,
        ownIndex.embeddings,
        values.llm ? createLlmStages(config) : undefined,
      ));
    const options = values.llm ? {} : { llm: false as const };
    const report = ownEngine
      ? await runEval(items, (messages) => ownEngine.answer(messages, options), ownEngine)
      : onSamples
        ? await runEval(items, (messages) => sampleEngine.answer(messages, options), sampleEngine)
        : await runEval(items, ask, engine);
    await ownIndex?.cleanup();
    reports[split] = SPLITS[split].heldOut ? withoutWording(report) : report;
    printSummary(split, report);
    problems.push(...belowThresholds(report, thresholds[split]).map((p) => `${split}: ${p}`));
  }
  await samples?.cleanup();
  const dir = import.meta.dirname;
  writeFileSync(join(dir, "report.json"), JSON.stringify(reports, null, 2));
  writeFileSync(join(dir, "report.md"), reportMarkdown(reports));
  if (problems.length) console.error(`below thresholds (see eval/report.md):\n  ${problems.join("\n  ")}`);
  return problems.length ? 1 : 0;
}

/**
 * One question to a running server. The server rate-limits clients; the runner paces itself by
 * the limiter's Retry-After instead of counting a refusal as a wrong answer.
 */
async function askServer(url: string, messages: ChatMessage[], attempt = 0): Promise<AnswerResult> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ messages }),
  });
  if (res.status === 429 && attempt < 20) {
    const seconds = Number(res.headers.get("retry-after")) || 5;
    console.error(`rate-limited: waiting ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return askServer(url, messages, attempt + 1);
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return AnswerResult.parse(await res.json());
}

/** Held-out failures keep id, category and outcome; the wording and expected figures stay in the gold files. */
function withoutWording(report: EvalReport): EvalReport {
  return {
    ...report,
    failures: report.failures.map((failure) => ({
      ...failure,
      question: "",
      missing: [],
      phrasesMissing: [],
    })),
  };
}

function printSummary(split: Split, report: EvalReport): void {
  console.log(
    `${split}: cases ${report.cases}  accuracy ${percent(report.accuracy)}  grounding ${percent(report.grounding)}  unit errors ${report.unitErrors}  wrong figures ${report.wrongFigures} (${percent(report.wrongFigureRate)})  p50 ${report.latencyMs.p50} ms  p95 ${report.latencyMs.p95} ms`,
  );
  for (const [c, v] of Object.entries(report.byCategory).sort())
    console.log(`  ${c.padEnd(18)} ${v.correct}/${v.cases}  ${percent(v.accuracy)}`);
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
