import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * A year's budget against its actual asked in everyday words, follow-ups that compare or divide
 * what the conversation named, and parts listed once. Expected figures are read from data/docs at
 * the lines given.
 */
const { ask } = useSampleEngine();
const headline = (answer: string) => answer.split("\n")[0];

describe("one year's budget against its actual", () => {
  // 000 line 480: 2024 "三公" 预算 136.85, 决算 136.85; 003 line 58: the 2024 部门预算 says 154.
  it("the same year named twice is budget against actual, not a change on a year", async () => {
    const r = await ask("2024年市政府办的预算中三公经费，跟2024年决算相比差了多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(r.answer).not.toContain("2023年");
    expectFacts(r, "136.85万元");
    expectGrounded(r);
  });

  it("the budget document's own figure is named with the actual's difference from it", async () => {
    const r = await ask("2024年市政府办的预算中三公经费，跟2024年决算相比差了多少");
    expectFacts(r, "154.00万元");
    expectCited(r, DOC.cityBudget, 58);
    // 154 − 136.85 = 17.15
    expect(r.answer).toMatch(/少\s*\**17\.15万元/);
  });

  // 003 line 37: 2024年年初部门支出预算5311.92; 000 line 184: 支出合计 5,487.18.
  it("budget against actual with no figure named compares the spending totals", async () => {
    const r = await ask("市政府办2024年实际花的跟预算比是超了还是省了");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "5311.92万元");
    expectFacts(r, "5487.18万元");
    expect(r.answer).toMatch(/超出预算\s*\**175\.26万元/);
    expect(r.answer).toContain("按支出合计比较");
  });
});

describe("follow-ups over what was named before", () => {
  it("和决算比呢 after a budget figure compares it with the actual", async () => {
    const r = await ask("市政府办2024年部门预算一共多少", "那跟决算比呢");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "5311.92万元");
    expectFacts(r, "5487.18万元");
  });

  // 000 lines 291–292: 会议费 2.22, 培训费 22.70 (06 表).
  it("哪个多 after two figures compares them", async () => {
    const r = await ask("市政府办培训费花了多少", "会议费呢", "哪个更多");
    expect(r.plan.operation).toBe("difference");
    expectFacts(r, "2.22万元");
    expectFacts(r, "22.70万元");
    expect(r.answer).toMatch(/20\.48万元/);
  });

  // 001 line 119: 本年支出合计 247.80; 一般公共服务支出 247.80 (the unit spends on one class).
  it("占全部支出 after a figure is that figure's share of the total", async () => {
    const r = await ask("驻京办去年一般公共服务支出多少", "它占全部支出的比例");
    expect(r.plan.operation).toBe("share");
    expect(headline(r.answer)).toContain("占支出合计");
    expect(headline(r.answer)).not.toMatch(/一般公共服务支出（201）的/);
  });
});

describe("a share of a row named once", () => {
  it("a class printed with and without its code is one figure, not a share of itself", async () => {
    const r = await ask("驻京办一般公共服务支出在总支出里占多大比重");
    expect(headline(r.answer)).toContain("占支出合计");
  });
});

describe("a project listed once", () => {
  // 002: "档案保护及数字化建设" is named with and without "经费"; its 14万元 (line 671) is one project.
  it("a ranking of projects lists each project's figure once", async () => {
    const r = await ask("区委办去年哪个项目花钱最多");
    const listed = r.answer.split("来源")[0].split("\n");
    const lines = listed.filter((line) => line.includes("档案保护及数字化建设"));
    expect(lines).toHaveLength(1);
  });
});

describe("one everyday word for several rows", () => {
  // 000 table 06, lines 282–283: 30205 水费 54.50, 30206 电费 136.50.
  it("水电 asks for the rows together, summed with the formula", async () => {
    const r = await ask("市政府办去年交了多少水电钱");
    expectFacts(r, "54.50万元");
    expectFacts(r, "136.50万元");
    expect(r.answer).toMatch(/191\.00万元/);
    expect(r.answer).toContain("“水电”按“水费（30205）”和“电费（30206）”理解");
  });
});

