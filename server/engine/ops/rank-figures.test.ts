import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METRICS } from "../../../ingest/domain/metrics.js";
import { FIGURE_WANTS } from "../../../ingest/domain/select-figures.js";
import { buildSampleIndex } from "../../testing/sample-index.js";
import { Knowledge } from "../knowledge.js";
import { matchingQuery } from "../load-facts.js";
import { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { selectFacts } from "../select-facts.js";
import { figureWants, ranking, shownFigureIds } from "./rank-figures.js";

/**
 * Rankings over many units read each document's headline figure, chosen at ingest, instead of
 * every fact of the metric. That is only right if the figure is the fact the engine would pick
 * from the whole document, for every metric and kind of figure, and if the ranking built from
 * figures equals the one built from facts.
 */
let knowledge: Knowledge;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  knowledge = await Knowledge.open(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

const allMetrics = () => METRICS.map((metric) => metric.key);

describe("headline figures", () => {
  it("are, for every metric, kind of figure and document, the fact selected from the whole document", async () => {
    const docIds = knowledge.documents.map((doc) => doc.docId);
    const whole = knowledge.forRequest();
    await whole.loadDocuments(docIds);
    const figures = knowledge.forRequest();
    await figures.loadFigures(docIds, allMetrics(), [...FIGURE_WANTS]);
    let compared = 0;
    for (const key of allMetrics())
      for (const doc of knowledge.documents)
        for (const want of FIGURE_WANTS) {
          const expected = selectFacts(whole, doc, { type: "metric", key }, want)[0];
          const figure = figures.figure(doc.docId, key, want);
          expect(figure?.factId, `${key} ${want} ${doc.docId}`).toBe(expected?.id);
          expect(figure?.value).toBe(expected?.value);
          if (expected) compared++;
        }
    expect(compared).toBeGreaterThan(150);
  });

  it("rank every document's figure as the facts do, both ways, for every metric and basis", async () => {
    const scopes: Scope[] = knowledge.documents.map((doc) => ({
      unit: doc.unit,
      year: doc.year,
      doc,
      previousYear: false,
      assumedYear: false,
    }));
    const docIds = scopes.map((scope) => scope.doc.docId);
    let ranked = 0;
    for (const key of allMetrics())
      for (const basis of [undefined, "预算", "年初预算", "全年预算"] as const)
        for (const descending of [true, false]) {
          const plan = QueryPlan.parse({
            units: [],
            years: [],
            metrics: [{ type: "metric", key }],
            operation: "rank",
            basis,
            descending,
            question: "",
          });
          const byFacts = knowledge.forRequest();
          await byFacts.loadMatching(docIds, matchingQuery(plan.metrics, false));
          const byFigures = knowledge.forRequest();
          await byFigures.loadFigures(docIds, [key], figureWants(plan, scopes));
          await byFigures.loadFactsById(shownFigureIds(byFigures, plan, scopes));
          const expected = ranking(byFacts, plan, scopes);
          const actual = ranking(byFigures, plan, scopes);
          const ids = (rows: typeof expected.shown) =>
            rows.map((row) => `${row.scope.doc.docId}:${row.fact.id}`);
          expect(ids(actual.shown), `${key} ${basis} ${descending}`).toEqual(ids(expected.shown));
          expect(actual.ranked).toBe(expected.ranked);
          expect(actual.missing).toEqual(expected.missing);
          ranked += expected.ranked;
        }
    expect(ranked).toBeGreaterThan(300);
  });
});
