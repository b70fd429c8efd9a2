import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts } from "./answer-expect.js";

/**
 * A figure asked "in the economic classification". 000 line 302 (table 06, 一般公共预算财政拨款基本
 * 支出决算明细表): 30231 公务用车运行维护费 85.75; line 356 (三公 table) prints the same name.
 */
const { ask } = useSampleEngine();

describe("a classification named in the question", () => {
  it("reads the lexicon figure's row of that name in the economic table, its code shown", async () => {
    const r = await ask("市政府办2024年按经济分类，公务用车运行维护费列了多少");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "30231", name: "公务用车运行维护费" }]);
    expectFacts(r, "85.75万元");
    expectCited(r, DOC.cityFinal, 302, "06");
    expect(r.answer).toContain("30231");
  });

  it("without the classification named, the lexicon figure stays as asked", async () => {
    const r = await ask("市政府办2024年公务用车运行维护费列了多少");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务用车运行维护费" }]);
  });
});
