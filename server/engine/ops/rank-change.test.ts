import { describe, expect, it } from "vitest";
import { CITY, DOC, TIANYUAN } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Rankings by a change on last year, and projects named differently in text and tables. From
 * data/docs: 收支总计 比上年 −29.7% (002 line 348), −11.72% (001 line 1106), −5.62% (000 line
 * 366); 三公 +89.9% stated (002 line 458), 000 computed from 151.98 (line 729) and 136.85
 * (line 356): (136.85 − 151.98) ÷ 151.98 = −9.955…% → −9.96%. 政府门户网站专项: 48.89 in the
 * narrative ("（1）政府门户网站专项资金项目", 000 lines 654–656), 4.9 in the attachment's base
 * data table (line 746, a row "政府门户网站专项" beside "政府门户网专项 … 48.89").
 */
const { ask } = useSampleEngine();

describe("rank by the change on last year", () => {
  it("the largest fall is the most negative change (stated rates)", async () => {
    const r = await ask("三家单位收支总计同比降幅哪家最大");
    expect(r.plan.operation).toBe("rank");
    expect(r.answer.split("\n")[0]).toContain(TIANYUAN);
    expectFacts(r, "-29.7% -11.72% -5.62%");
    expectCited(r, DOC.tianyuanFinal, 348);
    expectCited(r, DOC.cityFinal, 366);
    const order = ["29.70%", "11.72%", "5.62%"].map((v) => r.answer.indexOf(v));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expectGrounded(r);
  });

  it("a rate the documents do not state is computed from both years, formula shown", async () => {
    const r = await ask("哪个单位三公经费增幅最大");
    expect(r.answer.split("\n")[0]).toContain(TIANYUAN);
    expectFacts(r, "89.9% -9.96%");
    expect(r.answer).toContain("(136.85 − 151.98) ÷ 151.98 = -9.96%");
    expect(r.answer).toContain(CITY);
    expectGrounded(r);
  });
});

describe("one project, two spellings", () => {
  it("政府门户网站专项: the narrative's 48.89 first, the table row that differs stated beside it", async () => {
    const r = await ask("市政府办2024年政府门户网站专项支出多少");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("**48.89万元**");
    expectFacts(r, "48.89万元 4.9万元");
    expectCited(r, DOC.cityFinal, 656);
    expectCited(r, DOC.cityFinal, 746, "a9");
  });
});
