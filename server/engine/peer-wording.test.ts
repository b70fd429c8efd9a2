import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Wording of other units' finance staff, students and the public on a phone, over the sample
 * final accounts and budget (data/docs). Expected figures are read from the documents at the
 * lines given.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("what the asker is doing, said before the question", () => {
  // 002 line 287: "人员经费合计 544.3" (table 06).
  it("'咱们局里也在做明年预算，想参考一下' is no budget asked of final accounts", async () => {
    const r = await ask("咱们局里也在做明年预算，想参考一下：区委办24年06表人员经费合计多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "544.3万元");
  });

  // 003 line 70: "（五）“三公”经费：是指商品和服务支出中的因公出国（境）费用、…和公务接待费。"
  it("'写论文用，' before a definition asked with 如何定义", async () => {
    const r = await ask("写论文用，株洲市政府办预算说明中三公经费如何定义");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("是指商品和服务支出中的因公出国（境）费用");
  });
});

describe("what the documents never disclose", () => {
  // 002 line 474: "公务接待费支出决算为0.13万元，全年共接待来访团组1个、来宾6人次".
  it("what guests were served is refused, the year's total named as the closest", async () => {
    const r = await ask("区委办接待客人都吃什么");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("0.13万元");
  });

  it("an office inside a department ('综合科') is refused: disclosures are per unit", async () => {
    const r = await ask("株洲市政府办综合科一年经费多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("内设处室");
  });

  it("a unit whose name ends in 处 is no office inside another", async () => {
    const r = await ask("驻北京联络处2024年公务接待费");
    expect(r.status).toBe("answered");
  });

  // 001 line 1110: "本年支出合计247.8万元，其中：基本支出0万元…项目支出247.8万元"; line 734: 30214 租赁费 0.00.
  it("an economic row's 0 of a unit with no basic spending answers nothing: refused, projects named", async () => {
    const r = await ask("驻京办2024年租赁费花了多少");
    expect(r.status).toBe("not_found");
    expectFacts(r, "247.8万元");
    expect(r.answer).toContain("项目支出没有按经济分类列出");
    expectGrounded(r);
  });

  // 000 line 290: 30214 租赁费 20.49 (a unit with basic spending).
  it("the same row of a unit with basic spending is its figure", async () => {
    const r = await ask("市政府办2024年租赁费花了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "20.49万元");
  });
});

describe("an item the documents count inside a figure, asked with the things like it", () => {
  // 002 line 476: "公务用车运行维护费3.5万元，主要是加油费、通行费、维修费、保险费支出".
  it("'加油保养之类的' is the car running cost that holds them, read so", async () => {
    const r = await ask("区委办公车加油保养之类的一年花多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "3.5万元");
    expect(r.answer).toContain("按包含它们的“公务用车运行维护费”回答");
  });

  it("the item alone is still refused, the figure holding it named", async () => {
    const r = await ask("区委办公车加油一年花多少");
    expect(r.status).toBe("not_found");
    expectFacts(r, "3.5万元");
  });
});

describe("two units asked in turn, then compared", () => {
  // 002 line 490: 授予中小企业合同金额114.69万元，占政府采购支出总额的91.0%; 000 line 516: 675.32 of 675.32, 100%.
  it("'哪家给中小企业的比例更高' ranks both units' shares", async () => {
    const r = await ask("天元区委办24年政府采购总额是多少", "那株洲市政府办的呢", "哪家给中小企业的比例更高");
    expect(r.plan.operation).toBe("rank");
    const answer = plain(r.answer);
    expect(answer).toContain("114.69 ÷ 126.03 = 91.00%");
    expect(answer).toContain("675.32 ÷ 675.32 = 100.00%");
  });

  it("'的比例' of two units named together is a share, not a difference of amounts", async () => {
    const r = await ask("市政府办和区委办给中小企业的比例谁高");
    expect(r.plan.operation).toBe("rank");
    expect(plain(r.answer)).not.toContain("114.69 − 675.32");
  });
});

describe("what a sum is for, asked with it", () => {
  // 000 line 508: "2024年本部门开支会议费2.22万元，用于召开新三板动员推进会议，…".
  it("the sentence stating the figure is quoted when it says what the money is for", async () => {
    const r = await ask("市政府办2024年会议费决算多少，都用在什么上");
    expect(r.status).toBe("answered");
    expectFacts(r, "2.22万元");
    expect(r.answer).toContain("新三板动员推进会议");
  });

  it("no sentence is quoted when what it is for is not asked", async () => {
    const r = await ask("市政府办2024年会议费决算多少");
    expect(r.answer).not.toContain("新三板动员推进会议");
  });
});
