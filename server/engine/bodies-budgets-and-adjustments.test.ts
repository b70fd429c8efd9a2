import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages or source:
 * - ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md (宜春市生态环境局 2025年部门预算), line 275, 部门收入总表 by
 *   body: 合计 7,320.22; 宜春市生态环境局机关（本级） 2,705.42; 综合执法支队 1,396.80; 监测中心 1,774.75; 环境信息与
 *   宣传教育中心 372.60; 宜春市袁州生态环境局 726.45; 经济技术开发区分局 344.20 (a budget: each body's income,
 *   its carry-in column included, is its budget).
 * - ingest/fixtures/unseen/midu-wjj-2024-juesuan.pdf (弥渡县卫生健康局 2024年度部门决算), page 5, 表1: "五、事业收入 |
 *   5 | 2639.35", "本年收入合计 | 11 | 9627.88"; page 12, 表7: "22960 | 彩票公益金安排的支出 | 0.00 | 86.40 | 82.15
 *   | | 82.15 | 4.25" (年末结转和结余 last).
 * - ingest/fixtures/unseen/longhua-sjj-2024-juesuan.pdf (隆化县审计局 2024年度部门决算), page 17 (printed 第15页):
 *   信息化建设（项）"年初预算为30.00万元，全年预算为24.50万元，…全年预算小于年初预算，主要原因是审计数据分析平台
 *   升级项目经政府采购后合同金额低于预算，年中相应调减预算"; 审计业务（项）"年初预算为220.00万元，全年预算为251.58
 *   万元，支出决算为246.38万元，完成全年预算的97.93%。…决算数小于全年预算数，主要原因是部分政府投资项目结算审计
 *   跨年度实施…".
 *   Also page 5, 表1: "本年支出合计 | 25 | 9665.43", "年初结转和结余 | 13 | 155.70", "年末结转和结余 | 27 | 118.15";
 *   page 6, 表2 收入决算表: "2100302 | 乡镇卫生院 | 2377.50 | 1511.78 | … 845.60 | 20.12"; page 7, 表3: "2100403 |
 *   妇幼保健机构 | 2113.22"; page 10, 表5: "2100403 | 妇幼保健机构 | 520.00 | 559.30", "210 | 卫生健康支出 |
 *   5607.00 | 5936.74 | 2926.43 | 3010.31", "2100408 | 基本公共卫生服务 | 1302.00 | 1268.75", "2100717 | 计划生育服务 |
 *   648.00 | 624.38", "2101103 | 公务员医疗补助 | 10.00 | 9.86" (the only 项 whose 决算 falls short of its 年初预算).
 * - ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc (牡丹江市水务局 2025年部门预算), 表十 项目支出预算情况表
 *   (page 19): "城区段堤防维修养护项目 | 牡丹江市水利工程管理中心 | 860.00", "小型水库及塘坝运行管护补助 | 牡丹江市
 *   水利工程管理中心 | 420.00", "防汛抢险物资储备及应急度汛经费 | … | 296.00", "防汛应急抢险车辆更新购置 | … |
 *   24.00"; page 10: "（一）城区段堤防维修养护项目。实施单位为牡丹江市水利工程管理中心，…".
 * - ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md (济宁市文化和旅游局 2025年部门预算), line 637: "政府性基金预算
 *   拨款收入260.00万元，…比上年预算数300.00万元减少40.00万元，下降13.33%"; line 729: "2025年政府性基金预算拨款支出
 *   260.00万元，比上年预算数300.00万元减少40.00万元，下降13.33%，主要原因是上级转移支付的旅游发展基金规模减少。"
 * Computed by hand: 1774.75 ÷ 7320.22 = 24.24 %; 30.00 − 24.50 = 5.50; 246.38 ÷ 220.00 = 111.99 %;
 * the six bodies add to 7320.22;
 * 1511.78 ÷ 2377.50 = 63.59 %; 9665.43 − 9627.88 = 37.55 = 155.70 − 118.15; 2113.22 − 559.30 = 1553.92;
 * 860 + 420 + 296 + 24 = 1600.
 */
