import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Figures people derive from two disclosed ones: a row named loosely, two years added or averaged,
 * a share ranked across units, a multiple of zero, a cut stated in words. Figures from data/docs
 * at the lines given; each result is the calculator's.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("two figures of one budget", () => {
  // 003 line 41: 基本支出 2024年年初预算为2960.77万元; line 42: 项目支出 …为2351.15万元. The final
  // accounts' attachment prints another 项目支出 budget; a difference in the budget reads one document.
  it("a difference of two budget figures reads both from the budget document", async () => {
    const r = await ask("市政府办2024年预算基本支出比项目支出多多少");
    expect(r.plan.operation).toBe("difference");
    // 2960.77 − 2351.15 = 609.62
    expect(r.answer).toContain("2960.77 − 2351.15 = 609.62");
    expect(r.citations.every((c) => c.docId === "003_ff9efc1699625d1f")).toBe(true);
    expectGrounded(r);
  });
});

describe("finance staff's wording", () => {
  // 001 line 1119: 财政拨款支出年初预算数为257万元, 决算数为247.8万元, 完成年初预算的96.4%.
  it("财政拨款 with its budget and, after a comma, its actual is the appropriated spending", async () => {
    const r = await ask("驻京办2024年财政拨款年初预算多少，实际支出多少，完成率");
    expect(r.plan.metrics[0]).toEqual({ type: "metric", key: "财政拨款支出" });
    expectFacts(r, "257万元 247.8万元 96.4%");
    expectGrounded(r);
  });

  // 000 line 289: 30213 维修（护）费 97.84.
  it("列支 is spending, not a figure of its own", async () => {
    const r = await ask("市政府办24年决算里维修（护）费列支了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "97.84万元");
  });

  // 000 line 472: 人员经费…占基本支出的55.44%; 002 line 442: 人员经费544.36万元，占基本支出的86.3%.
  it("the gap between two units' shares, in points, from the shares the documents state", async () => {
    const r = await ask("市政府办和区委办2024年人员经费占基本支出的比重差了多少个百分点");
    // 86.3 − 55.44 = 30.86
    expect(r.answer).toContain("86.3% − 55.44% = 30.86个百分点");
    expectGrounded(r);
  });
});

describe("changes on last year with their stated reasons", () => {
  // 000 line 734: 公务接待 2023年 1.98, 2024年 1.12; line 496: 与上年相比减少0.86万元，降低43.43%…
  // 决算数小于上年数的主要原因是接待任务减少.
  it("a two-year trend quotes the change the document states, with its reason", async () => {
    const r = await ask("市政府办公务接待费这两年变化");
    expect(r.plan.operation).toBe("trend");
    expect(plain(r.answer)).toContain("2023年 1.98万元");
    expect(plain(r.answer)).toContain("与上年相比减少 0.86万元");
    expect(r.answer).toContain("接待任务减少");
    expectGrounded(r);
  });

  // 002 line 482: 机关运行经费支出42.22万元，比上年决算数减少9.81万元，减少18.9%. By hand: last year
  // 42.22 + 9.81 = 52.03; (42.22 − 52.03) ÷ 52.03 = −18.85 %, which the printed 18.9% rounds.
  it("a stated rate is checked against the rate the two amounts give", async () => {
    const r = await ask("天元区委办的机关运行费用较上一年降了多少");
    const text = plain(r.answer);
    expect(text).toContain("下降 18.90%");
    expect(text).toContain("(42.22 − 52.03) ÷ 52.03 = -18.85%");
  });

  // 002 line 348: 收、支总计 840.70 万元。与上年相比，减少 355.92 万元，减少 29.7%，主要是因为…回原单位管理.
  it("决算总盘子 is the final accounts' total; last year's is worked out from the stated change", async () => {
    const r = await ask("天元区委办2024年决算总盘子比上年降了近三成，原因是什么？2023年有多少");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "收支总计" }]);
    // 840.70 + 355.92 = 1196.62
    expect(r.answer).toContain("840.7 − (-355.92) = 1196.62");
    expect(r.answer).toContain("回原单位管理");
    expect(r.answer).toContain("由2024年度决算所列本年数与比上年的增减额推算");
  });
});

