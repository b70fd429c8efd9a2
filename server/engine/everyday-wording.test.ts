import { describe, expect, it } from "vitest";
import { CITY, DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Everyday wording that used to get a figure other than the one asked: relative years, follow-ups,
 * shares written "A里，B占A", averages of counts, counts named beside money. Expected figures are
 * read from data/docs at the lines given.
 */
const { ask } = useSampleEngine();
const headline = (answer: string) => answer.split("\n")[0];

describe("years relative to the conversation", () => {
  // The last turn was about 2024 (the latest, assumed): 去年 is 2023, whose 公务接待 actual the
  // 2024 决算's attachment prints as 9.71 (001: row "3、公务接待" on line 1347, its 2023 cell on
  // line 1348), not 2024's 3.6 again.
  it("那去年呢 after an answer about the latest year reads the year before it", async () => {
    const r = await ask("驻京办公务接待费多少？", "那去年呢？");
    expect(headline(r.answer)).toContain("2023年度");
    expectFacts(r, "9.71万元");
    expectCited(r, DOC.beijingFinal, 1347);
  });

  it("那上一年呢 after an explicit year reads the year before that one", async () => {
    const r = await ask("驻京办2024年公务接待费多少？", "那上一年呢？");
    expect(headline(r.answer)).toContain("9.71万元");
  });
});

describe("parts, shares and averages", () => {
  // 一般行政管理事务 93.49 (002 line 236, 公开05表) of 项目支出 209.59 (line 173, 公开03表).
  it("A里，B占A的比重: B is the part", async () => {
    const r = await ask("区委办2024年项目支出里，一般行政管理事务占项目支出的比重？");
    expect(headline(r.answer)).toContain("44.61%");
    expect(r.answer).toContain("93.49 ÷ 209.59 = 44.61%");
  });

  // 公务用车运行维护费 19.7 and 保有量 3辆 (001 line 1142): 19.7 ÷ 3 = 6.57.
  it("每辆车…运行费 averages the running costs over the cars, never the cars over themselves", async () => {
    const r = await ask("驻京办每辆车平均运行费多少");
    expect(r.answer).toContain("19.7 ÷ 3 = 6.57万元/辆");
    expect(r.answer).not.toContain("辆/辆");
    expectGrounded(r);
  });

  // 三公 136.85, of which 公务用车购置及运行维护费 85.75 (000 line 356): 85.75 ÷ 136.85 = 62.66%.
  it("其中公车呢 after an amount is the cars' share of that amount, and its share is money over money", async () => {
    const r = await ask("市政府办2024年三公经费多少", "其中公车呢？", "占三公的比例是多少");
    expect(headline(r.answer)).toContain("62.66%");
    expect(r.answer).not.toMatch(/19 ÷ 136\.85/);
  });

  // 公务接待费 1.12万元 (000 line 356) restated in 元.
  it("换成元 in a follow-up restates the previous amount in 元", async () => {
    const r = await ask("市政府办2024年公务接待费多少", "换成元是多少");
    expect(headline(r.answer)).toContain("即11200元");
  });
});

describe("money asked about people or counts", () => {
  // 行政单位离退休（2080501）236.85 (000 line 252); 离退休人数 105 (line 594) is who it went to.
  it("给离退休人员花了多少 answers the amount, not the head count", async () => {
    const r = await ask("市政府办2024年给离退休人员花了多少（行政单位离退休）");
    expect(headline(r.answer)).toContain("236.85万元");
    expect(headline(r.answer)).not.toContain("105人");
  });

  // The 2024 决算 states 离退休人数 105 (000 line 594) but no change on last year: nothing to derive.
  it("a count's last-year figure is not derived from the count itself", async () => {
    const r = await ask("市政府办2023年离退休人数");
    expect(r.answer).not.toMatch(/105 − 105/);
    expect(r.status).toBe("not_found");
  });
});

describe("which, not how much", () => {
  // The 三公 section (002 line 472: "临时因公出国参加党政领导干部培训班") and the project's passage
  // (lines 648–651: "参加…党政领导干部出国培训班") say what the trip was for, but name no country.
  it("去了哪个国家 is refused with the closest passage, not answered with the amount", async () => {
    const r = await ask("区委办出国去了哪个国家");
    expect(r.status).toBe("not_found");
    expect(headline(r.answer)).toContain("没有列出");
    expect(r.answer).toMatch(/党政领导干部(?:出国)?培训班/);
  });
});

describe("which company", () => {
  // 002 line 490 states the 政府采购 totals and the share awarded to small firms, no company names.
  it("由哪家供应商供货 is refused with the closest passage, not answered with the totals", async () => {
    const r = await ask("区委办的政府采购由哪家供应商供货");
    expect(r.status).toBe("not_found");
    expect(headline(r.answer)).toContain("没有列出所问的单位名称");
    expectCited(r, DOC.tianyuanFinal, 490);
  });
});

describe("counts stated only in prose", () => {
  // 002 line 654: "区委办派出机关干部进小区工作队 6 名队员" (几个人 is answered by 名).
  it("几个人 quotes the sentence that states the number of people", async () => {
    const r = await ask("区委办干部进小区派了几个人？");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/6\s*名队员/);
    expectCited(r, DOC.tianyuanFinal, 654);
  });

  // The same 002, line 889: the project's 自评表 says "进小区工作队 5 名队员" in its 实际完成情况 cell.
  it("the people counted after 几个人 with a verb (几个人进…), and the form that states them otherwise", async () => {
    const r = await ask("区委办派几个人进的小区");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/6\s*名队员/);
    expect(r.answer).toMatch(/5\s*名队员/);
    expect(r.answer).toContain("摘自「2024年度项目支出绩效自评表」");
    expect(r.answer).toContain("两处所写的数字不同");
    expectCited(r, DOC.tianyuanFinal, 654);
  });

  // 000 line 592 (决算 attachment): "所属事业单位 5 个"; the 2024 预算 lists four.
  it("几个所属事业单位 reads the edition asked (决算), not the same year's budget", async () => {
    const r = await ask("市政府办2024年决算里有几个所属事业单位");
    expect(r.answer).toContain("所属事业单位5个");
    expectCited(r, DOC.cityFinal, 592);
  });

  // 000 line 636: "召开全市性会议 31 次，同比减少 6.4%", deep in the performance report.
  it("几次 finds the count in a long performance report", async () => {
    const r = await ask("市政府办2024年召开全市性会议开了几次");
    expect(r.answer).toMatch(/召开全市性会议\s*31\s*次/);
    expectCited(r, DOC.cityFinal, 636);
  });

  // 002 line 634: "年内扫描 24 个单位 1628 卷、19466 件、20 万页" in the 档案 project (14万元).
  it("扫描了多少 asks how much work was done, not what it cost", async () => {
    const r = await ask("区委办档案扫描了多少");
    expect(r.answer).toMatch(/1628\s*卷/);
    expect(headline(r.answer)).not.toContain("14.00万元");
  });

  // 002 states no number of 科室; its sentence "部门（单位）共有车辆1辆" counts cars, not offices.
  it("a count of something else in a sentence that names a kin word is not quoted", async () => {
    // 002 line 94 lists four 内设机构 and prints no number: they are counted, no other count quoted.
    const r = await ask("区委办有几个科室");
    expect(r.answer).not.toContain("车辆1辆");
    expect(r.answer.replace(/\*\*/g, "")).toContain("共 4个");
  });
});

