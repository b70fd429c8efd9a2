import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METRICS } from "../../ingest/domain/metrics.js";
import { buildSampleIndex } from "../testing/sample-index.js";
import { Knowledge } from "./knowledge.js";
import { matchingQuery } from "./load-facts.js";
import type { MetricRef } from "./plan-schema.js";
import { selectFacts, Want } from "./select-facts.js";

/**
 * Questions across many units read only the rows of the asked metric (the store's metric, code
 * and row-name indexes) instead of whole documents. That is only right if the narrow read holds
 * every fact the engine would pick from the whole document: checked for every lexicon metric,
 * every subject and project of the sample corpus, and every kind of figure.
 */
let k: Knowledge;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  k = await Knowledge.open(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

/** Every kind of figure a question can want. */
const WANTS: Want[] = Want.options.filter((want) => want !== "none");

describe("narrow fact loading", () => {
  it("finds, for every metric, subject and project, the same facts as reading whole documents", async () => {
    const refs: MetricRef[] = [
      ...METRICS.map((m) => ({ type: "metric" as const, key: m.key })),
      ...k.subjects.map((s) => ({ type: "subject" as const, code: s.code, name: s.name })),
      ...k.projects.map((name) => ({ type: "project" as const, name })),
    ];
    const docIds = k.documents.map((d) => d.docId);
    const whole = k.forRequest();
    await whole.loadDocuments(docIds);
    let compared = 0;
    for (const [ref, withParts] of refs.flatMap((ref) => [[ref, true] as const, [ref, false] as const])) {
      const narrow = k.forRequest();
      await narrow.loadMatching(
        docIds,
        matchingQuery([ref], withParts, (p) => k.projectVariants(p)),
      );
      for (const doc of k.documents)
        for (const want of WANTS) {
          const expected = selectFacts(whole, doc, ref, want).map((f) => f.id);
          expect(
            selectFacts(narrow, doc, ref, want).map((f) => f.id),
            `${JSON.stringify(ref)} ${want} ${doc.docId} parts: ${withParts}`,
          ).toEqual(expected);
          compared += expected.length;
        }
    }
    // The comparison is not vacuous: hundreds of figures are found both ways.
    expect(compared).toBeGreaterThan(300);
  });
});
