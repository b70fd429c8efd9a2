import { describe, expect, it } from "vitest";
import { useFilesEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions in our own words about bodies a department lists one numbered paragraph each, tables
 * named in the question, and the fund a follow-up narrows to; values read off the documents:
 * - ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html (the page as saved): 第一部分 二 lists
 *   "1．云浮市人民医院（…）" … "11．云浮市卫生健康事务中心（…）"; 表3 部门支出总表: 云浮市疾病预防控制中心
 *   合计 4,418.01, 基本支出 2,669.01, 项目支出 1,749.00; 表7 "三公" 经费支出表 (单位：元): 2025年预算数
 *   688,000.00; 表3 云浮市人民医院 合计 188,027.30, 项目支出 11,220.00, 合计 row 项目支出 26,143.20 (a planted
 *   slip: its rows add to 25,243.20); 表3-1 (按支出功能分类科目) 2210201 住房公积金 4,203.20; 表5 一般公共预算支出表 住房公积金 477.20.
 * - ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf, page 4 (pdftoppm): "…实有人数情况如下表（单位：人）："
 *   食品药品检验检测中心 编制数 28, 实有人数 26, 合计 232 216; page 16: 公开06表 人员经费合计 7124.32, 公用经费合计 812.36.
 */
describe("a city health bureau's hospitals and centres, listed one paragraph each", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html"]);

  it("a listed centre, by its everyday short name, is its row of the bureau's spending table", async () => {
    const text = plain((await ask("疾控中心今年的支出预算一共多少？")).answer);
    expect(text).toContain("4418.01万元");
    expect(text).toContain("1749.00万元");
  });

  it("a listed hospital's part of its own row's total, and of the bureau's (11,220.00 of 188,027.30; of 26,143.20)", async () => {
    const own = plain((await ask("市人民医院的项目支出在它预算里占几成？")).answer);
    expect(own).toContain("11220 ÷ 188027.3 = 5.97%");
    const ofBureau = plain((await ask("市人民医院的项目支出占全局项目支出的比例？")).answer);
    expect(ofBureau).toContain("11220 ÷ 26143.2 = 42.92%");
  });

  it("the whole bureau's staff, not a listed body's ('核定编制1280名' is the hospital's)", async () => {
    // 第一部分 三: "本部门核定编制2951名…实有在职在编人员2827人，其中局本级49人".
    const text = plain((await ask("整个卫健局核定编制多少？实有在职在编多少人？")).answer);
    expect(text).toContain("2951人");
    expect(text).toContain("2827人");
    expect(text).not.toContain("1280人");
  });

  it("last year's figure a budget states is named as last year's budget, never as its execution", async () => {
    // 情况说明 一: "一般公共预算拨款收入30,187.47万元，比2024年预算25,876.42万元增加4,311.05万元，增长16.66%".
    const text = plain(
      (await ask("2025年一般公共预算拨款收入比2024年增减多少？2024年那个数是实际执行数吗？")).answer,
    );
    expect(text).toContain("25876.42万元");
    expect(text).toContain("文件没有列出2024年的实际执行数");
    expect(text).not.toContain("2024年预算执行数");
  });

  it("an ordinal before a listed body's name names another body, which publishes nothing", async () => {
    const result = await ask("云浮市第三人民医院今年预算多少？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).not.toContain("188027.30");
  });

  it("the 三公 table's total, asked by the table's name, is the 三公经费", async () => {
    const result = await ask("三公经费预算表里的合计是多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("68.80万元");
  });

  it("a table titled with how it is arranged ('（按支出功能分类科目）') is the all-funds table, not a fund's", async () => {
    const text = plain((await ask("住房公积金今年预算多少？")).answer);
    expect(text).toContain("477.20万元");
    expect(text).toContain("4203.20万元");
    expect(text).toContain("全部资金来源");
  });

  it("'只算一般公共预算的话呢' after a subject narrows it to that fund's table", async () => {
    const result = await ask("住房公积金今年预算多少？", "只算一般公共预算的话呢？");
    const text = plain(result.answer);
    expect(text).toContain("477.20万元");
    expect(text).not.toContain("30187.47");
  });
});

describe("a market regulator's staff table, introduced by a sentence", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf"]);

  it("a centre's row of the staff table, asked by the name the table prints", async () => {
    const text = plain((await ask("食品药品检验检测中心有多少编制？")).answer);
    expect(text).toContain("28人");
    expect(text).not.toContain("3人");
  });

  it("a kind of body taken together is its rows added (the nine 市场监督管理所: 91 编制, 86 实有)", async () => {
    // Page 4: 城东 14/13, 城西 13/13, 南湖 12/11, 白沙 10/10, 石门 9/8, 青山 9/9, 双溪 8/8, 桃源 8/7, 梅岭 8/7.
    const text = plain((await ask("各市场监督管理所的编制数和实有人数一共多少？")).answer);
    expect(text).toContain("14 + 13 + 12 + 10 + 9 + 9 + 8 + 8 + 8 = 91");
    expect(text).toContain("13 + 13 + 11 + 10 + 8 + 9 + 8 + 7 + 7 = 86");
  });

  it("two different head counts are each given, never added (编制数 232, 实有人数 216)", async () => {
    const text = plain((await ask("市监局编制数和实有人数加在一起是多少？")).answer);
    expect(text).toContain("232人");
    expect(text).toContain("216人");
    expect(text).not.toContain("448");
  });

  it("per person, by the staff table's 合计 row (7124.32 ÷ 216)", async () => {
    const text = plain((await ask("按实有人数算，市监局人均人员经费是多少？")).answer);
    expect(text).toContain("7124.32 ÷ 216 = 32.98");
  });

  it("a part read from one fund's table is set over that fund's whole (812.36 ÷ 7936.68), not all funds' (8118.83)", async () => {
    // Page 13 (公开05表): 合计 基本支出 7,936.68; page 16 (公开06表): 公用经费合计 812.36; page 9 (公开03表): 基本支出 8,118.83.
    const text = plain((await ask("市监局的公用经费占基本支出的比重是多少？")).answer);
    expect(text).toContain("812.36 ÷ 7936.68 = 10.24%");
  });

  it("a fund's name ending in 预算 asks no budget against the actual ('一般公共预算…决算')", async () => {
    const result = await ask("市监局2023年一般公共预算财政拨款的人员经费决算数是多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("7124.32万元");
  });
});

describe("a row asked by its place in a table, with a figure of it asked after", () => {
  const { ask } = useSampleEngine();

  it("the later clause is not answered with another figure", async () => {
    // data/docs 002 (区委办 2024 决算) 公开05表: rows named by place are refused; so is what is asked of them.
    const result = await ask("区委办决算的公开05表合计下面第二行是什么？它的小计多少？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).toContain("请说出那一行的科目名称或编码");
  });
});