describe("typos in a unit's full name", () => {
  // One wrong character in the full name (付 for 府) is that unit, said so: 三公 136.85 (000 line 356).
  it("株洲市人民政付办公室 is read as 株洲市人民政府办公室, with the reading stated", async () => {
    const r = await ask("株洲市人民政付办公室三公经费");
    expect(headline(r.answer)).toContain("136.85万元");
    expect(r.answer).toContain("“株洲市人民政付办公室”按“株洲市人民政府办公室”理解");
  });
});

describe("follow-ups and averages in everyday words", () => {
  // 三公 预算 4.80, 决算 9.00, 完成预算的187.5% (002 line 458).
  it("跟预算比呢 after an actual compares it with the budget", async () => {
    const r = await ask("区委办2024年三公经费决算多少", "跟预算比呢？");
    expect(headline(r.answer)).toContain("187.50%");
    expect(headline(r.answer)).toContain("4.80万元");
  });

  // 公务用车运行维护费 85.75 (000 line 356) over 19 cars (line 494).
  it("那平均每辆车一年运维多少钱 after the number of cars", async () => {
    const r = await ask("市政府办有几辆车", "那平均每辆车一年运维多少钱？");
    expect(r.answer).toContain("85.75 ÷ 19 = 4.51万元/辆");
  });

  // 三公 136.85 (000 line 356) over 在职人数 125 (line 594).
  it("平均到每个在职人员头上 is a per-person figure", async () => {
    const r = await ask("市政府办三公经费平均到每个在职人员头上是多少？");
    expect(r.answer).toContain("136.85 ÷ 125 = 1.09万元/人");
  });
});

