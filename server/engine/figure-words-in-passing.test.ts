import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * How a figure is named in passing, read from data/docs: 000 line 285 (table 06: 30208 取暖费
 * 114.38); 001 line 1152 (政府采购支出总额 66.71万元, of which 货物 2.8, 服务 63.91); 002 line 287
 * (公用经费合计 86.7) and line 173 (基本支出 631.11): 86.7 ÷ 631.11 = 13.737…% → 13.74%.
 */
const { ask } = useSampleEngine();

describe("a fee named by its stem", () => {
  it("“取暖用了多少钱” is the 取暖费 row, its reading said", async () => {
    const r = await ask("市政府办2024年取暖用了多少钱");
    expectFacts(r, "114.38万元");
    expectCited(r, DOC.cityFinal, 285, "06");
    expect(r.answer).toContain("“取暖”按“取暖费（30208）”理解");
  });
});

describe("the asker's own gloss", () => {
  it("an everyday word with the document's name in brackets reads the bracketed name only", async () => {
    const r = await ask("驻京办2024年买货物（政府采购）合计多少");
    expectFacts(r, "66.71万元");
    expect(r.answer).not.toContain("“买货物”按");
    expect(r.answer.split("\n")[0]).not.toContain("69.51");
    expectGrounded(r);
  });

  it("an everyday word glossed with the very figure it stands for reads that figure", async () => {
    // Line 1134 of the 驻北京联络处 2024 决算: "公务接待费支出预算为22万元，支出决算为3.6万元".
    const r = await ask("驻京办2024年宴请（公务接待费）实际花了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "3.6万元");
    expectGrounded(r);
  });

  it("a whole and its own part asked together are stated, never added", async () => {
    const r = await ask("驻京办2024年政府采购支出总额和服务支出加起来多少");
    expect(r.plan.operation).not.toBe("sum");
    expectFacts(r, "66.71万元 63.91万元");
    expect(r.answer).not.toContain("130.62");
  });

  it("“按表里的数算” says which figures to use, it qualifies nothing", async () => {
    const r = await ask("区委办2024年公用经费占基本支出多少，按表里的数算");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("86.7 ÷ 631.11 = 13.74%");
  });
});

/**
 * 001 lines 13–16: "内设机构包括：综合联络科" and line 9–12 "现有科室1个"; line 1144: 机关运行经费支出0万元,
 * "主要原因是：响应财政号召，压缩经费，节约开支…"; 000 line 292: 30301 离休费 0.00; line 394: 财政拨款
 * 支出年初预算 5054.92, 决算 5487.18, "完成年初预算的108.55%".
 */
describe("words around the figure", () => {
  it("“里面有几个部门” after a question about a unit counts that unit's divisions, not the units", async () => {
    const r = await ask("驻京办是做什么的？里面有几个部门");
    expect(r.answer).toContain("综合联络科");
    for (const other of ["株洲市人民政府办公室", "天元区委办公室", "上海"])
      expect(r.answer).not.toContain(other);
  });

  it("“怎么…都没有花” asks why a figure is zero: the stated reason", async () => {
    const r = await ask("驻京办2024年机关运行经费怎么一分都没有花");
    expectFacts(r, "0万元");
    expect(r.answer).toContain("响应财政号召");
  });

  it("the people a payment is named after restate it (给离休干部的离休费)", async () => {
    const r = await ask("市政府办2024年给离休干部发的离休费是多少");
    expect(r.status).toBe("answered");
    expectCited(r, DOC.cityFinal, 292, "06");
  });

  it("a general budget's execution is its spending's completion", async () => {
    const r = await ask("市政府办2024年一般公共预算执行情况如何");
    expectFacts(r, "5054.92万元 5487.18万元 108.55%");
    expect(r.answer).not.toContain("收入");
  });
});

describe("follow-ups and averages said loosely", () => {
  // 002 line 287 (人员经费合计 544.3) and line 580 (实有人数 29): 544.3 ÷ 29 = 18.77.
  it("“平均每个在职人员” divides by the staff, leaving no stray word", async () => {
    const r = await ask("区委办平均每个在职人员的人员经费是多少");
    expect(r.plan.qualifiers).toEqual([]);
    expectFacts(r, "544.3万元 29人 18.77万元/人");
  });

  // 000 line 516: 授予中小企业合同金额675.32万元，占政府采购支出总额的100%.
  it("“…的比例呢” after a figure asks a share", async () => {
    const r = await ask("市政府办2024年政府采购支出一共多少", "授予中小企业的比例呢");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("100.00%");
  });
});

describe("a unit's name is not read across the next word", () => {
  // 002 line 634: the 档案保护及数字化建设 project of 中共株洲市天元区委办公室; its 档案馆 publishes nothing.
  it("“<区>档案数字化…” is no typo of the subordinate 档案馆 (its last character begins 数字化)", async () => {
    const r = await ask("天元区档案数字化项目花了多少钱");
    expect(r.plan.units).not.toContain("株洲市天元区档案馆");
  });
});

/**
 * 000 line 516: 政府采购支出总额675.32万元 (货物179.79、工程106.01、服务389.52); 001 line 11: 编制7人, 在职
 * 5人 (5 ÷ 7 = 71.43%); 000 line 283 (table 06: 30108 机关事业单位基本养老保险缴费 208.47) and line 420
 * (2080505 …缴费支出: "年初预算为198.15万元，支出决算为208.47万元，完成年初预算的105.21%…主要原因是：年中
 * 调整了缴费基数"): 208.47 − 198.15 = 10.32.
 */
describe("figures asked in few words", () => {
  it("parts of a whole run together without marks are each read", async () => {
    const r = await ask("市政府办2024年政府采购货物工程服务分别多少");
    expectFacts(r, "179.79万元 106.01万元 389.52万元");
    expect(r.plan.qualifiers).toEqual([]);
  });

  it("a ratio people name (编制使用率) is the staff over the posts", async () => {
    const r = await ask("驻京办的编制使用率是多少");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("5 ÷ 7 = 71.43%");
  });

  it("an economic row's budget the documents state only for its functional row: that row, said so", async () => {
    const r = await ask("市政府办2024年机关事业单位基本养老保险缴费用了多少", "那年初预算是多少");
    expectFacts(r, "198.15万元");
    expect(r.answer).toContain("另一分类科目“机关事业单位基本养老保险缴费支出（2080505）”");
    expectCited(r, DOC.cityFinal, 420);
  });

  it("“为什么多了” after an actual then its budget compares the two, with the stated reason", async () => {
    const r = await ask(
      "市政府办2024年机关事业单位基本养老保险缴费用了多少",
      "那年初预算是多少",
      "为什么多了",
    );
    expect(r.answer).toContain("208.47 − 198.15 = 10.32");
    expect(r.answer).toContain("年中调整了缴费基数");
    expect(r.answer).not.toContain("文件没有说明原因");
  });
});

/**
 * 001 line 1232 (表1 项目资金支出情况): 招商专项 年初预算 40, 实际指标可用数 40, 支出金额 38.46 (38.46 ÷ 40 =
 * 96.15%); 002 line 923 (项目支出绩效自评表, 污染防治攻坚费用): 年初预算 0, 全年预算 10, 全年执行数 3.77
 * (10 − 3.77 = 6.23).
 */
describe("a budget, then its actual, then the gap", () => {
  it("“实际…呢” after a project's budget keeps the project; the rate then compares the two", async () => {
    const r = await ask("招商专项这个项目驻京办预算安排了多少", "那实际花了多少呢", "完成率是多少");
    expectFacts(r, "40万元 38.46万元");
    expect(r.answer).toContain("96.15%");
  });

  it("what is left after the adjusted budget and its actual is their difference", async () => {
    const r = await ask("区委办污染防治攻坚费用全年预算是多少", "实际用了多少", "还有多少没用完");
    expect(r.answer).toContain("10 − 3.77 = 6.23");
  });
});

describe("a part, then its share, in one message", () => {
  // 000 line 279 (table 06: 30202 印刷费 53.69) and line 306 (公用经费合计 2104.76): 53.69 ÷ 2104.76 = 2.55%.
  it("“其中<某项>多少？占比呢” after the whole answers both clauses", async () => {
    const r = await ask("市政府办2024年公用经费是多少", "其中印刷费多少？占比呢");
    expectFacts(r, "53.69万元");
    expect(r.answer).toContain("53.69 ÷ 2104.76 = 2.55%");
  });
});

describe("one name, two rows; heads; rates listed", () => {
  // 002 line 436 (住房公积金（项）): 年初预算 47.17, 支出决算 43.24 (47.17 − 43.24 = 3.93); table 06 prints
  // 30113 住房公积金 too, by the same name.
  it("a row printed under both classifications is one figure: budget against actual, not two rows", async () => {
    const r = await ask("区委办2024年住房公积金决算比年初预算少了多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(r.answer).toContain("47.17 − 43.24 = 3.93");
  });

  // 001 line 122 (支出合计 247.80) and line 11 (在职 5): 247.8 ÷ 5 = 49.56.
  it("“按人头” divides by the staff", async () => {
    const r = await ask("驻京办2024年支出按人头平均每人多少");
    expect(r.answer).toContain("247.8 ÷ 5 = 49.56");
  });

  // 000 line 640: "12345热线…办结率99.56%、满意率95.73%".
  it("two rates the prose states, asked together, are quoted", async () => {
    const r = await ask("市政府办的12345热线满意率和办结率各是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("办结率99.56%");
    expect(r.answer).toContain("满意率95.73%");
  });
});

/**
 * 001 lines 13–16 (内设机构包括：综合联络科) and the duties above them; 000 line 640 (办结率99.56%、满意率
 * 95.73%), lines 84–89 ("25个内设科室") and line 592 ("所属事业单位 5 个"), against 003 line 29 (the
 * budget's "所属事业单位4个").
 */
describe("questions about the text, asked together", () => {
  it("duties and divisions in one message: each topic searched, both quoted", async () => {
    // 001 line 11: "现有科室1个"; lines 13–16 name it (综合联络科).
    const r = await ask("驻京办主要干什么？设了几个部门");
    expect(r.answer).toMatch(/综合联络科|现有科室1个/);
    expect(r.answer).toMatch(/职能|职责/);
  });

  it("a rate the prose states, asked without a unit, is found in the unit that states it", async () => {
    const r = await ask("12345热线的满意率是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("满意率95.73%");
  });

  it("the final accounts named once hold for both counts, each from its own sentence", async () => {
    const r = await ask("2024年决算里市政府办有几个内设科室？所属事业单位有几个");
    expect(r.answer).toContain("25个内设科室");
    expect(r.answer).toContain("所属事业单位5个");
    expect(r.answer).not.toContain("所属事业单位4个");
  });
});

describe("how a question is wrapped", () => {
  // 002 line 121: 本年支出合计 840.70.
  it("greetings before and thanks after change nothing", async () => {
    const r = await ask("您好，麻烦问一下，区委办2024年支出合计是多少？谢谢！");
    expect(r.status).toBe("answered");
    expectFacts(r, "840.7万元");
    expect(r.answer).not.toContain("谢谢");
  });

  // 001 line 1141: "全年公务接待16批次176人次".
  it("a first question closing with 呢 is asked as without it", async () => {
    const r = await ask("驻京办2024年公务接待了多少批次呢");
    expectFacts(r, "16批次");
  });

  // 000 line 504: "机关运行经费支出2104.76万元，比年初预算数减少544.23 万元"; 003 line 47: the budget
  // document's 2182.99, named beside the final accounts' own gap.
  it("a body's full name before a figure beginning 机关… is that body, not a subordinate “…机关”", async () => {
    const r = await ask("株洲市人民政府办公室机关运行经费决算比年初预算少多少");
    expect(r.plan.units).toEqual(["株洲市人民政府办公室"]);
    expect(r.answer).toContain("比年初预算减少 **544.23万元**");
    expect(r.answer).toContain("2182.99万元");
  });

  it("“2024年度预算里” names the year and the document, no qualifier", async () => {
    const r = await ask("区委办2024年度决算里公务接待费是多少");
    expect(r.plan.qualifiers).toEqual([]);
    expect(r.status).toBe("answered");
  });

  it("two questions in traditional characters are split like simplified ones", async () => {
    const r = await ask("駐京辦是幹什麼的？設了幾個部門");
    expect(r.answer).toMatch(/职责|职能/);
    expect(r.answer).toMatch(/综合联络科|现有科室1个/);
  });
});

describe("what was bought", () => {
  // 002 lines 644–646: the 党政专用通信二级网建设 project, 79.55万元, "为涉密项目，不作公开评价".
  it("“买了哪些设备” is no amount: the write-up is quoted, the items are said to be undisclosed", async () => {
    const r = await ask("区委办的党政专用通信二级网建设都买了哪些设备");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("涉密");
    expect(r.answer).not.toMatch(/\*\*79\.55万元\*\*/);
  });
});

describe("a project's share with no whole named", () => {
  // 000 line 604: "2024 年项目支出 763.33 万元，其中：政府门户网站专项 48.89 万元": 48.89 ÷ 763.33 = 6.40%.
  it("is over the project spending", async () => {
    const r = await ask("市政府办2024年政府门户网站专项占多大比例");
    expect(r.answer).toContain("48.89 ÷ 763.33 = 6.40%");
  });
});

describe("sources that disagree, and parts named short", () => {
  // 003 line 47: 机关运行经费年初预算 2182.99; 000 line 504: 决算 2104.76, "比年初预算数减少544.23万元":
  // 2104.76 + 544.23 = 2648.99, which the budget document does not print.
  it("a budget the final accounts imply differently is said beside the budget document's", async () => {
    const r = await ask("株洲市政府办2024年机关运行经费年初安排了多少");
    expect(r.answer).toContain("2182.99万元");
    expect(r.answer).toContain("2104.76 − (-544.23) = 2648.99");
    expect(r.answer).toContain("文件前后不一致");
  });

  // 001 lines 1132–1135: 三公 23.3 of which 公务接待费 3.6.
  it("“接待那块呢” after 三公 is its reception part", async () => {
    const r = await ask("驻京办2024年三公经费多少", "接待那块呢");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务接待费" }]);
    expectFacts(r, "3.6万元");
  });
});

/**
 * 001 line 1119 (财政拨款支出 年初预算 257, 决算 247.8: 257 − 247.8 = 9.2); line 1137 (公务用车运行维护费
 * 决算 19.7) against its budget 18; 000 line 494 (19辆), 001 line 1154 (3辆), 002 line 494 (1辆).
 */
describe("follow-ups on a total, rates and rankings said loosely", () => {
  it("“结余多少” after a budget total and its rate is the same comparison", async () => {
    const r = await ask("驻京办2024年的年初预算一共是多少", "执行率是多少", "结余了多少");
    expect(r.answer).toContain("257 − 247.8 = 9.2");
  });

  it("“完成预算的百分比” is the completion rate, not a share", async () => {
    const r = await ask("驻京办公务用车运行维护费完成预算的百分比是多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "18万元 19.7万元");
  });

  it("“谁的车最多” ranks the vehicle counts", async () => {
    const r = await ask("株洲这几个单位谁的车最多");
    expect(r.plan.operation).toBe("rank");
    expect(r.answer.split("\n")[0]).toContain("株洲市人民政府办公室");
    expectFacts(r, "19辆");
  });
});

describe("what a term means", () => {
  // 000 line 558 (第四部分 名词解释): "八、机关运行经费：指为保障行政单位（包括参照公务员法管理的事业单位）运行…".
  it("is quoted from the section that defines the documents' terms", async () => {
    const r = await ask("机关运行经费是什么意思");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("名词解释");
    expect(r.answer).toMatch(/机关运行经费：指/);
  });
});

describe("two figures' change between two years", () => {
  // 000 table 06 lines 291–292: 会议费 2.22, 培训费 22.70 (2024). Their 2023 figures are printed only
  // together in the annex, so neither change can be read; the two are not set against each other.
  it("“甲和乙<年>到<年>涨了多少倍” is no ratio of one to the other", async () => {
    const r = await ask("市政府办会议费和培训费从2023年到2024年各涨了多少倍");
    expect(r.plan.operation).not.toBe("difference");
    expect(r.answer).not.toContain("22.7 ÷ 2.22");
  });
});

describe("a total by class asked with no figure named", () => {
  // 000 line 104 (table 01): 一、一般公共服务支出 4,317.24, the first class of 本年支出合计 5,487.18.
  it("“…按大类分” breaks the spending total down by functional class", async () => {
    const r = await ask("市政府办2024年的钱按大类分各是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("按功能分类");
    expectFacts(r, "4317.24万元");
  });
});
