import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts } from "./answer-expect.js";

/**
 * The department's self-evaluation score, read from its 整体支出绩效自评表 (总分 / 得分), whatever
 * layout the export prints the form in. Expected figures are read from data/docs at the lines given.
 */
const { ask } = useSampleEngine();

describe("the score of a department's self-evaluation form", () => {
  // 001 prints the form one cell per line: 总分 / 100 / 99.6 on lines 1620–1622.
  it("is read from a form printed one cell per line", async () => {
    const r = await ask("驻京办整体支出绩效自评得了几分");
    expectFacts(r, "99.6分");
    expectCited(r, DOC.beijingFinal, 1620);
  });

  // 000: the form's 总分 row (line 807) scores 99.68; the narrative (line 530) says 99.5.
  it("names the form's score where the narrative states another", async () => {
    const r = await ask("市政府办整体支出绩效自评多少分");
    expectFacts(r, "99.5分 99.68分");
    expect(r.answer).toContain("不一致");
    expectCited(r, DOC.cityFinal, 807);
  });
});