describe("English and pinyin mixed in", () => {
  // 住房公积金（2210201）43.24 (002 line 247, 公开05表).
  it("an English row name is read through the word table; a pinyin place beside the unit is no qualifier", async () => {
    const named = await ask("tianyuan 区委办 2024 housing provident fund");
    expect(headline(named.answer)).toContain("43.24万元");
    expectCited(named, DOC.tianyuanFinal, 247);
  });
});

describe("a variance draft that also asks for the change on last year", () => {
  // 001 line 1134: 公务接待费 预算22万元，决算3.6万元 … 与上年相比减少6.12万元，减少62.96%.
  it("the paragraph goes on with the stated change on last year", async () => {
    const r = await ask("帮我起草驻京办公务接待费没花完预算的说明，和上年比也写上");
    const draft = r.answer.split("说明草稿")[1] ?? "";
    expect(draft).toMatch(/22\.00万元.*3\.60万元/s);
    expect(draft).toMatch(/与上年相比减少 \*{0,2}6\.12万元/);
    expect(draft).toContain("62.96%");
    expect(r.answer).not.toContain("“去年”按");
  });
});

describe("an average over counts uses the amount stated with them", () => {
  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人，支出0.86万元" within a
  // 公务接待费 of 3.6: 2.71 × 10000 ÷ 176 = 153.98元 per visit, not 3.6 ÷ 176.
  it("每人次成本 divides the visits' own amount by them", async () => {
    const r = await ask("驻京办每人次公务接待成本是多少");
    expect(r.answer).toContain("2.71 × 10000 ÷ 176 = 153.98元/人次");
    expectCited(r, DOC.beijingFinal, 1141);
  });
});

describe("changes asked in everyday words", () => {
  // 001 line 1144: 机关运行经费支出0万元 … 比上年决算数减少176.4万元，降低100%。主要原因是：响应财政号召…
  it("怎么变成0了 is a change on last year, with its stated reason", async () => {
    const r = await ask("驻京办的机关运行经费怎么降到0了");
    expect(headline(r.answer)).toMatch(/减少 \*{0,2}176\.40万元/);
    expect(r.answer).toContain("响应财政号召");
  });

  // 000 line 504: 机关运行经费 … 比年初预算数减少544.23万元，降低20.54%.
  it("a change on the budget stated with its rate keeps the rate", async () => {
    const r = await ask("市政府办机关运行经费跟年初预算比少了多少");
    expect(r.answer).toMatch(/减少 \*{0,2}544\.23万元/);
    expect(r.answer).toContain("20.54%");
  });
});