describe("drafts asked with words about their readers and tone", () => {
  // 000 line 484: 因公出国（境）费支出预算为20万元，支出决算为49.98万元，完成预算的249.9%…原因：编制预算时
  // 2024年出国计划未定.
  it("'大大超过' and '给人大看的' are how the draft is asked, no figure of their own", async () => {
    const r = await ask("起草一段说明：市政府办2024年因公出国（境）费决算为什么大大超过预算，给人大看的");
    expect(r.status).toBe("answered");
    // 49.98 − 20 = 29.98
    expect(r.answer).toContain("49.98 − 20 = 29.98");
    expect(r.answer).toContain("编制预算时2024年出国计划未定");
    expect(r.answer).toContain("可直接使用的说明草稿");
  });
});

describe("an average worked out by a measure the asker names", () => {
  // 000 line 306: 人员经费合计 2619.09; line 594: 在职人数125人.
  it("'按<某报告>里的在职人数算' names the source of the count; the average is still computed", async () => {
    const r = await ask("按绩效自评报告里的在职人数算，市政府办2024年人均人员经费大概多少");
    // 2619.09 ÷ 125 = 20.95
    expect(r.answer).toContain("2619.09 ÷ 125 = 20.95万元/人");
    expectGrounded(r);
  });
});

describe("a stated rate of the other budget in the same row", () => {
  // 002 line 704: 年度资金总额 年初预算数 863.40, 全年预算数 1016.64, 全年执行数 840.70, 执行率 82.7%.
  it("an execution rate of the full-year budget is not said to be the start-of-year budget's", async () => {
    const r = await ask("区委办2024年整体支出按年初预算算执行率多少");
    const text = plain(r.answer);
    expect(text).not.toContain("完成年初预算的 82.70%");
    // 840.7 ÷ 863.4 = 97.37%; 840.7 ÷ 1016.64 = 82.69%
    expect(r.answer).toContain("840.7 ÷ 863.4 = 97.37%");
    expect(r.answer).toContain("840.7 ÷ 1016.64 = 82.69%");
    expectGrounded(r);
  });
});

describe("a figure by economic class", () => {
  // 000 table 06: line 277 301 工资福利支出 2,190.38 and 302 商品和服务支出 2,101.18; line 280 310
  // 资本性支出 3.58; line 291 303 对个人和家庭的补助 428.71; line 184 (table 03) 基本支出 4,723.85.
  it("'按经济分类分别多少': each class from table 06, their sum set against the figure", async () => {
    const r = await ask("市政府办2024年基本支出按经济分类分别多少");
    const text = plain(r.answer);
    expect(text).toContain("工资福利支出（301）：2190.38万元");
    expect(text).toContain("商品和服务支出（302）：2101.18万元");
    expect(text).toContain("对个人和家庭的补助（303）：428.71万元");
    expect(text).toContain("资本性支出（310）：3.58万元");
    // 2190.38 + 2101.18 + 428.71 + 3.58 = 4723.85
    expect(r.answer).toContain("2190.38 + 2101.18 + 428.71 + 3.58 = 4723.85");
    expect(text).toContain("相符");
    expectGrounded(r);
  });
});

describe("one body's projects for another", () => {
  // 003 line 42: 项目支出 2351.15; "驻京工作经费项目217万，主要用于驻京办的日常运转；招商专项项目40万元，
  // 主要用于驻京办的招商工作".
  it("the projects a budget's passage says are for another body, added and set against its project spending", async () => {
    const r = await ask("市政府办2024年预算里给驻京办的两个项目合计占项目支出多大比重");
    // 217 + 40 = 257; 257 ÷ 2351.15 = 10.93%
    expect(r.answer).toContain("217 + 40 = 257");
    expect(r.answer).toContain("257 ÷ 2351.15 = 10.93%");
    expect(r.answer).toContain("招商专项项目");
    expect(r.answer).not.toContain("政府办运转经费");
    expectGrounded(r);
  });

  it("another figure of that body in the budget is not its projects", async () => {
    const r = await ask("2024年市政府办部门预算里驻京办的人员经费是多少");
    expect(r.answer).not.toContain("217 + 40");
  });
});