describe("two years' change without last year's figure printed", () => {
  // 002 line 458: "“三公”经费…支出决算为9.00万元…与上年相比增加4.26万元，增长89.9%".
  it("is the change the document states", async () => {
    const r = await ask("区委办三公经费近两年怎么变的");
    expectFacts(r, "9.00万元");
    expectFacts(r, "4.26万元");
    expect(r.answer).not.toContain("整体支出绩效评价基础数据表》中的上年决算数");
  });
});

describe("a project's list", () => {
  // 000 line 656 (narrative "政府门户网站专项资金项目…48.89 万元") and line 740 (the form's
  // "政府门户网专项 … 48.89"): one project under two spellings.
  it("names a project spelt two ways once", async () => {
    const r = await ask("市政府办2024年项目支出分成哪几块");
    expect(r.plan.operation).toBe("breakdown");
    const listed = r.answer.split("来源")[0];
    expect(listed.match(/48\.89万元/g)).toHaveLength(1);
  });
});

describe("a year with a budget and final accounts", () => {
  // 000 line 356 (09 表): 2024 "三公" 决算 136.85; 003 line 58: the 2024 部门预算 says 154.
  it("answers the actual and names the budget document's figure", async () => {
    const r = await ask("株洲市政府办公室2024年度的三公经费");
    expect(headline(r.answer)).toContain("136.85万元");
    expectFacts(r, "154.00万元");
    expectCited(r, DOC.cityBudget, 58);
  });
});

describe("money spent, with nothing named it was spent on", () => {
  // 001 line 119: 本年支出合计 247.80; 000 line 184: 合计 5,487.18.
  it("is the spending total, inherited by follow-ups and added across units", async () => {
    const r = await ask("驻京办2024年一共花掉了多少钱", "市政府办的呢", "两家加在一起是多少");
    expect(r.plan.operation).toBe("sum");
    expectFacts(r, "247.80万元");
    expectFacts(r, "5487.18万元");
    expect(r.answer).toMatch(/5734\.98万元/);
    expect(r.answer).not.toContain("合计合计");
  });

  it.each(["区委办今年一共要花多少钱", "区委办需要花多少钱"])(
    "%s: how the money is to be spent asks the same",
    async (question) => {
      // 002 line 121 (01 表): "本年支出合计 23 840.70".
      const r = await ask(question);
      expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
      expectFacts(r, "840.70万元");
    },
  );

  it("names of what the money went to keep their own reading", async () => {
    const r = await ask("驻京办的两个项目各自用了多少钱");
    expect(r.plan.metrics).not.toContainEqual({ type: "metric", key: "支出合计" });
  });
});

describe("follow-ups in few words", () => {
  // 002 line 374: "财政拨款支出年初预算数为 863.40 万元，支出决算数为 840.70 万元".
  it("完成预算了吗 after a figure compares it with its budget", async () => {
    const r = await ask("区委办去年财政拨款支出", "完成预算没有");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "863.40万元");
  });

  // 000 table 06: 30201 办公费 125.26, 30202 印刷费 53.69.
  it("加起来 after two figures adds them", async () => {
    const r = await ask("市政府办的办公费", "那印刷费", "两项加起来多少");
    expect(r.plan.operation).toBe("sum");
    expect(r.answer).toMatch(/178\.95万元/);
  });

  it("拆开看 after a total breaks it down", async () => {
    const r = await ask("驻京办三公经费", "拆开看看");
    expect(r.plan.operation).toBe("breakdown");
  });
});

describe("a paragraph asked for in everyday words", () => {
  // 000 line 504: 机关运行经费支出2104.76万元; 003 line 47: 年初预算机关运行经费共安排2182.99万元.
  it.each([
    "市政府办机关运行经费的执行情况，帮我写一份",
    "给领导汇报一下市政府办机关运行经费预算执行，要一段话",
  ])("%s: a variance draft", async (question) => {
    const r = await ask(question);
    expect(r.plan.operation).toBe("explain_variance");
    expect(r.status).toBe("answered");
    expectFacts(r, "2104.76万元");
  });
});

