import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../server/engine/answer.js";
import { buildSampleIndex } from "../server/testing/sample-index.js";
import { GoldCategory } from "./gold-schema.js";
import { belowThresholds, loadThresholds, runEval, type EvalReport } from "./run-eval.js";
import { Split, SPLITS } from "./splits.js";
import { loadGold } from "./validate-gold.js";

/** The gold set through the same entry point as the server; `npm test` fails below the thresholds. */
let cleanup: () => Promise<void>;
let engine: Engine;
let report: EvalReport;

// The same index `npm run eval` reads: the sample corpus with data/aliases.json.
beforeAll(async () => {
  const built = await buildSampleIndex();
  cleanup = built.cleanup;
  engine = await createEngine(built.store, built.embeddings);
  report = await runEval(
    loadGold(SPLITS.tuning.dir),
    (messages) => engine.answer(messages, { llm: false }),
    engine,
  );
});
afterAll(() => cleanup?.());

describe("gold set (tuning split)", () => {
  it("has at least 200 items, 15 per category, 15–20% not found", () => {
    const items = loadGold(SPLITS.tuning.dir);
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const c of GoldCategory.options)
      expect(items.filter((i) => i.category === c).length, c).toBeGreaterThanOrEqual(15);
    const share = items.filter((i) => i.expect === "not_found").length / items.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it("meets the thresholds kept in eval/thresholds.json", () => {
    const failures = report.failures
      .map((f) => `${f.id}: ${f.question} (missing ${f.missing.join(", ")})`)
      .join("\n");
    expect(belowThresholds(report, loadThresholds().tuning), failures).toEqual([]);
    expect(report.refusalRecall).toBe(1);
  });
});

/**
 * The gated splits on the configured corpus (the samples and the 上海 PDFs, as `npm run eval`
 * reads it): every tunable split written for it (pdf, dev …), as eval/splits.ts lists them.
 */
describe("gold sets on the configured corpus", () => {
  let configuredCleanup: () => Promise<void>;
  let configured: Engine;
  const root = join(import.meta.dirname, "..");
  beforeAll(async () => {
    const built = await buildSampleIndex([join(root, "data", "docs"), join(root, "data", "pdf")]);
    configuredCleanup = built.cleanup;
    configured = await createEngine(built.store, built.embeddings);
  }, 180_000);
  afterAll(() => configuredCleanup?.());

  it.each(Split.options.filter((split) => SPLITS[split].corpus === "configured" && !SPLITS[split].heldOut))(
    "%s meets the thresholds kept in eval/thresholds.json",
    async (split) => {
      const splitReport = await runEval(loadGold(SPLITS[split].dir), (messages) =>
        configured.answer(messages, { llm: false }),
      );
      const failures = splitReport.failures.map((f) => `${f.id}: ${f.question}`).join("\n");
      expect(belowThresholds(splitReport, loadThresholds()[split]), failures).toEqual([]);
    },
    120_000,
  );
});

/** Splits written for documents made for the tests (eval/splits.ts `files`): each on an index of those alone. */
describe("gold sets on documents written for the tests", () => {
  const root = join(import.meta.dirname, "..");
  it.each(Split.options.filter((split) => typeof SPLITS[split].corpus === "object"))(
    "%s meets the thresholds kept in eval/thresholds.json",
    async (split) => {
      const { corpus } = SPLITS[split];
      if (typeof corpus !== "object") throw new Error(`${split} names no files`);
      const built = await buildSampleIndex(corpus.files.map((file) => join(root, file)));
      try {
        const own = await createEngine(built.store, built.embeddings);
        const splitReport = await runEval(loadGold(SPLITS[split].dir), (messages) =>
          own.answer(messages, { llm: false }),
        );
        const failures = splitReport.failures.map((f) => `${f.id}: ${f.question}`).join("\n");
        expect(belowThresholds(splitReport, loadThresholds()[split]), failures).toEqual([]);
      } finally {
        await built.cleanup();
      }
    },
    180_000,
  );
});
