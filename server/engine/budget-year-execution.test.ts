import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * A year published only as a budget is executed in the next year's budget narrative, read off the
 * rendered pages (pdftoppm -r 70):
 * - putuo-wanli-2023-bumen-yusuan p9, item 31: "其他城乡社区支出（项）”1450.00万元" and item 30
 *   "城乡社区环境卫生（项）”563.38万元".
 * - putuo-wanli-2024-bumen-yusuan p9, item 30: "2023年当年预算执行数为1822.46万元 … 主要原因是：其他城乡社区
 *   支出经费减少" and item 29: "2023年当年预算执行数为830.24万元".
 */
const { ask } = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("budget against execution for a year published only as a budget", () => {
  it("compares the year's budget with the execution next year's budget states", async () => {
    const result = await ask("万里街道2023年其他城乡社区支出预算执行得怎么样");
    const answer = plain(result.answer);
    expect(result.status).toBe("answered");
    expect(answer).toContain("1450.00万元");
    expect(answer).toContain("1822.46万元");
    // 1822.46 ÷ 1450 = 1.256868… → 125.69 %; 1822.46 − 1450 = 372.46.
    expect(answer).toContain("125.69%");
    expect(answer).toContain("372.46万元");
    expect(answer).toContain("执行数取自2024年度预算文件");
    // The reason beside the 执行数 explains 2024's change on it, not 2023's variance.
    expect(answer).not.toContain("支出经费减少");
  });

  it("says how much the execution fell short or ran over", async () => {
    const answer = plain(
      (await ask("万里街道2023年城乡社区环境卫生预算，最后实际执行了多少？超了多少")).answer,
    );
    expect(answer).toContain("563.38万元");
    expect(answer).toContain("830.24万元");
    // 830.24 − 563.38 = 266.86.
    expect(answer).toMatch(/超出预算 266\.86万元/);
  });
});

/**
 * putuo-wanli-2023-bumen-yusuan p20: "201 29 群众团体事务 454,100" with one item "201 29 02 一般行政管理事务
 * 454,100"; p6 item 3: "群众团体事务（款）一般行政管理事务（项）”45.41万元 … 2022年当年预算执行数为11.67万元，
 * 2023年预算安排45.41万元，比2022年预算执行数增加314.82%".
 */
describe("a class whose one item has its amount", () => {
  it("is compared with last year through the item's stated figures, said as the item's", async () => {
    const answer = plain((await ask("万里街道2023年群众团体事务比2022年执行数增长多少")).answer);
    expect(answer).toContain("11.67万元");
    expect(answer).toContain("45.41万元");
    expect(answer).toContain("314.82%");
    // (45.41 − 11.67) ÷ 11.67 = 2.89117… → 289.12 %: the stated rate disagrees, and both are shown.
    expect(answer).toContain("289.12%");
    expect(answer).toMatch(/其下只列“一般行政管理事务（2012902）”一项，金额相同/);
  });
});

/**
 * putuo-wanli-2023-bumen-yusuan p22 (rendered): "208 07 05 公益性岗位补贴 6,351,000"; putuo-wanli-2024-bumen-yusuan
 * p24: "208 07 05 公益性岗位补贴 4,212,300". The 2024 narrative states its change on 2023's 执行数, not budget.
 */
describe("two years' budgets asked one after the other, then their change", () => {
  it("compares the two budgets asked, saying the stated rate is on another base", async () => {
    const answer = plain(
      (await ask("万里街道公益性岗位补贴2023年安排了多少预算", "那2024年的", "比上一年少了多少")).answer,
    );
    // 4,212,300 − 6,351,000 = −2,138,700 元 = −213.87 万元; ÷ 6,351,000 = −33.68 %.
    expect(answer).toContain("减少 213.87万元");
    expect(answer).toContain("下降 33.68%");
    expect(answer).toContain("文件所列的增减率是与2023年预算执行数相比");
    expect(answer).not.toContain("印刷有误");
  });

  // putuo-wanli-2023-bumen-yusuan p17 and putuo-wanli-2024-bumen-yusuan p19 (rendered): 212 01 04 城管执法
  // 6,905,798 and 6,043,390.
  it("'<某项>预算<年乙>比<年甲>' compares the two budgets, not the execution next year's budget states", async () => {
    const r = await ask("万里街道城管执法预算24年比23年");
    const answer = plain(r.answer);
    expect(answer).toContain("690.58万元");
    expect(answer).toContain("12.49%");
  });

  // putuo-wanli-2024-bumen-yusuan p8, item 20 (rendered): "其他社会保障和就业支出（项）”781.24万元 … 2023年当年
  // 预算执行数为1410.22万元 … 比2023年预算执行数减少44.60%".
  it("'其他' before an everyday class name is the catch-all row, not the class", async () => {
    const r = await ask("万里街道其他社保就业支出24年变化");
    const answer = plain(r.answer);
    expect(answer).toContain("781.24万元");
    expect(answer).toContain("1410.22万元");
    expect(answer).toContain("44.60%");
  });

  // putuo-wanli-2024-bumen-yusuan p9, item 29 (2023年当年预算执行数为830.24万元) and p19 (2120501 城乡社区环境卫生
  // 5,993,300): the 款 of the same name holds this one 项 and its amount.
  it("two years of a 款 with one 项 and no basis named: the 项's stated change on the execution", async () => {
    const r = await ask("万里街道环境卫生24年比23年");
    const answer = plain(r.answer);
    expect(answer).toContain("830.24万元");
    expect(answer).toContain("27.81%");
  });
});