describe("a count and its cost asked together", () => {
  // 000 line 484: 因公出国（境）团组6个，累计7人次; table 09 (line 356): 因公出国（境）费 49.98.
  it("几个团…花了多少 gives the groups and the amount", async () => {
    const r = await ask("市政府办2024年出国派了几个团，花了多少");
    expect(headline(r.answer)).toMatch(/团组 \*{0,2}6个/);
    expect(r.answer).toContain("49.98万元");
  });
});

describe("what was done, not what it cost", () => {
  // The 招商 project spent 38.46万元 (001 line 1284); "做了什么" asks for the work, in the text.
  it("做了什么 quotes the documents instead of giving the project's amount", async () => {
    const r = await ask("驻京办2024年招商引资做了什么");
    expect(r.status).toBe("answered");
    expect(headline(r.answer)).not.toContain("38.46万元");
    expect(r.answer).toContain("招商");
  });

  // 002 lines 472–474: the trip was "临时因公出国参加党政领导干部培训班", the guests "包头市九原区委书记一行".
  it("去干嘛的 / 接待的是谁 quote what the trip and the reception were for", async () => {
    const r = await ask("天元区委办那趟出国是去干啥？来的客人是谁");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("临时因公出国参加党政领导干部培训班");
    expect(r.answer).toContain("包头市九原区委书记");
  });
});

describe("a why after a change on last year", () => {
  // 002 line 462: 公务接待费 0.13万元 "与上年相比减少0.61万元，减少82.4%，减少的主要原因是厉行节约…".
  it("为什么 explains that change, not budget against actual", async () => {
    const r = await ask("区委办2024年公务接待费多少", "比上年呢", "为什么");
    expect(r.plan.operation).toBe("yoy");
    expect(headline(r.answer)).toContain("与上年相比");
    expect(r.answer).toContain("厉行节约");
  });
});

describe("each one's share", () => {
  // 000: 基本支出 4723.85 and 项目支出 763.33 of 支出合计 5487.18 (公开03表 合计 row).
  it("占比各多少 after a sum gives each part's share of their whole, never one over the other", async () => {
    const r = await ask("市政府办2024年项目支出多少", "那基本支出呢", "两者加起来呢", "占比各多少");
    expect(r.answer).toContain("13.91%");
    expect(r.answer).toContain("86.09%");
    expect(r.answer).not.toContain("16.16%");
  });
});

describe("an average asked after the count", () => {
  // 001 line 1142: 公务用车运行维护费 19.7 and 保有量 3辆: 19.7 ÷ 3 = 6.57.
  it("每辆车平均下来多少 after 有几辆车 averages the amount asked before the count", async () => {
    const r = await ask("驻京办2024年公务用车运行维护费多少", "有几辆车", "每辆车平均下来多少");
    expect(headline(r.answer)).toContain("6.57万元/辆");
    expect(r.answer).toContain("19.7 ÷ 3 = 6.57");
  });
});

describe("a figure asked with what it paid for", () => {
  // 000 lines 508–510 (十、一般性支出情况说明): "2024年本部门开支会议费2.22万元，用于召开新三板动员推进会议，
  // 人数90人…"; the same year's 部门预算 (003) describes its own 会议费 budget, another document.
  it("什么会 joins the figure with the passage of the same document that describes it", async () => {
    const r = await ask("市政府办2024年会议费花了多少，都开的什么会");
    expect(headline(r.answer)).toContain("2.22万元");
    expect(r.answer).toContain("新三板动员推进会议");
    expect(r.answer).not.toContain("驻沪办招商项目对接会议");
  });
});

describe("a unit's name said with a possessive inside it", () => {
  it.each(["那个驻北京的联络处差旅费是多少", "市政府的驻北京的办事处差旅费是多少"])(
    "is the unit, not an unpublished body: %s",
    async (question) => {
      const r = await ask(question);
      expect(r.plan.units).toEqual(["株洲市人民政府驻北京联络处"]);
      expect(r.plan.unknownUnits).toEqual([]);
    },
  );
});

