import { describe, expect, it } from "vitest";
import { DOC_IDS, parseCorpus } from "../testing/corpus.js";
import { METRICS } from "./metrics.js";
import { documentFigures, FIGURE_WANTS, holdsMetric, selectMetricFacts } from "./select-figures.js";

describe("documentFigures", () => {
  it("gives each document's headline figures as stated (000: lines 474 and 496)", async () => {
    const { "000": doc } = await parseCorpus();
    const actual = (metric: string) =>
      documentFigures(doc.facts, doc.info).find((f) => f.metric === metric && f.want === "actual")?.value;
    expect(actual("公用经费")).toBe("2104.76"); // 公用经费2104.76万元
    expect(actual("公务接待费")).toBe("1.12"); // 公务接待费…支出决算为1.12万元
  });

  it("gives, on the sample, what testing every fact against every metric gives", async () => {
    const docs = await parseCorpus();
    for (const id of DOC_IDS) {
      const { facts, info } = docs[id];
      const expected = METRICS.flatMap((metric) => {
        const own = facts.filter((fact) => holdsMetric(fact, metric.key));
        return FIGURE_WANTS.flatMap((want) => {
          const fact = selectMetricFacts(own, info, metric.key, want)[0];
          return fact
            ? [{ metric: metric.key, want, docId: info.docId, factId: fact.id, value: fact.value }]
            : [];
        });
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(documentFigures(facts, info)).toEqual(expected);
    }
  });
});
