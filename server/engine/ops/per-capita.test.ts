import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Compositions over resolved quantities, computed by the calculator with the formula shown.
 * Operands from data/docs: 002 table 06 line 287 (人员经费合计 544.3) and line 442 (544.36), line
 * 580 (编制人数 22 人, 实有人数 29 人); 000 line 356 (三公 136.85) and line 131 (本年支出合计
 * 5,487.18); 001 line 1137 (公务用车运行维护费 19.7) and line 1142 (3 辆). Results by hand:
 * 544.3 ÷ 29 = 18.768… → 18.77; 544.3 ÷ 22 = 24.740… → 24.74; 136.85 ÷ 5487.18 = 2.494…% → 2.49%;
 * 19.7 ÷ 3 = 6.566… → 6.57; 001 line 1132 (三公 23.3) and line 1201 (在职 5): 23.3 ÷ 5 = 4.66.
 * 000 line 484 (因公出国 49.98万元, "累计7人次"): 49.98 ÷ 7 = 7.14; line 496 (公务接待 1.12万元, "来宾64人次"):
 * 11200元 ÷ 64 = 175.00元; line 356 (公务用车运行维护费 85.75) and line 494 (19辆): 85.75 ÷ 19 = 4.51;
 * 001 line 122 (支出合计 247.80) and line 11 (在职 5): 247.8 ÷ 5 = 49.56.
 */
const { ask } = useSampleEngine();

describe("per capita: an amount over a disclosed head count", () => {
  it("'一个人平均' is per head as '人均' is", async () => {
    const r = await ask("天元区委办24年的人员经费，一个人平均摊到多少？");
    expect(r.plan.operation).toBe("per_capita");
    expect(r.answer).toContain("544.3 ÷ 29 = 18.77万元/人");
  });

  it("区委办人均人员经费: 544.3 ÷ 29 在职 = 18.77, and by 编制 22 = 24.74", async () => {
    const r = await ask("区委办人均人员经费是多少");
    expect(r.status).toBe("answered");
    expect(r.plan.operation).toBe("per_capita");
    expectFacts(r, "544.3万元 29人 22人 18.77万元/人 24.74万元/人");
    expect(r.answer).toContain("544.3 ÷ 29 = 18.77万元/人");
    expect(r.answer).toContain("544.3 ÷ 22 = 24.74万元/人");
    expectCited(r, DOC.tianyuanFinal, 287, "06");
    // The narrative's 544.36 is shown beside the table's 544.3, not dropped.
    expectFacts(r, "544.36万元");
    expectGrounded(r);
  });

  it("per vehicle: 公务用车运行维护费 19.7 ÷ 3 辆 = 6.57", async () => {
    const r = await ask("驻京办平均每辆车的公务用车运行维护费是多少");
    expect(r.plan.operation).toBe("per_capita");
    expectFacts(r, "19.7万元 3辆 6.57万元/辆");
    expect(r.answer).toContain("19.7 ÷ 3 = 6.57万元/辆");
    expectCited(r, DOC.beijingFinal, 1142);
    expectGrounded(r);
  });
});

describe("per visit, per vehicle and everyday amounts", () => {
  it("每人次: the amount over its own stated 人次, not the head count", async () => {
    const r = await ask("市政府办2024年因公出国，平均每人次花了多少");
    expect(r.plan.perUnit).toBe("per_visit");
    expectFacts(r, "49.98万元 7人次 7.14万元/人次");
    expectGrounded(r);
  });

  it("a quotient under 0.1万元 is stated in 元 with the conversion shown", async () => {
    const r = await ask("市政府办2024年公务接待，平均每人次多少元");
    expectFacts(r, "1.12万元 64人次 175.00元/人次");
    expect(r.answer).toContain("1.12 × 10000 ÷ 64 = 175.00元/人次");
    expectGrounded(r);
  });

  it("“每辆…运行维护费” reads the vehicles' running cost, not a project of a like name", async () => {
    const r = await ask("市政府办有19辆公车，平均每辆车一年的运行维护费是多少");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务用车运行维护费" }]);
    expectFacts(r, "85.75万元 19辆 4.51万元/辆");
  });

  it("“每台…运维” clipped, the car named before a comma: still the cars' running cost", async () => {
    const r = await ask("市政府办的那些公车，算下来每台运维要多少钱");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务用车运行维护费" }]);
    expectFacts(r, "85.75万元 19辆 4.51万元/辆");
  });

  it("“人均支出” with no amount named divides the total spending", async () => {
    const r = await ask("驻京办按在职人数算，人均支出是多少");
    expectFacts(r, "247.8万元 5人 49.56万元/人");
  });
});

