import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Figures combined as people ask: one less another, a difference in percent, a mean of units, one
 * unit's figure over another's, two shares of one whole, a hypothetical change. Each result is the
 * calculator's, its formula shown. Figures from data/docs at the lines given.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("one figure less another", () => {
  // 000 line 356: 三公经费 136.85, 公务接待费 1.12.
  it.each([
    "市政府办三公经费除去公务接待以外是多少",
    "除了公务接待，市政府办三公经费还有多少",
    "市政府办三公经费刨掉公务接待剩多少",
  ])("%s: the whole less the part", async (question) => {
    const r = await ask(question);
    expect(plain(r.answer)).toContain("“三公”经费扣除公务接待费后为 135.73万元");
    expect(r.answer).toContain("136.85 − 1.12 = 135.73");
    expectGrounded(r);
  });

  // 002 line 173: 支出合计 840.70; line 287: 人员经费合计 544.3.
  it("扣除…还剩 subtracts the named part", async () => {
    const r = await ask("区委办支出合计扣除人员经费后还剩多少");
    expect(plain(r.answer)).toContain("支出合计扣除人员经费后为 296.40万元");
  });
});

describe("a difference asked in percent", () => {
  // 000 line 306: 人员经费合计 2,619.09, 公用经费合计 2,104.76.
  it("多百分之多少 is the difference over the second figure", async () => {
    const r = await ask("市政府办人员经费比公用经费多百分之多少");
    expect(r.plan.operation).toBe("difference");
    // (2619.09 − 2104.76) ÷ 2104.76 = 24.44%
    expect(plain(r.answer)).toContain("多 24.44%");
    expect(r.answer).not.toContain("倍");
    expectGrounded(r);
  });
});

describe("several units' figures together", () => {
  // 002 line 121: 本年支出合计 840.70; 001 line 56: 247.80.
  it("平均是多少 is their mean", async () => {
    const r = await ask("区委办和驻京办的支出合计平均是多少");
    expect(plain(r.answer)).toContain("两个单位支出合计的平均数为 544.25万元");
    expect(r.answer).toContain("(840.7 + 247.8) ÷ 2 = 544.25");
  });

  // 002 line 338: 三公 9.00; 000 line 356: 136.85.
  it("one unit's figure as a share of another's", async () => {
    const r = await ask("区委办三公经费占市政府办三公经费的百分之几");
    // 9 ÷ 136.85 = 6.58%
    expect(plain(r.answer)).toMatch(
      /中共株洲市天元区委办公室2024年度“三公”经费占株洲市人民政府办公室2024年度“三公”经费的 6\.58%/,
    );
    expectGrounded(r);
  });

  it("'是乙的几分之几' divides by the unit named after 是", async () => {
    const r = await ask("区委办三公经费是市政府办的几分之几");
    expect(plain(r.answer)).toContain("6.58%");
  });
});

describe("two shares of one whole", () => {
  // 002 line 287: 人员经费合计 544.3, 公用经费合计 86.7; line 440: 基本支出 631.11.
  it("their difference is in percentage points", async () => {
    const r = await ask("区委办2024年公用经费占基本支出比例比人员经费低多少个百分点");
    const answer = plain(r.answer);
    // 86.7 ÷ 631.11 = 13.74%; 544.3 ÷ 631.11 = 86.24%
    expect(answer).toContain("公用经费占基本支出的 13.74%");
    expect(answer).toContain("人员经费占 86.24%");
    expect(answer).toContain("前者比后者低 72.50个百分点");
  });
});

describe("a hypothetical change on a disclosed figure", () => {
  // 002 line 121: 支出合计 840.70.
  it("is computed from the figure and said to be no disclosed number", async () => {
    const r = await ask("如果区委办支出合计再压减10%，会是多少");
    const answer = plain(r.answer);
    expect(answer).toContain("压减 10.00% 计算，为 756.63万元");
    expect(r.answer).toContain("840.7 × (1 − 10%) = 756.63");
    expect(answer).toContain("假设情形，不是文件公开的预算或决算数");
    expectGrounded(r);
  });
});