describe("two named figures, one of them written loosely", () => {
  // 001 line 1134: 公务接待费 3.6; line 1137: 公务用车运行维护费 19.7.
  it("a running cost beside the reception cost is not also the combined car cost", async () => {
    const r = await ask("驻京办公务接待费和公务用车运行费加起来多少");
    expect(r.plan.operation).toBe("sum");
    expect(plain(r.answer)).toContain("公务接待费、公务用车运行维护费合计 23.30万元");
    expect(r.answer).toContain("3.6 + 19.7 = 23.3）");
    expect(r.answer).not.toContain("购置及运行维护费");
    expectGrounded(r);
  });

  // "购置费和运行费各多少" names the two parts of the car cost, not their sum.
  it("购置费和运行费 are the two parts", async () => {
    const r = await ask("市政府办公务用车购置费和运行费各多少");
    expect(r.plan.metrics).toEqual([
      { type: "metric", key: "公务用车购置费" },
      { type: "metric", key: "公务用车运行维护费" },
    ]);
  });

  // 000 line 277: 302 商品和服务支出 2,101.18; line 291: 303 对个人和家庭的补助 428.71.
  it("a row's name asked without its 的", async () => {
    const r = await ask("市政府办商品和服务支出是对个人和家庭补助的多少倍");
    // 2101.18 ÷ 428.71 = 4.90
    expect(r.answer).toContain("2101.18 ÷ 428.71 = 4.90倍");
    expectGrounded(r);
  });

  // 001 line 56: 一般公共预算财政拨款收入 247.80; line 119: 本年收入合计 247.80.
  it("一般公共预算拨款 is the general budget's appropriation income", async () => {
    const r = await ask("驻京办2024年一般公共预算拨款占收入总计的百分比");
    expect(r.answer).toContain("247.8 ÷ 247.8 = 100.00%");
  });

  // "一般公共预算财政拨款基本支出": the fund qualifies the spending; no income figure is asked.
  it("a fund before a kind of spending only qualifies it", async () => {
    const r = await ask("区委办一般公共预算财政拨款基本支出多少");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "基本支出" }]);
  });
});

describe("one figure over two years", () => {
  // 000 line 729: 三公经费 2023 决算 151.98, 2024 决算 136.85.
  it.each(["市政府办2024年的三公经费跟2023年加起来一共多少", "市政府办2023年和2024年三公经费一共多少"])(
    "%s: the two years added",
    async (question) => {
      const r = await ask(question);
      expect(r.plan.operation).toBe("sum");
      expect(plain(r.answer)).toContain("2023年、2024年“三公”经费合计 288.83万元");
      expect(r.answer).toContain("151.98 + 136.85 = 288.83");
      expectGrounded(r);
    },
  );

  it("平均每年 is the mean of the years", async () => {
    const r = await ask("市政府办2023、2024两年三公经费平均每年多少");
    // (151.98 + 136.85) ÷ 2 = 144.415 → 144.42
    expect(r.answer).toContain("(151.98 + 136.85) ÷ 2 = 144.42");
  });

  it("a trend over the two years names each year once", async () => {
    const r = await ask("市政府办2023年到2024年三公经费的变化趋势");
    const text = plain(r.answer);
    expect(text).toContain("2023年 151.98万元");
    expect(text).toContain("2024年 136.85万元");
    expect(text).not.toMatch(/2023年 136\.85/);
  });
});