describe("per capita across units", () => {
  it("ranks the units by the quotient: 驻京办 23.3 ÷ 5 = 4.66 first", async () => {
    const r = await ask("三个单位人均三公经费哪个最高");
    expect(r.plan.operation).toBe("per_capita");
    expect(r.answer.split("\n")[0]).toContain("株洲市人民政府驻北京联络处");
    // 136.85 ÷ 125 = 1.0948 → 1.09 (000 lines 356, 594); 9.00 ÷ 29 = 0.3103 → 0.31 (002 lines 338, 580).
    expectFacts(r, "4.66万元/人 1.09万元/人 0.31万元/人");
    expectGrounded(r);
  });

  // Reception is spent on guests: 002 line 474 "公务接待费支出决算为0.13万元，…来宾6人次" → 216.67元/人次;
  // 000 line 496 "支出决算为1.12万元 … 来宾64人次" → 175.00元/人次; 001 line 1141 "公务接待16批次176人次，
  // 支出2.71万元" → 153.98元/人次. Per head of staff is shown beside it: 3.60 (001) ÷ 5 = 0.72万元/人.
  it("ranks reception per guest, the staff quotient beside it", async () => {
    const r = await ask("三家单位里谁的人均公务接待费最高");
    expect(r.answer.split("\n")[0]).toContain("中共株洲市天元区委办公室");
    expectFacts(r, "216.67元/人次 175.00元/人次 153.98元/人次 0.72万元/人");
  });
});

describe("ratio of two resolved quantities", () => {
  it("A是B的百分之几: 三公 136.85 ÷ 支出合计 5487.18 = 2.49%", async () => {
    const r = await ask("市政府办2024年三公经费是支出合计的百分之几");
    expect(r.status).toBe("answered");
    expect(r.plan.operation).toBe("share");
    expectFacts(r, "2.49% 136.85万元 5487.18万元");
    expect(r.answer).toContain("136.85 ÷ 5487.18 = 2.49%");
    expectCited(r, DOC.cityFinal, 356, "09");
    expectGrounded(r);
  });
});

describe("per batch of a stated count", () => {
  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元": 2.71 ÷ 16 = 0.169… → 0.17万元/批次.
  it("公务接待 per 批次 divides the amount stated with the batches", async () => {
    const r = await ask("驻京办的公务接待平均每一批花多少");
    expect(r.plan.operation).toBe("per_capita");
    expectFacts(r, "2.71万元 16批次 0.17万元/批次");
  });

  // 001 line 1141: 公务接待16批次…支出2.71万元; 27100元 ÷ 16 = 1693.75元 (0.17万元 keeps two digits only).
  it("an average under 1万元 apiece is also said in 元, to the 分", async () => {
    const r = await ask("驻京办公务接待每批平均要花多少钱");
    expect(r.answer).toContain("0.17万元/批次");
    expect(r.answer).toContain("即1693.75元/批次");
  });
});

describe("the other counts of the sentence divided by", () => {
  // 000 line 484: "…2024年度安排因公出国（境）团组6个，累计7人次…": 49.98 ÷ 7 = 7.14; the 6 团组 said beside.
  it("are said after the average, as what the money paid for", async () => {
    const r = await ask("市政府办出国经费每人次平均多少钱");
    expectFacts(r, "7人次 6个");
    expect(r.answer).toContain("49.98 ÷ 7 = 7.14万元/人次");
    expect(r.answer.replace(/\*\*/g, "")).toMatch(/文件同时写明因公出国（境）费：团组 6个/);
  });
});