describe("two parts' 比例", () => {
  // 002 line 356: 支出合计 840.70, 基本支出 631.11 (75.1%), 项目支出 209.59 (24.9%).
  it("'A和B的比例' is each one's share of the whole they make up", async () => {
    const r = await ask("区委办基本支出和项目支出的比例是多少");
    const answer = plain(r.answer);
    expect(r.plan.operation).toBe("share");
    expect(answer).toContain("占支出合计的 75.07%");
    expect(answer).toContain("占支出合计的 24.93%");
  });
});

describe("two rows added with 加", () => {
  // 002 lines 265–266: 30108 机关事业单位基本养老保险缴 51.28; 30109 职业年金缴费 11.98.
  it("sums both rows the everyday words name", async () => {
    const r = await ask("区委办职业年金加养老保险一共交了多少");
    expect(r.plan.operation).toBe("sum");
    // 51.28 + 11.98 = 63.26
    expect(plain(r.answer)).toContain("63.26万元");
    expectGrounded(r);
  });
});

describe("each part's share of one whole", () => {
  // 001 lines 1132–1137: 三公经费 决算 23.3; 因公出国（境）费 0; 公务接待费 3.6; 公务用车运行维护费 19.7.
  it("breaks the whole down with every part's share computed", async () => {
    const r = await ask("驻京办三公经费各项占比多少");
    const answer = plain(r.answer);
    // 19.7 ÷ 23.3 = 84.55 %; 3.6 ÷ 23.3 = 15.45 %.
    expect(answer).toContain("占 84.55%");
    expect(answer).toContain("占 15.45%");
    expectGrounded(r);
  });
});

describe("a rough figure for one car", () => {
  // 001 line 1137: 公务用车运行维护费 决算 19.7万元; line 1154: "共有车辆3辆".
  it("is the running cost over the cars", async () => {
    const r = await ask("驻京办每年一辆车的运行费大概多少钱");
    expect(r.plan.operation).toBe("per_capita");
    // 19.7 ÷ 3 = 6.5666… → 6.57
    expect(plain(r.answer)).toContain("6.57万元/辆");
  });
});

describe("a draft asked to carry its figures", () => {
  // 000 line 398: 行政运行 年初预算 3387.7, 支出决算 3647.8, 完成年初预算的107.68%, reason 原金融办.
  it("'要有数' is how the draft is asked, not a figure's name", async () => {
    const answer = plain((await ask("帮写一段市政府办行政运行经费超支的说明，要有数")).answer);
    expect(answer).toContain("3387.70万元");
    expect(answer).toContain("3647.80万元");
    expect(answer).toContain("原金融办");
  });
});

describe("the unit's projects added up", () => {
  // 001 line 1278: 驻京工作经费 "项目支出209.35万元"; line 1284: 招商专项 "项目支出38.46万元"; lines 304–307
  // (03 表, one cell a line): 合计 247.80, 基本支出 0.00, 项目支出 247.80.
  it("lists the projects, adds them and names the gap to the printed total", async () => {
    const r = await ask("驻京办那两个项目实际花的钱加起来是多少");
    const answer = plain(r.answer);
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "项目支出" }]);
    // 209.35 + 38.46 = 247.81, 0.01 more than the table's 247.80.
    expect(answer).toContain("列出的项目合计 247.81万元");
    expect(answer).toMatch(/相差 0\.01万元/);
    expect(answer).not.toContain("按“支出合计”理解");
    expectGrounded(r);
  });
});

describe("a sum that says how many rows it lists", () => {
  // 002 lines 265–266: 30108 机关事业单位基本养老保险缴 51.28; 30109 职业年金缴费 11.98.
  it("adds them when every row is read", async () => {
    const r = await ask("区委办养老保险和职业年金两项合计多少");
    expect(plain(r.answer)).toContain("63.26万元");
  });

  it("does not give the sum of fewer rows than it lists", async () => {
    const r = await ask("区委办养老保险、职业年金、下午茶三项合计多少");
    expect(r.status).not.toBe("answered");
    expect(plain(r.answer)).not.toContain("63.26万元");
  });
});

describe("a sum with a part the documents do not state", () => {
  // 002 line 486: 会议费 is stated; the unit's final accounts state no 政府性基金 spending figure.
  it("is refused, the part found named as the closest figure", async () => {
    const r = await ask("区委办政府性基金支出和会议费一共多少");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("无法合计");
    expect(plain(r.answer)).toContain("会议费");
  });
});

