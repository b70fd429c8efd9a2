import { createEmbeddings } from "../ingest/index/embeddings.js";
import type { IndexStore } from "../ingest/store/store.js";
import { createEngine } from "../server/engine/answer.js";
import { log, round } from "./bench-ingest.js";
import { loadGold } from "./validate-gold.js";

/**
 * The in-process answer phase of `npm run bench`: `engine.answer()` over the single-turn gold
 * questions (written for the sample corpus, so many are "not found" on a synthetic one) and over
 * questions generated from the store's own units, timed per question shape.
 */

export type Shape = "gold" | "unitValue" | "ranking" | "text";

export interface Question {
  shape: Shape;
  text: string;
}

export interface Latency {
  questions: number;
  calls: number;
  answered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The slowest question of this shape (its last timing). */
  slowest?: { text: string; ms: number };
}

export const RANKING = ["哪个单位三公经费最高", "哪个单位2024年三公经费决算最高", "三公经费最低的单位是哪个"];

export function goldQuestions(): Question[] {
  return loadGold()
    .filter((g) => g.turns.length === 1)
    .map((g) => ({ shape: "gold" as const, text: g.turns[0]! }));
}

/** Questions that hit the units of this index: value per unit and year, the all-unit ranking, text. */
export async function storeQuestions(store: IndexStore, perShape = 30): Promise<Question[]> {
  const { documents } = await store.head();
  const step = Math.max(1, Math.floor(documents.length / perShape));
  const picked = documents.filter((_, i) => i % step === 0).slice(0, perShape);
  return [
    ...picked.map((d) => ({ shape: "unitValue" as const, text: `${d.unit}${d.year}年三公经费是多少` })),
    ...RANKING.map((text) => ({ shape: "ranking" as const, text })),
    ...picked.slice(0, 10).map((d) => ({ shape: "text" as const, text: `${d.unit}有哪些内设机构？` })),
    ...picked.slice(10, 20).map((d) => ({ shape: "text" as const, text: `${d.unit}编制多少人？` })),
  ];
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function summarise(times: number[], questions: number, answered: number): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    questions,
    calls: times.length,
    answered,
    p50Ms: round(percentile(sorted, 50), 3),
    p99Ms: round(percentile(sorted, 99), 3),
    maxMs: round(sorted[sorted.length - 1] ?? 0, 3),
  };
}

/**
 * Latency per shape over `rounds` rounds after one warm-up round. The ranking shape has few
 * distinct questions, so it is repeated to get as many calls as the others.
 */
export async function answerLatency(
  store: IndexStore,
  rounds: number,
  /** Per shape; later rounds are skipped past it (at least one round runs). */
  budgetMs = 60_000,
): Promise<{ openMs: number; byShape: Record<Shape, Latency> }> {
  const t0 = performance.now();
  const engine = await createEngine(store, createEmbeddings({}).embeddings);
  const openMs = round(performance.now() - t0, 1);
  const questions = [...goldQuestions(), ...(await storeQuestions(store))];
  const ask = async (q: Question) => {
    const started = performance.now();
    const result = await engine.answer([{ role: "user", content: q.text }], { llm: false });
    return { ms: performance.now() - started, answered: result.status === "answered" };
  };
  const byShape = {} as Record<Shape, Latency>;
  for (const shape of ["gold", "unitValue", "text", "ranking"] as const) {
    const own = questions.filter((q) => q.shape === shape);
    const repeat = shape === "ranking" ? 10 : 1;
    const times: number[] = [];
    let answered = 0;
    let slowest = { text: "", ms: 0 };
    const deadline = performance.now() + budgetMs;
    for (const q of own) answered += (await ask(q)).answered ? 1 : 0; // warm-up, and the answered count
    for (let r = 0; r < rounds * repeat && (r === 0 || performance.now() < deadline); r++) {
      for (const q of own) {
        const { ms } = await ask(q);
        times.push(ms);
        if (ms > slowest.ms) slowest = { text: q.text, ms: round(ms, 1) };
      }
    }
    byShape[shape] = { ...summarise(times, own.length, answered), slowest };
    log(`  in-process ${shape}: p50 ${byShape[shape].p50Ms} ms, p99 ${byShape[shape].p99Ms} ms`);
  }
  await store.close();
  return { openMs, byShape };
}
