import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * A budget's completion and two years' change asked in everyday words, alone or after the figures.
 * Expected figures are read from data/docs at the lines given and off the rendered PDF pages
 * (pdftoppm -r 70):
 * - 001 line 1119: "2024年度一般公共预算财政拨款支出年初预算数为257万元，…决算数为247.8万元，完成年初预算的96.4%".
 * - 001 line 1132: "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元".
 * - 002 line 458: "“三公”经费…支出决算为9.00万元，…与上年相比增加4.26万元，增长89.9%".
 * - 000 line 394: "2024年度财政拨款支出年初预算数为5054.92万元，支出决算数为5487.18万元，完成年初预算的108.55%".
 * - putuo-czj-2024-bumen-juesuan p21: "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，
 *   完成年初预算的98.20%".
 * - putuo-wanli-2024-bumen-yusuan p8: "城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”1660.32万元 …
 *   2023年当年预算执行数为1899.77万元，…比2023年预算执行数减少12.60%".
 * - putuo-sfj-2026-danwei-yusuan p7: "住房公积金（01项）179.15万元 … 2025年当年预算执行数为205.04万元 …
 *   比2025年预算执行数减少12.63%"; the 部门 edition states another 执行数 for the same row.
 */
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a budget's completion asked with no figure named", () => {
  const { ask } = useSampleEngine();

  it("'预算完成得怎么样' compares the spending total's budget and actual", async () => {
    const r = await ask("驻京办2024年预算完成得怎么样");
    expect(r.plan.operation).toBe("compare_budget_actual");
    const answer = plain(r.answer);
    expect(answer).toContain("年初预算 257.00万元");
    expect(answer).toContain("支出决算 247.80万元");
    expect(answer).not.toContain("三公");
    // 001 line 1121: the same 257 and 247.8 stated for the one 项 that holds them all, with the
    // reason "决算数小于年初预算数的主要原因是响应财政号召，压缩开支，节约经费".
    expect(answer).toContain("文件说明的原因：响应财政号召，压缩开支，节约经费");
  });

  it("'预算多少' of a year with final accounts only reads the total they state, and '实际花了多少' after it", async () => {
    const r = await ask("驻京办2024年预算多少", "实际花了多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("247.80万元");
  });

  it("'完成率多少' after a total's budget and actual is the calculator's rate, not a rate in prose", async () => {
    const r = await ask("株洲市政府办2024年年初预算是多少", "最后决算花了多少", "完成率多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    const answer = plain(r.answer);
    expect(answer).toContain("年初预算 5054.92万元");
    expect(answer).toContain("108.55%");
    expect(answer).not.toContain("重点工作");
  });
});