const city = useFilesEngine(["ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md"]);
const county = useFilesEngine(["ingest/fixtures/unseen/midu-wjj-2024-juesuan.pdf"]);
const audit = useFilesEngine(["ingest/fixtures/unseen/longhua-sjj-2024-juesuan.pdf"]);
const water = useFilesEngine(["ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc"]);
const culture = useFilesEngine(["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a body's budget in its department's income table by body", () => {
  it("is its row's total, a body known from that table alone", async () => {
    const r = await city.ask("袁州生态环境局今年预算有多少钱");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("726.45万元");
  });

  it("is a share of the department's budget when asked so", async () => {
    const text = plain((await city.ask("监测中心的预算在整个局的预算里占多大比重")).answer);
    for (const figure of ["1774.75万元", "7320.22万元", "24.24%"]) expect(text).toContain(figure);
  });

  it("lists every body the table lists, adding up to its total", async () => {
    const text = plain((await city.ask("各单位的收入预算分别多少")).answer);
    for (const figure of ["2705.42万元", "372.60万元", "344.20万元", "7320.22万元"])
      expect(text).toContain(figure);
    expect(text).toContain("相符");
    expect(text).not.toContain("不一致");
  });
});

describe("a source of income asked by name", () => {
  it("is that source, not the income total it is part of", async () => {
    const r = await county.ask("卫健局的事业收入是多少");
    expect(plain(r.answer)).toContain("事业收入决算数为 2639.35万元");
    expect(plain(r.answer)).not.toContain("收入合计决算数为 9627.88万元");
  });

  it("is refused for a year whose documents do not state it, not answered with the total", async () => {
    const r = await county.ask("2023年事业收入是多少");
    expect(r.status).toBe("not_found");
  });
});

describe("a row's cell asked in everyday words", () => {
  it("reads the fund's year-end balance of the row named before '那笔钱'", async () => {
    const text = plain((await county.ask("彩票公益金那笔钱到年底还结余多少")).answer);
    expect(text).toContain("4.25万元");
  });
});

describe("the year-start and adjusted budgets", () => {
  it("sets the adjusted budget against the year-start one, with the reason for the adjustment", async () => {
    const text = plain((await audit.ask("信息化建设的预算年中为什么调减了")).answer);
    for (const figure of ["30.00万元", "24.50万元", "5.50万元"]) expect(text).toContain(figure);
    expect(text).toContain("合同金额低于预算");
    // (Final accounts: what was spent against the adjusted budget beside it, 24.50 ÷ 24.50.)
    expect(text).toContain("100.00%");
  });

  it("rates the actual against the adjusted budget when both budgets are asked, with the actual's own reason", async () => {
    const text = plain((await audit.ask("审计业务年初预算、全年预算和决算分别是多少，完成率呢")).answer);
    for (const figure of ["251.58万元", "246.38万元", "97.93%"]) expect(text).toContain(figure);
    // The year-start budget beside it, the actual's rate of it (246.38 ÷ 220.00 = 111.99 %), and the
    // reason for the adjustment apart from the actual's.
    for (const figure of ["220.00万元", "111.99%"]) expect(text).toContain(figure);
    expect(text).toContain("上年结转16.80万元纳入本年使用");
    expect(text).toContain("跨年度实施");
  });
});

describe("a row's own whole and its funds", () => {
  it("takes a share of a row's income over that row's income, not the department's", async () => {
    const text = plain((await county.ask("乡镇卫生院收入当中财政拨款占了几成")).answer);
    for (const figure of ["1511.78万元", "2377.50万元", "63.59%"]) expect(text).toContain(figure);
    expect(text).not.toContain("9627.88万元");
  });

  it("sets the row's all-funds spending against its general-budget spending", async () => {
    const text = plain((await county.ask("妇幼保健机构全部支出跟一般公共预算拨款支出差多少")).answer);
    for (const figure of ["2113.22万元", "559.30万元", "1553.92万元"]) expect(text).toContain(figure);
    expect(text).not.toContain("6870.41万元");
  });

  it("reads a fund named in a follow-up as that fund's part of the figure before", async () => {
    const text = plain(
      (await county.ask("卫生健康支出一共多少", "项目支出呢", "假如只看一般公共预算拨款呢")).answer,
    );
    expect(text).toContain("3010.31万元");
  });
});

describe("spending beyond the year's income", () => {
  it("is paid from the carry-in less the carry-out, the identity shown", async () => {
    const text = plain((await county.ask("支出合计比收入合计多多少？这个差额怎么弥补的")).answer);
    for (const figure of ["37.55万元", "155.70万元", "118.15万元"]) expect(text).toContain(figure);
  });
});

describe("a project table naming who carries each project out", () => {
  it("lists a body's projects from its 实施单位 column, added up", async () => {
    const text = plain((await water.ask("水利工程管理中心名下有哪些项目")).answer);
    for (const figure of ["860.00万元", "420.00万元", "296.00万元", "24.00万元", "1600.00万元"])
      expect(text).toContain(figure);
  });

  it("quotes the sentence naming the body that carries a project out", async () => {
    const text = plain((await water.ask("城区段堤防维修养护项目由哪个单位来实施")).answer);
    expect(text).toContain("实施单位为牡丹江市水利工程管理中心");
  });
});

describe("every row on one side of its budget", () => {
  it("lists each row whose actual fell short of its year-start budget, with its rate", async () => {
    const text = plain((await county.ask("哪几项决算没达到年初预算？各自完成率多少")).answer);
    for (const figure of ["1268.75万元", "624.38万元", "9.86万元", "96.35%", "98.60%"])
      expect(text).toContain(figure);
    // (Rows over their budget are not among them: 行政运行 262.00 → 268.74.)
    expect(text).not.toContain("268.74万元");
  });
});

describe("a fund's income changed as its spending did", () => {
  it("is explained by the reason stated for the spending, said to be the spending's", async () => {
    const text = plain((await culture.ask("政府性基金的拨款收入为什么比去年少")).answer);
    expect(text).toContain("40.00万元");
    expect(text).toContain("旅游发展基金规模减少");
    expect(text).toContain("政府性基金预算财政拨款支出的同额变化");
  });
});