describe("a note about a part of the figure", () => {
  // 000 line 184: 项目支出 763.33 (03 表); line 735: the 基础数据表's 项目支出 row prints 2111.18.
  it("names the part it is about", async () => {
    const r = await ask("株洲市政府办公室2024年支出总额");
    expect(r.answer).toMatch(/项目支出：[^\n]*2111\.18万元/);
  });
});

describe("breakdowns the tables give row by row", () => {
  // 000 lines 152–156 (03 表): 2010201 139.69, 2010301 3,508.11, 2010302 558.89, 2010499 80.10,
  // 2019999 30.45 — the 项 of 一般公共服务支出, printed without their 款 and summing to 4317.24.
  it("a class named without its code is broken down into the rows its tables print", async () => {
    const r = await ask("株洲市政府办公室一般公共服务支出具体分哪几项");
    expect(r.plan.operation).toBe("breakdown");
    expectFacts(r, "139.69万元 3508.11万元 558.89万元 80.10万元 30.45万元");
  });

  // 002 lines 260–261 (06 表): 30201 办公费 3.51, 30202 印刷费 2.84.
  it("公用经费 is broken down into the unit's 经济分类 items, in code order", async () => {
    const r = await ask("区委办的公用经费都有哪些明细");
    expectFacts(r, "3.51万元 2.84万元");
    expect(r.answer.indexOf("办公费")).toBeLessThan(r.answer.indexOf("印刷费"));
  });

  it("where the money went, with nothing named, is the spending total's breakdown", async () => {
    const r = await ask("区委办的钱主要都用在什么地方了");
    expect(r.plan.operation).toBe("breakdown");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
  });

  // 000 line 356 (09 表): "三公" 136.85, 公务用车购置及运行维护费 85.75.
  it("a count word named as a share of an amount is the money spent on it", async () => {
    const r = await ask("市政府办三公经费当中公车占了多大比例");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toMatch(/62\.66%/);
  });
});

describe("ratios in other words", () => {
  // 002 table 06 (line 287): 人员经费 544.30; 支出合计 840.70; line 442 states 人员经费's share
  // of 基本支出 (86.3%), another whole.
  it("a stated share of another whole is said with that whole, not as a second answer", async () => {
    const r = await ask("区委办人员经费在支出合计里占几成");
    expect(r.answer).toMatch(/64\.74%/);
    expect(r.answer).toContain("文件写明的是占基本支出的比例");
  });

  // 001: 公务接待费 3.60, 公务用车运行维护费 19.70 (09 表).
  it("甲和乙之比 divides the two", async () => {
    const r = await ask("驻京办公务接待费与公务用车运行维护费之比");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toMatch(/0\.18倍/);
  });
});

describe("a conversation through several units", () => {
  // 09 表: 公务用车运行维护费 000 85.75, 001 19.70, 002 3.50.
  it("哪个最多 after three units ranks all three", async () => {
    const r = await ask("区委办的公车运行维护花了多少", "市政府办的呢", "驻京办的呢", "哪家最多");
    expect(r.plan.operation).toBe("rank");
    expect(r.plan.units).toHaveLength(3);
    expect(r.answer.split("\n")[0]).toContain("株洲市人民政府办公室");
  });

  // 001 lines 1320–1323 (基础数据表): "三公经费 26.42 … 23.3".
  it("下降了多少 after two years compares them", async () => {
    const r = await ask("驻京办2024年三公经费", "2023年是多少", "下降了多少");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toMatch(/3\.12万元/);
  });
});

describe("the start-of-year budget total of final accounts", () => {
  // 002 line 374: "财政拨款支出年初预算数为 863.40 万元，支出决算数为 840.70 万元".
  it("'年初预算总额' reads the total the final accounts state beside the actual", async () => {
    const r = await ask("天元区委办2024年年初预算总额有多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "863.40万元");
  });
});