describe("what is left of a budget, and last year's figure from a stated change", () => {
  const { ask } = useSampleEngine();

  it("'预算没花完的还剩多少' is the budget less the actual", async () => {
    const r = await ask("驻京办三公经费预算没花完的还剩多少");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(r.answer).toContain("40 − 23.3 = 16.7");
  });

  it("a change stated with its rate derives last year's figure, formula shown", async () => {
    const r = await ask("区委办三公经费比2023年涨了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("增加 4.26万元");
    expect(answer).toContain("上年为 4.74万元");
    expect(answer).toContain("9 − 4.26 = 4.74");
  });
});

describe("the money spent named as a noun", () => {
  const { ask } = useSampleEngine();

  // 002 line 348: "2024 年度收、支总计 840.70 万元。与上年相比，减少 355.92 万元，减少 29.7%，主要是因为本单位
  // 授权管理机构区发展研究中心职级干部回原单位管理…".
  // 002 line 121 (收入支出决算总表): 本年支出合计 840.70.
  it("'花的钱是多少' is the spending total", async () => {
    const r = await ask("区委办花的钱是多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("支出合计决算数为 840.70万元");
  });

  it("'花的钱比上年少了多少？原因是什么' is the spending total's change and its stated reason", async () => {
    const r = await ask("天元区委办2024年花的钱比上年少了多少？原因是什么");
    const answer = plain(r.answer);
    expect(answer).toContain("减少 355.92万元");
    expect(answer).toContain("职级干部回原单位管理");
    expect(answer).not.toContain("机关运行经费");
  });
});

describe("completion and change in the Shanghai documents", () => {
  const { ask } = usePdfEngine([
    "putuo-czj-2024-bumen-juesuan.pdf",
    "putuo-wanli-2023-bumen-yusuan.pdf",
    "putuo-wanli-2024-bumen-yusuan.pdf",
    "putuo-sfj-2026-bumen-yusuan.pdf",
    "putuo-sfj-2026-danwei-yusuan.pdf",
  ]);

  it("'总体预算执行情况' is the total's budget against its actual", async () => {
    const r = await ask("普陀财政局2024年总体预算执行情况怎样");
    const answer = plain(r.answer);
    expect(answer).toContain("年初预算 2993.92万元");
    expect(answer).toContain("支出决算 2940.05万元");
    expect(answer).toContain("98.20%");
  });

  it("a class named before its row ('…那个行政运行') only says which row; '少了百分之几' is the change", async () => {
    const r = await ask(
      "万里街道2024年城乡社区管理事务那个行政运行预算多少",
      "2023年实际执行呢",
      "少了百分之几",
    );
    expect(r.plan.operation).toBe("yoy");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2120101", name: "行政运行" }]);
    expect(r.answer).toContain("(1660.3248 − 1899.77) ÷ 1899.77 = -12.60%");
  });

  // putuo-wanli-2023-bumen-yusuan p22 "208 07 05 公益性岗位补贴 6,351,000", p8 "2022年当年预算执行数为
  // 667.32万元"; putuo-wanli-2024-bumen-yusuan p24 "4,212,300", p8 "2023年当年预算执行数为389.59万元".
  it("'这几年是怎么变的' of budget documents gives the budgets year by year, then the 执行数", async () => {
    const r = await ask("万里街道公益性岗位补贴这几年是怎么变的");
    expect(r.plan.operation).toBe("trend");
    const answer = plain(r.answer);
    expect(answer).toMatch(/预算：2023年 635\.10万元.*2024年 421\.23万元/);
    expect(answer).toMatch(/预算执行数：2022年 667\.32万元.*2023年 389\.59万元/);
  });

  // putuo-wanli-2024-bumen-yusuan p32 "2024年部门预算安排购置车辆1辆"; p31 (部门“三公”经费和机关运行经费预算表):
  // 公务用车购置及运行费 小计 46.56, 购置费 25, 运行费 21.56.
  it("'预算多少钱' after '买几辆' is the money for the cars, not their number", async () => {
    const r = await ask("万里街道2024年有买车计划吗", "买几辆", "预算多少钱");
    const answer = plain(r.answer);
    expect(answer).toContain("公务用车购置费 25.00万元");
    expect(answer).not.toContain("7辆");
  });

  it("last year's 执行数 comes from the edition asked; '是增是减，幅度多大' is the change", async () => {
    const second = await ask("普陀司法局单位预算里住房公积金安排多少", "去年执行了多少");
    expect(plain(second.answer)).toContain("205.04万元");
    const r = await ask("普陀司法局单位预算里住房公积金安排多少", "去年执行了多少", "是增是减，幅度多大");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("(179.1459 − 205.04) ÷ 205.04 = -12.63%");
    expect(r.answer).not.toContain("198.34");
  });

  // putuo-sfj-2026-bumen-yusuan p9, item 8: "…机关事业单位基本养老保险缴费支出（05项）183.95万元 … 2025年当年
  // 预算执行数为156.34万元，2026年预算安排183.95万元，比2025年预算执行数增加17.66%". The economic row
  // 30108 (p19) states the same 183.95万元 and no 执行数.
  it("an economic row's last-year 执行数 and change come from its functional row of the same amount", async () => {
    const second = await ask("普陀司法局2026年养老保险缴费预算多少", "2025年执行数呢");
    expect(second.status).toBe("answered");
    expect(plain(second.answer)).toContain("156.34万元");
    expect(second.answer).toContain("另一分类科目");
    const third = await ask("普陀司法局2026年养老保险缴费预算多少", "2025年执行数呢", "增长多少");
    expect(third.plan.operation).toBe("yoy");
    expect(plain(third.answer)).toContain("增长 17.66%");
  });
});

describe("per person of what was spent on guests and travellers", () => {
  const { ask } = useSampleEngine();

  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人，支出0.86万元".
  it("'商务接待，平均每个人' divides that reception's amount by its guests first", async () => {
    const r = await ask("驻京办的商务接待，平均每个人花了多少钱？");
    expect(r.answer).toContain("0.86 × 10000 ÷ 47 = 182.98元/人");
    // The head count is a second reading, shown after it.
    expect(r.answer.split("\n")[0]).not.toContain("在职人数");
  });

  // 000 line 484: "因公出国（境）费…支出决算为49.98万元 … 因公出国（境）团组6个，累计7人次".
  it("'出国…人均' divides by the travellers the document counts", async () => {
    const r = await ask("政府办出国一共7人次，人均花了多少");
    expect(r.answer).toContain("49.98 ÷ 7 = 7.14万元/人次");
    // The head count is a second reading, shown after it.
    expect(r.answer.split("\n")[0]).not.toContain("在职人数");
  });
});

describe("the welfare home's budget, part by part", () => {
  const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);

  // putuo-shfly-2024-danwei-yusuan p6: "5.“医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗
  // （项）”50.37万元 … 2023年当年预算执行数为44.17万元 … 比2023年预算执行数增加14.04%。主要原因是：根据实际支出。"
  it("medical insurance's change is stated for its functional row, 事业单位医疗", async () => {
    const r = await ask("福利院2024年医疗保险预算比2023年执行数增长多少");
    const answer = plain(r.answer);
    expect(answer).toContain("2023年预算执行数 44.17万元");
    expect(answer).toContain("增长 14.04%");
  });

  // Same page: "财政拨款收入950.12万元，比2023年预算增加0.46万元" — last year's budget, derived, not an 执行数.
  it("'<上年>呢' after a budget's figure is last year's budget derived from the stated change", async () => {
    const r = await ask("普陀区社会福利院2024年财政拨款多少", "2023年呢");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer).toContain("949.66万元");
    expect(answer).toContain("950.12 − 0.46 = 949.66");
    expect(answer).not.toContain("预算执行数。");
  });

  // putuo-shfly-2024-danwei-yusuan p7 (2024年预算单位财务收支预算总表, 元): 财政拨款收入 9,501,164; 事业收入
  // 2,620,000; 收入总计 12,121,164.
  it("'剩下的是啥钱' after the whole and a part lists the whole's parts", async () => {
    const r = await ask("普陀社会福利院2024年预算收入多少", "财政拨款多少", "剩下的是啥钱");
    expect(r.plan.operation).toBe("breakdown");
    const answer = plain(r.answer);
    expect(answer).toContain("事业收入：262.00万元");
    expect(answer).toContain("1212.12万元");
  });
});