describe("units ranked by a derived figure", () => {
  // 项目支出 over 支出合计: 001 line 56 247.80 of 247.80; 002 line 173 209.59 of 840.70;
  // 000 763.33 of 5,487.18 (line 131).
  it("占比最高 ranks the shares, not the amounts", async () => {
    const r = await ask("三个单位里哪个单位的项目支出占比最高");
    const text = plain(r.answer);
    expect(text).toContain("项目支出占支出合计比重最高的是株洲市人民政府驻北京联络处");
    expect(r.answer).toContain("209.59 ÷ 840.7 = 24.93%");
    expect(r.answer).toContain("763.33 ÷ 5487.18 = 13.91%");
    expect(text.indexOf("天元区委办公室")).toBeLessThan(text.indexOf("株洲市人民政府办公室"));
    expectGrounded(r);
  });

  // 002 line 458: 三公 增长89.9%; 001 and 000: 26.42 → 23.3, 151.98 → 136.85.
  it("增长最快 ranks the changes on last year", async () => {
    const r = await ask("三个单位三公经费哪个增长最快");
    expect(r.plan.operation).toBe("rank");
    expect(plain(r.answer)).toContain("增幅最大的是中共株洲市天元区委办公室（2024年），增长 89.90%");
  });
});

describe("what cannot be derived, and cuts in words", () => {
  // 001 line 883: 公用经费合计 0.00.
  it("a multiple of zero is said to be impossible", async () => {
    const r = await ask("驻京办三公经费是公用经费的几倍");
    expect(r.answer).toContain("公用经费为0，无法计算倍数");
    expect(r.answer).not.toMatch(/前者是后者的/);
  });

  // 001 line 1139: 三公 23.3 (0 + 19.7 + 3.6).
  it("百分之十 is 10%", async () => {
    const r = await ask("驻京办如果三公经费再压减百分之十还剩多少");
    expect(r.answer).toContain("23.3 × (1 − 10%) = 20.97");
  });
});

describe("years counted back from the latest", () => {
  // 000 line 729: 2023 决算 151.98 (the year before the latest), 2024 决算 136.85.
  it("近两年…平均每年 averages the latest year and the one before", async () => {
    const r = await ask("市政府办近两年三公经费平均每年多少");
    expect(r.plan.years).toEqual([2023, 2024]);
    expect(r.answer).toContain("(151.98 + 136.85) ÷ 2 = 144.42");
  });

  it("a year written with four digits is no span of years", async () => {
    const r = await ask("市政府办2024年三公经费一共多少");
    expect(r.plan.years).toEqual([2024]);
  });
});

describe("why, in everyday words", () => {
  // 002 line 482: 机关运行经费支出42.22万元，比上年决算数减少9.81万元，减少18.9%。主要原因是：厉行节约，运转支出减少。
  it.each(["区委办机关运行经费为啥少了", "区委办的机关运行经费咋少了"])(
    "%s: the change and its reason",
    async (question) => {
      const r = await ask(question);
      expect(r.plan.operation).toBe("yoy");
      expect(plain(r.answer)).toContain("减少 9.81万元");
      expect(r.answer).toContain("厉行节约，运转支出减少");
    },
  );
});

describe("a unit named twice", () => {
  it("each mention is the unit, not words of a figure", async () => {
    const r = await ask("驻京办的收入合计和驻京办的项目支出各多少");
    expect(r.plan.units).toEqual(["株洲市人民政府驻北京联络处"]);
    expect(r.plan.metrics).toEqual([
      { type: "metric", key: "收入合计" },
      { type: "metric", key: "项目支出" },
    ]);
  });
});

describe("a change stated as an amount only", () => {
  // 003 line 58: "2024年“三公”经费预算154万元 … 比2023年减少45万元，主要原因：按要求压减了相关办公经费。"
  it("last year's figure and the rate are derived, with their formulas", async () => {
    const r = await ask("市政府办2024年三公经费预算比上年下降了百分之几");
    const answer = plain(r.answer);
    expect(answer).toContain("减少 45.00万元");
    expect(answer).toContain("按本年数与增减额推算，上年为 199.00万元");
    expect(r.answer).toContain("154 − (-45) = 199");
    // (154 − 199) ÷ 199 = −22.61%
    expect(answer).toContain("下降 22.61%");
    expectGrounded(r);
  });
});

