import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";

/**
 * data/docs/001 (驻京办 2024 决算), line 1209: "…项目支出年初预算为257万元，…本年度项目支出决算数为247.8万元，项目
 * 资金结余9.09万元"; 表1.项目资金支出情况（部门预算支出）, lines 1239–1245: "合 计 | 257 | 257 | 247.81 |
 * 96.42% | -9.09". 257 − 247.8 = 9.20: the table's balance is counted on its own 247.81.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a balance the document states in a table of its own", () => {
  it("is said beside the computed gap when a balance is asked, with the spending it is counted on", async () => {
    const r = await ask("驻京办2024年预算执行下来结余了多少钱");
    expectFacts(r, "-9.09万元 247.81万元");
    const text = plain(r.answer);
    expect(text).toContain("257 − 247.8 = 9.2");
    expect(text).toContain("合计“超支（+）/结余（-）”为 -9.09万元");
  });

  it("is said in a draft explaining an under-spending", async () => {
    const r = await ask("帮我写一段驻京办2024年决算少于年初预算的说明");
    expectFacts(r, "-9.09万元");
  });

  // 001 line 1132: 三公 "预算为40万元，支出决算为23.3万元": the project table's balance is not of this money.
  it("is not said of another figure's under-spending (the 三公 total is not the projects' table)", async () => {
    const r = await ask("起草一段说明：驻京办三公经费决算比预算少的原因");
    expect(r.answer).not.toContain("9.09");
  });

  it("is not said when neither a balance nor a draft is asked", async () => {
    const r = await ask("驻京办2024年预算完成率是多少");
    expect(r.answer).not.toContain("9.09");
  });
});