describe("people who came to something", () => {
  // 000 line 594 states the staff (在职人数125人); the meetings' attendance is another count.
  it.each(["市政府办2024年那几场座谈会来了多少人", "市政府办2024年的动员会到了多少个人"])(
    "are not the unit's staff: %s",
    async (question) => {
      const r = await ask(question);
      expect(r.plan.metrics).not.toContainEqual({ type: "metric", key: "在职人数" });
      expect(r.answer).not.toContain("125人");
    },
  );
});

describe("a share asked in points", () => {
  // 003 line 42: 项目支出 年初预算 2351.15万元, of which 市长热线项目 510万元; 510 ÷ 2351.15 = 21.69 %.
  it("占几个点 is a share, not a count", async () => {
    const r = await ask("市政府办2024年预算中，市长热线项目在项目支出里占多少个点");
    expect(r.plan.operation).toBe("share");
    expect(r.plan.counts).toBe(false);
    expect(r.answer.replace(/\*\*/g, "")).toContain("21.69%");
  });
});

describe("an average over the staff said in everyday words", () => {
  // 000 line 594 "在职人数125人"; line 472 "人员经费2619.09万元"; 2619.09 ÷ 125 = 20.95.
  it.each(["市政府办2024年职工平均每年人员经费多少", "市政府办在职人员平均下来人员经费是多少"])(
    "divides by the staff: %s",
    async (question) => {
      const r = await ask(question);
      expect(r.answer.replace(/\*\*/g, "")).toContain("2619.09 ÷ 125 = 20.95万元/人");
    },
  );

  it("职工 alone is the staff count", async () => {
    expectFacts(await ask("市政府办2024年有多少职工"), "125人");
  });
});

describe("now, said as 现有 or 目前", () => {
  // 001 line 1142: "…公务用车保有量为3辆".
  it.each(["驻京办现有公车多少辆", "驻京办目前有几辆公车"])("is the latest count: %s", async (question) => {
    const r = await ask(question);
    expect(r.status).toBe("answered");
    expectFacts(r, "3辆");
  });
});

describe("why the asker needs a figure is no figure asked", () => {
  // 000 line 504: 机关运行经费支出 2104.76万元. The meeting is the asker's own, not the 会议费.
  it("“下午开会要用” beside a figure asks that figure, not the meetings' cost", async () => {
    const r = await ask("下午开会要用，市政府办2024年机关运行经费决算是多少");
    expect(r.plan.metrics).not.toContainEqual({ type: "metric", key: "会议费" });
    expectFacts(r, "2104.76万元");
    expectCited(r, DOC.cityFinal, 504);
  });
});

describe("a verb glued to a unit's name", () => {
  // 000 line 356 (09 表): 公务接待费 决算 1.12. "说清楚" before "市政府办" is no city ("清楚市").
  it("'说清楚市政府办…' asks the office, not another city's", async () => {
    const r = await ask("麻烦说清楚市政府办2024年的公务接待费");
    expect(r.plan.units).toEqual([CITY]);
    expect(r.plan.unknownUnits).toEqual([]);
    expect(r.answer.replace(/\*\*/g, "")).toContain("1.12万元");
  });
});

describe("which account pays an expense", () => {
  // The documents state income by source and spending by item, never which source paid which item;
  // 001 line 11: 现有在职人员5人 (the closest figure named for 工资).
  it("工资是从哪出的 in a follow-up is refused, not answered with an amount", async () => {
    const r = await ask("驻京办2024年基本支出多少", "那工作人员的工资由哪里出的？");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("资金渠道");
  });

  it("钱从哪来 of the unit as a whole is its income, answered", async () => {
    const r = await ask("驻京办的钱从哪来");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("财政拨款收入");
  });
});