describe("a count the asker states", () => {
  // 001 line 1142: "公务用车运行维护费19.7万元 … 公务用车保有量为3辆".
  it("is what divides, not a name of a figure", async () => {
    const r = await ask("驻京办那3台车，平均一台车每年的运行维护费多少？");
    expect(r.plan.operation).toBe("per_capita");
    expect(r.answer).toContain("19.7 ÷ 3 = 6.57万元/辆");
  });

  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元".
  it("一人次 asks per visitor", async () => {
    const r = await ask("驻京办接待了176人次，一人次合多少钱");
    expect(r.answer).toContain("2.71 × 10000 ÷ 176 = 153.98元/人次");
  });
});

describe("everyday words for procurement, and courtesies", () => {
  // 000 line 516: "政府采购支出总额675.32万元，其中：政府采购货物支出179.79万元、政府采购工程支出106.01万元、
  // 政府采购服务支出389.52万元".
  it("买服务 is the procurement of services, as a share of all procurement", async () => {
    const r = await ask("市政府办买服务的钱占政府采购总额的比例");
    // 389.52 ÷ 675.32 = 57.68%
    expect(r.answer).toContain("389.52 ÷ 675.32 = 57.68%");
    expect(plain(r.answer)).toContain("“买服务”按“政府采购服务支出”理解");
  });

  it("买东西 is the procurement of goods", async () => {
    const r = await ask("市政府办买东西花了多少");
    expect(plain(r.answer)).toContain("179.79万元");
  });

  // 000 line 306: 公用经费合计 2,104.76.
  it("thanks in English is no qualifier", async () => {
    const r = await ask("市政府办公用经费多少 thanks");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("2104.76万元");
  });
});

describe("budget execution asked in everyday words", () => {
  // 000 line 394: "2024年度财政拨款支出年初预算数为5054.92万元，支出决算数为5487.18万元，完成年初预算的108.55%".
  it("完成得如何 compares the final accounts with their own budget", async () => {
    const r = await ask("市政府办2024年支出合计的预算完成得如何");
    expect(r.plan.operation).toBe("compare_budget_actual");
    const answer = plain(r.answer);
    expect(answer).toContain("年初预算 5054.92万元");
    expect(answer).toContain("108.55%");
  });

  // 001 line 1121: "年初预算为257万元，支出决算为247.8万元，完成年初预算的96.4%，决算数小于年初预算数的主要原因是
  // 响应财政号召，压缩开支，节约经费。"
  it("拟个说明 asks for a draft", async () => {
    const r = await ask("驻京办一般行政管理事务没用完预算，帮忙拟个说明");
    expect(r.plan.operation).toBe("explain_variance");
    expect(r.answer).toContain("可直接使用的说明草稿");
    expect(r.answer).toContain("响应财政号召，压缩开支，节约经费");
  });

  it("拟个别… is no draft", async () => {
    const r = await ask("驻京办拟个别调整的项目支出多少");
    expect(r.plan.operation).not.toBe("explain_variance");
  });
});

describe("people counted by an activity", () => {
  // 002 line 472: "全年安排因公出国（境）团组1个，累计1人次，开支内容包括：临时因公出国参加党政领导干部培训班经费。"
  it("派了几个人 after a trip abroad counts the trip's people, not the staff", async () => {
    const r = await ask("区委办出国一共花了多少钱", "派了几个人出去");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "因公出国（境）费" }]);
    expect(plain(r.answer)).toContain("1人次");
    expect(r.answer).toContain("临时因公出国参加党政领导干部培训班");
    expect(r.answer).not.toContain("在职人数");
  });
});

describe("差多少 after two turns", () => {
  // 000 line 356: 三公 136.85; 001 line 1139: 三公 23.3 (0 + 19.7 + 3.6).
  it("after two units: the two units' figures compared", async () => {
    const r = await ask("市政府办三公经费多少", "驻京办呢", "差多少");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("136.85 − 23.3 = 113.55");
  });
});

describe("whether the places a figure is printed agree", () => {
  // 002 line 287: 人员经费合计 544.3 (公开06表); line 442: "人员经费544.36万元" (情况说明).
  it("对得上吗 after a figure gives it with every place that prints it", async () => {
    const r = await ask("天元区委办的人员经费是多少", "正文里的数跟表里对得上吗");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("544.30万元");
    expect(plain(r.answer)).toContain("544.36万元");
    expect(r.answer).toContain("不一致");
  });
});
