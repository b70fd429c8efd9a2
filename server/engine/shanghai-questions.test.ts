import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Questions as people ask them about 上海 PDFs. Expected values read off the rendered pages
 * (pdftoppm -r 110): 普陀区财政局 2024 决算 p15 (一般公共预算财政拨款支出决算表: 201 2,106.66,
 * 208 326.72, 210 60.99, 221 445.69) and p24 (政府采购 251.25: 货物 4.79, 工程 0, 服务 246.47);
 * 上海市财政局 2025 单位预算 p6 (收入/支出预算17,192万元, 财政拨款 比2024年预算减少990万元, reason);
 * p6 (收入支出决算总表: 一般公共预算财政拨款收入 2,940.05, 其他收入 6.20, 本年收入合计 2,946.25);
 * 万里街道 2023 p6 (16497.86) and 2024 p6 (15621.11, 比2023年预算减少876.75万元, 项目调整);
 * 商务委 2025 部门预算 p24 (生命健康专项 总预算1170.00万: 870.00 / 70.00 / 180.00 / 50.00), p23
 * (科技创新专项 总预算1720.00万, 其中 one part of 1720.00万), p25 (商业创新专项 总预算1410.00万), p26
 * (贸易高质量发展专项 总预算2921.00万: 外贸370.00, 商销30.00, 区级总部经济1106.00, 市级总部经济1262.00,
 * 进博会153.00) and p7 (收入37,151.47万元 "比2024年预算执行数增加24,558.18万元"; 支出 "比2024年预算增加
 * 24,491.71万元"); 普陀区财政局 2024 决算 p21 ("一般公共服务支出（类）2106.66万元，占71.73%").
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("上海 PDFs in everyday words", () => {
  it("classes named by their everyday names: those rows only, each cited to its page", async () => {
    const r = await ask("普陀区财政局2024年社保、卫生、住房这几类支出分别多少");
    const text = plain(r.answer);
    for (const v of ["326.72万元", "60.99万元", "445.69万元"]) expect(text).toContain(v);
    expect(text).not.toContain("2106.66");
    // Spending by class is the 支出决算表's (rendered pp. 10–11: 208 326.72, 210 60.99, 221 445.69),
    // not the appropriation-only table's rows that print the same amounts.
    for (const page of ["第10页", "第11页"]) expect(text).toContain(page);
    expectGrounded(r);
  });

  it("procurement asked with its parts' short names gives the total and each part", async () => {
    const text = plain((await ask("普陀区财政局2024年政府采购有多少？其中货物和服务呢")).answer);
    for (const v of ["251.25万元", "4.79万元", "0.00万元", "246.47万元"]) expect(text).toContain(v);
  });

  it("an income total breaks down into the sources the document lists, and only those", async () => {
    const text = plain((await ask("普陀区财政局2024年的收入由哪几部分构成")).answer);
    for (const v of ["2946.25万元", "2940.05万元", "6.20万元"]) expect(text).toContain(v);
    expect(text).not.toContain("事业收入");
  });

  it("a bare budget question reads the total; a change stated only for the appropriated part is said as that part's", async () => {
    const r = await ask("上海市财政局2025年预算是多少，比上年少了多少");
    const text = plain(r.answer);
    expect(text).toContain("17191.52万元");
    expect(text).toMatch(/文件未单列支出合计与上年的比较；本年数相同的“财政拨款支出”/);
    expect(text).toContain("990.00万元");
    expect(text).toContain("预计注册会计师考试人数、科次减少");
    // The narrative's rounded 17,192 is said beside the table's figure.
    expect(text).toContain("17192.00万元");
  });

  it("two years of one unit's budgets: computed from both documents, beside the stated change and reason", async () => {
    const text = plain((await ask("万里街道2024年的预算跟2023年比少了多少")).answer);
    for (const v of ["16497.86万元", "15621.11万元", "876.75万元", "5.31%", "项目调整"])
      expect(text).toContain(v);
  });

  it("two years named first, then 预算, with no figure named: the budget totals compared", async () => {
    const text = plain((await ask("万里街道2023年和2024年的预算相比涨了还是跌了")).answer);
    for (const v of ["16497.86万元", "15621.11万元", "876.75万元"]) expect(text).toContain(v);
  });

  it("a project's stated split: its total and each part, from the sentence that states them", async () => {
    const r = await ask("商务委生命健康专项的钱是怎么安排的");
    const text = plain(r.answer);
    for (const v of ["1170.00万元", "870.00万元", "70.00万元", "180.00万元", "50.00万元"])
      expect(text).toContain(v);
    expect(text).toContain("第24页");
    expectGrounded(r);
  });

  it("a project's total is not given as its actual spending (a budget states none)", async () => {
    const r = await ask("商务委生命健康专项实际支出了多少");
    expect(r.status).toBe("not_found");
  });
});

describe("parts of a project's stated split, and shares a sentence states", () => {
  it("a part named alone is its own figure, and its share of the project is computed", async () => {
    const text = plain((await ask("商务委生命健康专项中规模化发展那部分占了几成")).answer);
    expect(text).toContain("870.00万元");
    expect(text).toContain("1170.00万元");
    expect(text).toContain("870 ÷ 1170 = 74.36%");
  });

  it("parts named by a word they share are added, with the project's total beside them", async () => {
    const r = await ask("商务委贸易高质量发展专项给总部经济安排了多少钱");
    const text = plain(r.answer);
    expect(text).toContain("1106 + 1262 = 2368");
    expect(text).toContain("2921.00万元");
    expect(text).not.toContain("370.00万元");
    expectGrounded(r);
  });

  it("a follow-up names one part of the project asked before", async () => {
    const text = plain((await ask("商务委生命健康专项预算多少", "其中支持企业协同化发展呢")).answer);
    expect(text).toContain("180.00万元");
    expect(text).not.toContain("870.00万元");
  });

  it("several projects listed under a head noun are added", async () => {
    const text = plain((await ask("商务委这两个专项（科技创新、商业创新）合计多少")).answer);
    expect(text).toContain("1720 + 1410 = 3130");
  });

  // The 2023 document states the total on the project's target form (p31, rendered: 项目资金总额
  // 4,100,000.00元), the quarters on p30 (25.88 + 180.74 + 186.60 + 16.78 = 410.00); the 2024 quarters,
  // with no total stated, are added (pdf-budget-pages.test.ts).
  it("a project's quarters asked together: the total its target form states, the quarters beside", async () => {
    const r = await ask("万里街道2023年社区公共服务中心新建工程各季度用款计划一共多少");
    const text = plain(r.answer);
    expect(text).toContain("410.00万元");
    expect(text).toContain("第四季度用款计划：16.78万元");
    expect(r.citations.some((c) => c.page === 31)).toBe(true);
  });

  it("a share computed from the class table is followed by the share the narrative prints", async () => {
    const text = plain((await ask("普陀区财政局2024年一般公共服务支出占支出合计的比例")).answer);
    expect(text).toContain("2106.66 ÷ 2940.05 = 71.65%");
    expect(text).toContain("71.73%");
  });

  it("a budget's change on last year: spending's as the kin's, income's (on another base) beside it", async () => {
    const text = plain((await ask("商务委2025年预算较上年多了多少")).answer);
    expect(text).toContain("24491.71万元");
    expect(text).toContain("24558.18万元");
  });
});

describe("finance staff's wording on the 上海 PDFs", () => {
  // p15: 201 一般公共服务支出 2,106.66 = 行政运行 1,511.89 + 一般行政管理事务 10.00 + 信息化建设 135.25
  // + 财政委托业务支出 449.52.
  it("'分到哪几个项' asks the class's 项", async () => {
    const r = await ask("普陀区财政局2024年一般公共服务支出具体分到哪几个项了");
    expect(r.plan.operation).toBe("breakdown");
    const text = plain(r.answer);
    for (const row of [
      "行政运行（2010601）：1511.89万元",
      "一般行政管理事务（2010602）：10.00万元",
      "信息化建设（2010607）：135.25万元",
      "财政委托业务支出（2010608）：449.52万元",
    ])
      expect(text).toContain(row);
    expectGrounded(r);
  });

  // 商务委 2025 部门预算 p5: "机关设9个内设机构，包括：办公室、综合调研科、…、贸易发展科".
  it("'机关有哪几个科室' asks the divisions of the body's own office", async () => {
    const r = await ask("商务委机关有哪几个科室");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("综合调研科");
    expect(r.answer).toContain("贸易发展科");
  });

  // p24: "共有车辆0辆…单价100万元（含）以上设备（不含车辆）2台（套）".
  it("two counts in one message, the second of a thing of its own, each answered", async () => {
    for (const question of ["普陀区财政局有公车吗？大额设备有几台", "普陀财政局有车吗 大件设备几台"]) {
      const r = await ask(question);
      const text = plain(r.answer);
      expect(text).toContain("车辆数为 0辆");
      expect(text).toContain("2台（套）");
      // No kind of car is listed when there are none.
      expect(text).not.toContain("机要通信用车");
    }
  });

  // 普陀区财政局 2024 决算 p24: 机关运行经费支出184.65万元; 商务委 2025 部门预算 p22: 机关运行经费预算为171.01万元.
  it("'甲<年>和乙<年>': each unit is read for the year said after its name", async () => {
    const r = await ask("普陀区财政局2024年和商务委2025年机关运行经费各多少");
    const text = plain(r.answer);
    expect(text).toContain("184.65万元");
    expect(text).toContain("171.01万元");
    expect(text).not.toContain("未找到");
    expect(text).not.toContain("推算");
    expectGrounded(r);
  });

  // 上海市财政局 2025 p21: "公务用车购置及运行费32.20万元" and "截至2024年8月31日，上海市财政局共有车辆0辆".
  it("no cars beside a car budget: the two are set side by side", async () => {
    const r = await ask("上海市财政局有几辆公车");
    const text = plain(r.answer);
    expect(text).toContain("0辆");
    expect(text).toContain("32.20万元");
    expect(text).toContain("文件未说明二者的关系");
  });

  // p24: 机关运行经费支出184.65万元. Two 财政局 are indexed: the reply to "which one?" completes the question.
  it("a reply naming the place answers the question that asked which body", async () => {
    const first = await ask("财政局的机关运行经费是多少");
    expect(first.status).toBe("clarify");
    const r = await ask("财政局的机关运行经费是多少", "普陀区那个");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(plain(r.answer)).toContain("184.65万元");
    expectGrounded(r);
  });
});