describe("a total named right after a year written with 年度", () => {
  // 部门财务收支预算总表 p10 of each (rendered pages): 支出总计 2023 164,978,640 元, 2024 156,211,123 元;
  // 156,211,123 − 164,978,640 = −8,767,517 元. The segmenter joins "年度" with "预算" ("年度预算/总额"):
  // the everyday word still begins a word.
  it("<年>年度预算总额 against another year is the spending total's change", async () => {
    const r = await ask("万里街道2024年度预算总额比2023年少多少");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toContain("16497.86万元");
    expect(answer).toContain("15621.11万元");
    expect(answer).toContain("876.75万元");
  });
});

describe("a bare budget asked in another scale", () => {
  // 2024 部门财务收支预算总表 p10 (rendered page): 支出总计 156,211,123 元 = 15,621.1123 万元 → 1.56 亿元.
  it("'预算折算成亿元约多少' is the spending total, also given in 亿元", async () => {
    const r = await ask("万里街道2024年预算折算成亿元约多少");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toContain("15621.11万元");
    expect(answer).toContain("1.56亿元");
  });
});

/**
 * 2023 部门预算 p29 (五、国有资产占有情况, rendered page): "截止2022年12月31日，…其中：房屋14609.83平方米；车辆7辆
 * （一般公务用车3辆，执法执勤用车4辆…）". No document of 2022 is published.
 */
describe("a stock at the end of a year next year's document states", () => {
  it("a text question about that year's end reads next year's document", async () => {
    const r = await ask("万里街道截至2022年的房屋面积有多大");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("14609.83平方米");
  });

  it("a count at that year's end is said to be read from next year's document, not worked out", async () => {
    const r = await ask("万里街道2022年末车辆有几辆");
    expectFacts(r, "7辆");
    expect(r.answer).toContain("2022年底的数字取自2023年度预算文件");
    expect(r.answer).not.toContain("推算");
  });
});

describe("parts of a project named by what sets each apart", () => {
  // 2023 部门预算 p30 (项目经费情况说明, 六、年度预算安排, rendered page): 第一季度用款计划25.88万元，第二季度
  // 180.74万元，第三季度186.60万元，第四季度16.78万元. By hand: 25.88 + 16.78 = 42.66.
  it("'一、四季度' are the first and fourth quarters, added with the formula", async () => {
    const r = await ask("万里街道社区公共服务中心新建工程2023年一、四季度用款合计多少");
    const answer = plain(r.answer);
    expect(answer).toContain("25.88 + 16.78 = 42.66");
    expect(answer).not.toContain("180.74");
  });
});

describe("the bodies a department's budget covers", () => {
  // 2024 部门预算 p4 (部门机构设置, rendered page): "…部门预算是包括万里街道本部以及下属 5 家预算单位的综合收支计划。"
  // with the six bodies listed, the last "上海市普陀区万里街道综合行政执法队".
  it("'部门预算里有几家下属单位' quotes the section on how the department is made up", async () => {
    const r = await ask("万里街道2024年部门预算里有几家下属单位");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("机构设置");
    expect(plain(r.answer)).toContain("下属5家预算单位");
    expect(r.answer).toContain("综合行政执法队");
  });
});

describe("a class executed through its one item", () => {
  // 2023 部门预算 p6 item 5 and 2024 部门预算 p6 item 4 (rendered): 宣传事务（款）一般行政管理事务（项）, the
  // class's only item: 2023年预算安排100.20万元; "2023年当年预算执行数为114.00万元". By hand: 114 ÷ 100.2 = 113.77 %;
  // 114 − 100.2 = 13.80.
  it("compares the class's budget with the execution its only item states next year", async () => {
    const r = await ask("万里街道2023年宣传事务预算多少，实际执行了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("114.00万元");
    expect(answer).toContain("114 ÷ 100.2 = 113.77%");
    expect(answer).toContain("其下只列“一般行政管理事务（2013302）”一项");
  });
});
