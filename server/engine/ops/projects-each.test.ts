import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 lines 1224–1245 (表1.项目资金支出情况): 驻京工作经费 年初预算217、支出209.35、结余 -7.65; 招商专项
 * 年初预算40、支出38.46、结余 -1.44 (40 − 38.46 is 1.54). The narrative calls the second one 招商项目.
 */
describe("the unit's projects asked one by one, none named", () => {
  it("sets each against its budget, adds the balances and sets the table's printed ones beside", async () => {
    const r = await sample.ask("北京联络处那两个项目各结余了多少，合计多少");
    const text = plain(r.answer);
    expect(text).toContain("217 − 209.35 = 7.65");
    expect(text).toContain("40 − 38.46 = 1.54");
    expect(text).toContain("7.65 + 1.54 = 9.19");
    expect(text).toContain("7.65 + 1.44 = 9.09");
  });

  it("a claimed sum is checked against the sum worked out, not against the first project's budget", async () => {
    const text = plain((await sample.ask("驻北京联络处俩项目的结余合计是不是9.09万元")).answer);
    expect(text).toContain("7.65 + 1.54 = 9.19");
    expect(text).not.toContain("明显高于");
  });
});