describe("money per head said in other words", () => {
  // 001 line 11: "编制7人，现有在职人员5人"; lines 120–122 (01 表, one cell a line): 本年支出合计 247.80.
  it.each(["驻京办2024年每个编制平均多少钱", "驻京办2024年每个人平均多少经费"])(
    "%s divides the spending total, said so",
    async (question) => {
      const r = await ask(question);
      const answer = plain(r.answer);
      // 247.8 ÷ 5 = 49.56; 247.8 ÷ 7 = 35.40
      expect(answer).toContain("49.56万元/人");
      expect(answer).toContain("35.40万元/人");
      expect(answer).toContain("未指明哪项支出，按支出合计计算");
    },
  );

  it("a follow-up's money per head is the conversation's figure", async () => {
    const r = await ask("驻京办2024年接待总共多少批次", "公务接待那部分呢", "人均花多少钱");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务接待费" }]);
  });
});

describe("a whole asked as the rows that add up to it", () => {
  // 002 line 115: 社会保障和就业支出 64.82; lines 149–151: 2080505 51.28, 2080506 11.98, 2089999 1.56.
  it("'是哪三项加在一起的' lists the class's rows, each with its share", async () => {
    const r = await ask("天元区委办社会保障和就业支出是哪三项加在一起的");
    expect(r.plan.operation).toBe("breakdown");
    for (const row of ["51.28万元", "11.98万元", "1.56万元"]) expect(plain(r.answer)).toContain(row);
    expectGrounded(r);
  });
});

describe("a count taken out of an amount", () => {
  // 001 lines 1323–1328 (基础数据表, 2024年决算数): 三公经费 23.3, 公务用车购置和维护经费 19.7.
  it("'三公经费去掉公车那块' is the money less the cars' money, never less the number of cars", async () => {
    const r = await ask("驻京办2024年三公经费去掉公车那块还有多少");
    expect(r.answer).toContain("23.3 − 19.7 = 3.6");
    expect(r.answer).not.toMatch(/− \d辆|23\.3 − 3 =/);
    expectGrounded(r);
  });

  it("money is never set against a count", async () => {
    const r = await ask("驻京办三公经费和车辆数相差多少");
    expect(r.answer).not.toMatch(/23\.3 − 3 =|23\.30 − 3 =/);
    expect(r.facts.some((fact) => fact.label.includes("之差"))).toBe(false);
  });
});

describe("a year's amount spread over its months", () => {
  // 000 line 356 (09 表): 三公经费 决算 136.85. By hand 136.85 ÷ 12 = 11.4041… → 11.40.
  it("'月均' is the year's figure divided by twelve, said to be an average", async () => {
    const r = await ask("市政府办2024年三公经费月均花多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("136.85 ÷ 12 = 11.40");
    expect(r.answer).toContain("这不是某个月的实际支出");
    expectGrounded(r);
  });

  it("in 元, to the fen from the exact quotient: 136.85万元 ÷ 12 = 114041.67元", async () => {
    const r = await ask("市政府办2024年三公经费平均一个月多少元");
    expect(r.answer).toContain("114041.67元");
  });

  it("a month of its own is still not disclosed", async () => {
    const r = await ask("市政府办2024年5月份的三公经费");
    expect(r.status).toBe("not_found");
  });
});

describe("a share said as 份额", () => {
  // 000 line 374: "2024年度支出合计5487.18万元，其中：基本支出4723.85万元，占86.09%".
  it("'份额' asks the share", async () => {
    const r = await ask("市政府办2024年支出合计里基本支出的份额");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("86.09%");
  });
});

describe("two amounts asked as a ratio", () => {
  // 000 line 600: "人员经费 2619.09 万元、公用经费 2104.76 万元". By hand 2619.09 ÷ 2104.76 = 1.2444 → 1.24.
  it("'大概是几比一' is the one divided by the other", async () => {
    const r = await ask("市政府办2024年人员经费跟公用经费大概是几比一");
    expect(r.answer).toContain("2619.09 ÷ 2104.76 = 1.24倍");
  });
});
