import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Last year's figures a budget states, years written with two digits, and a body title printed
 * without its number. Read off the rendered pages (pdftoppm -r 80):
 * - putuo-sfj-2026-bumen-yusuan p8: "行政运行（01项）1672.67万元 … 2025年当年预算执行数为1690.69万元，
 *   2026年预算安排1672.67万元，比2025年预算执行数减少1.07%"; p9: "其他司法支出（99项）3845.49万元 …
 *   2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%"
 *   (the 单位 edition's p6 prints 3269.3 for the same 执行数).
 * - putuo-wanli-2023-bumen-yusuan p6: "支出预算16497.86万元"; putuo-wanli-2024-bumen-yusuan p6:
 *   "支出预算15621.11万元 … 比2023年预算减少876.75万元".
 * - 支出预算总表 合计, 项目支出 column: putuo-wanli-2023-bumen-yusuan p18 "65,572,343",
 *   putuo-wanli-2024-bumen-yusuan p20 "56,505,103".
 * - putuo-wanli-2024-bumen-yusuan p33 (项目经费情况说明, no project named in its title): "第一季度用款计划
 *   158.05万元，第二季度…第四季度用款计划158.05万元"; "用地面积约为4000.6平方米（以实测为准）。本工程规划建筑面积约为
 *   13459平方米，其中地上建筑面积为8013平方米…地下建筑面积为5356平方米".
 * - putuo-swh-2025-bumen-yusuan p22: "（三）公务接待费1.00万元。与2024年预算持平，主要原因是根据本部门实际
 *   业务需求开展公务接待。"
 * - putuo-sfj-2026-bumen-yusuan p6: "上海市普陀区司法局部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划".
 * - putuo-swh-2025-bumen-yusuan p2: 目录 "一、部门主要职能 … 七、项目经费情况说明"; p3 titled
 *   "上海市普陀区商务委员会主要职能": "…是主管全区产业经济的区政府工作部门…"; p13 (2025年部门支出预算总表):
 *   项目支出 column "215 08 支持中小企业发展和管理支出 293,810,000.00", "216 99 其他商业服务业等支出
 *   31,364,000.00", 合计 351,684,000.00.
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("last year's figure that only next year's budget states", () => {
  it("is read from the budget's narrative, named as its 预算执行数", async () => {
    const r = await ask("普陀司法局2025年行政运行执行了多少");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toMatch(/2025年度行政运行（2040601）预算执行数为 1690\.69万元/);
    expect(answer).toContain("取自2026年度预算说明所列的2025年预算执行数");
    // The reason printed beside it explains 2026's change, not the 2025 figure.
    expect(answer).not.toContain("部分人员退休");
    expectGrounded(r);
  });

  it("a figure the budget does not restate for last year is not found, naming the document read", async () => {
    const r = await ask("普陀司法局2025年支出合计多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("2026年度预算文件未列出2025年");
  });

  it("a stated rate the two figures do not give is flagged, with the figure it implies", async () => {
    const r = await ask("普陀司法局其他司法支出2025年执行数是43269.3万元吗");
    const answer = plain(r.answer);
    expect(answer).toContain("43269.30万元");
    expect(answer).toContain("文件所列数字互不相符");
    expect(answer).toContain("17.62%");
    // 3845.49 ÷ 1.1762 = 3269.42 (the 单位 edition prints 3269.3)
    expect(answer).toMatch(/上年应约为 3269\.42万元/);
    expectGrounded(r);
  });

  it("a stated rate the figures do give raises no doubt", async () => {
    const answer = plain((await ask("普陀司法局行政运行26年比25年少了多少")).answer);
    // (1672.67 − 1690.69) ÷ 1690.69 = −1.07%, as printed
    expect(answer).toMatch(/减少 18\.02万元/);
    expect(answer).not.toContain("互不相符");
  });
});

describe("years written with two digits", () => {
  it("'怎么变的' between two years is their change", async () => {
    const answer = plain((await ask("万里街道2023到2024年项目支出怎么变的")).answer);
    expect(answer).toContain("6557.23万元");
    expect(answer).toContain("5650.51万元");
    // (56505103 − 65572343) ÷ 65572343 = −13.83%
    expect(answer).toMatch(/下降 13\.83%/);
  });

  it("'24年预算比23年' compares the two budget totals", async () => {
    const r = await ask("万里街道24年预算比23年下降了百分之几");
    const answer = plain(r.answer);
    expect(r.plan.operation).toBe("yoy");
    expect(answer).toContain("16497.86万元");
    expect(answer).toContain("15621.11万元");
    // (15621.11 − 16497.86) ÷ 16497.86 = −5.31%
    expect(answer).toMatch(/下降 5\.31%/);
  });
});

describe("a unit's duties under a title printed without its number", () => {
  it("'主要管什么' quotes the 主要职能 page, not the table of contents", async () => {
    const r = await ask("普陀区商务委员会主要管什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("一、部门主要职能");
    expect(r.answer).toContain("主管全区产业经济的区政府工作部门");
    expect(r.answer).not.toContain("「封面」");
  });
});

describe("where project spending went, when the projects are not all listed", () => {
  it("the 项目支出 column ranks the functional classes (款)", async () => {
    const r = await ask("商务委2025年项目支出最大头花在哪");
    const answer = plain(r.answer);
    expect(r.plan.operation).toBe("rank");
    expect(answer).toMatch(/最高的是支持中小企业发展和管理支出（21508）项目支出，为 29381\.00万元/);
    expect(answer).toContain("其他商业服务业等支出（21699）项目支出：3136.40万元");
    expect(answer).toContain("按功能分类各科目");
  });
});

describe("what projects the money went to, when one project is explained", () => {
  // putuo-sfj-2026-bumen-yusuan p12 (2026年部门支出预算总表, 项目支出 column, 元): all of it under
  // 204 06 司法: 其他司法支出 38454900.00, 基层司法业务 21703947.00, 公共法律服务 6860000.00,
  // 信息化建设 2278800.00, 普法宣传 1242900.00. p23: 人民调解项目经费情况说明 "六、年度预算安排 795万元".
  it("lists the 项 rows of the one 款 and names the explained project", async () => {
    const r = await ask("司法局2026年项目支出主要用在哪些项目");
    const answer = plain(r.answer);
    expect(answer).toContain("按功能分类科目分布如下");
    expect(answer.indexOf("其他司法支出（2040699）项目支出：3845.49万元")).toBeLessThan(
      answer.indexOf("基层司法业务（2040604）项目支出：2170.39万元"),
    );
    expect(answer).toContain("普法宣传（2040605）项目支出：124.29万元");
    expect(answer).toContain("文件单独说明的项目：人民调解项目 795.00万元");
    // A glossary's definition says nothing of where this unit's money went.
    expect(answer).not.toContain("名词解释");
    expectGrounded(r);
  });
});

describe("a year stood for by next year's budget, in a change", () => {
  // p9: "其他司法支出（99项）3845.49万元 … 2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，
  // 比2025年预算执行数增加17.62%".
  it("the budget's figure keeps its own year; last year's is its 预算执行数", async () => {
    const r = await ask("普陀司法局2026年其他司法支出是多少", "2025年的执行数是多少，涨了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("2026年度其他司法支出（2040699）为 3845.49万元");
    expect(answer).not.toContain("2025年度其他司法支出（2040699）为 3845.49万元");
    expect(answer).toContain("2025年预算执行数 43269.30万元");
  });
});

describe("the units under a department, asked in everyday words", () => {
  it("'下面有几个单位' quotes the 机构设置 page", async () => {
    const r = await ask("普陀司法局下面有几个单位");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("下属1家预算单位");
  });

  it("“下面有几家预算单位” quotes the page that lists them", async () => {
    // putuo-wanli-2024-bumen-yusuan p4 (rendered): "下属 5 家预算单位".
    const r = await ask("万里街道2024年下面有几家预算单位");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("下属5家预算单位");
  });

  it("a count asked after the list (“…有哪些单位，一共几个”) is the listed page's", async () => {
    // putuo-wanli-2024-bumen-yusuan p4 (rendered): "包括万里街道本部以及下属 5 家预算单位…6. …综合行政执法队".
    const r = await ask("万里街道2024年部门预算有哪些单位，一共几个");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("综合行政执法队");
  });

  it("'这几个单位' names units asked about, not the units under one", async () => {
    const r = await ask("普陀区的这几个单位三公预算从高到低排一下");
    expect(r.plan.operation).toBe("rank");
  });
});

describe("an area asked by its compound name", () => {
  it("建筑面积 is quoted from the sentence that states it, not the 用地面积 before it", async () => {
    const r = await ask("万里街道新建的社区服务中心建筑面积是多少平方米");
    expect(r.answer).toContain("规划建筑面积约为13459平方米");
    expect(r.answer).not.toContain("用地面积约为4000.6平方米");
  });
});

describe("a change on last year stated in the sentence after the figure", () => {
  it("'与<年>预算持平' opening the next sentence is the figure's change, with its reason", async () => {
    const answer = plain((await ask("普陀商务委25年接待费跟前一年比有变化吗")).answer);
    expect(answer).toContain("公务接待费为 1.00万元");
    expect(answer).toContain("与2024年预算持平");
    expect(answer).toContain("根据本部门实际业务需求开展公务接待");
  });
});

describe("a project page whose year is split by quarter", () => {
  it("'用款计划合计' adds the quarters, the formula shown", async () => {
    const r = await ask("万里街道社区公共服务中心那个新建工程24年四个季度一共计划用多少钱");
    const answer = plain(r.answer);
    // 158.05 × 4 = 632.20
    expect(answer).toContain("安排合计 632.20万元");
    expect(answer).toContain("第四季度用款计划：158.05万元");
  });

  it("the project named without the unit's name that begins it", async () => {
    const r = await ask("万里街道24年社区公共服务中心新建工程各季度用款计划一共多少");
    expect(r.plan.metrics).toEqual([{ type: "project", name: "万里街道社区公共服务中心新建工程" }]);
    expect(plain(r.answer)).toContain("安排合计 632.20万元");
  });

  it("“比<上年>执行数” compares with the 执行数 the budget states, not last year's budget", async () => {
    // putuo-wanli-2024-bumen-yusuan p6 (rendered): "宣传事务（款）一般行政管理事务（项）”110.60万元 …
    // 2023年当年预算执行数为114.00万元 … 比2023年预算执行数减少2.98%".
    const r = await ask("万里街道宣传事务2024年跟2023年执行数比变了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("2023年预算执行数 114.00万元");
    expect(answer).toContain("2.98%");
  });

  it("a year's 执行数 asked after the next year's budget, then the gap: the two, compared", async () => {
    // putuo-wanli-2024-bumen-yusuan p8 (rendered): "事业单位医疗（项）”160.14万元 … 2023年当年预算执行数为
    // 132.56万元 … 比2023年预算执行数增加20.81%": 160.14 − 132.56 = 27.58.
    const r = await ask("万里街道2024年事业单位医疗预算是多少", "那2023年的执行数呢", "多了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("2023年预算执行数 132.56万元");
    expect(answer).toContain("增加 27.58万元");
    expect(answer).not.toContain("完成年初预算");
  });

  it("a body's short name ending where a row's name begins (…街道办 + 办公费) is read as the row", async () => {
    // putuo-wanli-2023-bumen-yusuan p26 (rendered): "302 01 办公费 5,811,753".
    const r = await ask("2023年万里街道办公费预算多少");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "30201", name: "办公费" }]);
    expect(plain(r.answer)).toContain("581.18万元");
  });

  it("a count said before the period (“四个季度”) is no part of the project's name", async () => {
    const r = await ask("2024年万里街道社区公共服务中心项目四个季度的用款计划合计");
    expect(plain(r.answer)).toContain("632.20万元");
  });

  it("a budget against last year's 执行数 “几倍” is a change between years, its ratio shown", async () => {
    // putuo-sfj-2026-bumen-yusuan p8 (rendered): 普法宣传 "2025年当年预算执行数为118.46万元，2026年预算安排
    // 124.29万元": 124.29 ÷ 118.46 = 1.049… → 1.05倍.
    const r = await ask("普陀司法局普法宣传2026年预算是2025年执行数的多少倍");
    expect(r.plan.operation).toBe("yoy");
    expect(plain(r.answer)).toContain("124.29 ÷ 118.46 = 1.05倍");
  });

  it("two years joined by 跟 are both asked; 跟<年>比 names a base", async () => {
    const joined = await ask("万里街道23年跟24年的机关运行经费预算差多少");
    expect(joined.plan.years).toEqual([2023, 2024]);
    const based = await ask("万里街道24年机关运行经费预算跟23年比差多少");
    expect(based.plan.years).toEqual([2024]);
    expect(based.plan.operation).toBe("yoy");
    const both = await ask("万里街道机关运行经费预算23年跟24年比变了多少");
    expect(both.plan.years).toEqual([2023, 2024]);
  });

  it("“走势” asks the trend, no figure of its own", async () => {
    const r = await ask("万里街道城乡社区管理事务的行政运行这几年走势怎么样");
    expect(r.plan.qualifiers).toEqual([]);
    expect(r.status).toBe("answered");
  });

  it("a zero from the table carries the reason the narrative states for the same amount", async () => {
    // putuo-swh-2025-bumen-yusuan p22 (rendered): "公务用车购置及运行费0万元，与2024年预算持平，主要原因是无公务
    // 用车车辆".
    const r = await ask("普陀商务委2025年三公经费预算多少", "公车那块呢");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "公务用车购置及运行维护费" }]);
    expect(plain(r.answer)).toContain("无公务用车车辆");
  });

  it("the project pointed at by the end of its name only (“那个…工程”)", async () => {
    const r = await ask("万里街道2024年那个新建工程的用款计划加起来是多少");
    expect(r.plan.metrics).toEqual([{ type: "project", name: "万里街道社区公共服务中心新建工程" }]);
    expect(plain(r.answer)).toContain("安排合计 632.20万元");
  });

  it("its size is read from the page's sentences, not answered with its money", async () => {
    const r = await ask("万里街道社区公共服务中心新建工程规划面积多大");
    expect(r.answer).toContain("平方米");
    expect(r.answer).not.toContain("632.20");
  });
});

describe("figures added year by year, and classes named the short way", () => {
  // putuo-wanli-2023-bumen-yusuan p26–27 (经济分类预算表, 元): 水费 142,500, 电费 710,000;
  // putuo-wanli-2024-bumen-yusuan p30: 水费 277,500, 电费 280,000.
  it("each year's total, then the change between them", async () => {
    const r = await ask("万里街道电费和水费加在一起，2024年比2023年少了多少");
    expect(r.plan.years).toEqual([2023, 2024]);
    const answer = plain(r.answer);
    expect(answer).toContain("2023年 85.25万元");
    expect(answer).toContain("2024年 55.75万元");
    expect(r.answer).toContain("55.75 − 85.25 = -29.50");
    expectGrounded(r);
  });

  // putuo-swh-2025-bumen-yusuan p9 (2025年部门财务收支预算总表, 元): 一般公共预算资金 371,514,655.00;
  // 三、社会保障和就业支出 3,808,085.00; 二、科学技术支出 17,200,000.00.
  it("a class asked without its 支出", async () => {
    const r = await ask("商务委2025年社会保障和就业方面安排了多少");
    expect(plain(r.answer)).toContain("380.81万元");
    expect(r.answer).toContain("3808085.00元");
  });

  it("a class's share of the spending total", async () => {
    const r = await ask("商务委2025年科学技术方面占支出总计的比重");
    // 1720 ÷ 37151.4655 = 4.63%
    expect(r.answer).toContain("1720 ÷ 37151.4655 = 4.63%");
  });

  it("一般公共预算资金 is the general budget's appropriation", async () => {
    const r = await ask("商务委2025年一般公共预算资金收入多少");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "一般公共预算财政拨款收入" }]);
    expect(r.answer).toContain("371514655.00元");
  });

  // p27 (2023) 物业管理费 3,013,200; p30 (2024) 物业管理费 1,090,020 in the 合计 column, 0 under 人员经费.
  it("涨了还是降了 asks the change; a row's 人员经费 cell is no second figure of it", async () => {
    const r = await ask("万里街道的物业管理费，2024年比2023年是降了还是涨了");
    expect(r.plan.operation).toBe("yoy");
    // (109.002 − 301.32) ÷ 301.32 = −63.83%
    expect(plain(r.answer)).toContain("下降 63.83%");
    const value = await ask("万里街道物业管理费2024年安排了多少");
    expect(value.answer).not.toContain("不一致");
  });

  // p32: "政府采购预算1662.44万元 … 面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型
  // 企业的政府采购项目预算为465.49万元".
  it("the procurement reserved for small firms, as a share of all procurement", async () => {
    const r = await ask("万里街道2024年给中小企业预留的采购占政府采购预算的比例");
    // 664.98 ÷ 1662.44 = 40.00%
    expect(r.answer).toContain("664.98 ÷ 1662.44 = 40.00%");
    const small = await ask("万里街道2024年中小企业预留里小微企业预留占几成");
    // 465.49 ÷ 664.98 = 70.00%
    expect(small.answer).toContain("465.49 ÷ 664.98 = 70.00%");
  });

  // p10 (2024年部门财务收支预算总表, 元): 一、一般公共服务支出 2,932,700; 八、城乡社区支出 119,385,303.
  // By hand: 119,385,303 − 2,932,700 = 116,452,603 元, the larger less the smaller.
  it("two classes compared are two figures, each class printed with and without its code one", async () => {
    const r = await ask("万里街道2024年一般公共服务支出比城乡社区支出少多少");
    expect(r.plan.metrics).toHaveLength(2);
    expect(r.answer).not.toContain("两者相等");
    expect(r.answer).toContain("11938.5303 − 293.27 = 11645.2603");
  });

  // putuo-wanli-2023-bumen-yusuan p29: "机关运行经费预算为786.09万元"; putuo-wanli-2024 p32: "…为443.18万元".
  it("差多少 after one year then another compares the two years", async () => {
    const r = await ask("万里街道2024年机关运行经费多少", "2023年呢", "差多少");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("443.18 − 786.09 = -342.91");
  });

  // putuo-sfj-2026-bumen-yusuan p8: "信息化建设（13项）227.88万元 … 2025年当年预算执行数为60.41万元，2026年预算
  // 安排227.88万元，比2025年预算执行数增加277.22%。主要原因是：业务量增加。"
  it("'怎么涨这么多' after one year then another compares the two years with the stated reason", async () => {
    const r = await ask("普陀司法局2026年信息化建设预算多少", "2025年执行了多少", "怎么涨这么多");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("227.88 − 60.41 = 167.47");
    expect(r.answer).toContain("业务量增加");
  });

  // putuo-wanli-2024-bumen-yusuan p9: "住房公积金（项）”350.35万元 … 2023年当年预算执行数为348.52万元". The
  // 2023 budget is indexed too, but a budget states no actual: next year's budget does.
  it("an actual asked of a year with a budget only is next year's 预算执行数", async () => {
    const r = await ask("万里街道住房公积金2024年安排了多少", "前一年实际执行多少");
    expect(r.plan.years).toEqual([2023]);
    expect(plain(r.answer)).toContain("预算执行数为 348.52万元");
    expect(r.answer).not.toContain("未收录");
  });

  it("a class named before a row of it only says which row", async () => {
    const r = await ask("万里街道城乡社区的行政运行2024年安排多少");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2120101", name: "行政运行" }]);
  });
});

describe("which parts a project supports", () => {
  // putuo-swh-2025-bumen-yusuan p25 (rendered): "2025年度项目总预算1410.00万，其中支持引进品牌集聚340.00万，
  // 支持打造示范地标120.00万，支持促消费提质提升800.00万，支持商业数字化创新70.00万，支持商业综合服务能力
  // 提升80.00万元".
  it("'具体支持哪些方面，各多少钱' lists the project's stated parts", async () => {
    const r = await ask("商务委的商业创新专项都支持哪些方面，每块多少钱");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toContain("支持引进品牌集聚：340.00万元");
    expect(answer).toContain("支持促消费提质提升：800.00万元");
  });
});

describe("a name printed in both classifications, compared with another row", () => {
  // putuo-wanli-2024-bumen-yusuan p26 (rendered): "221 02 01 住房公积金 3,503,499"; "221 02 03 购房补贴
  // 3,201,700". 住房公积金 is also the economic row 30113; it is one figure, not two.
  it("compares the named rows, not the one name with itself", async () => {
    const answer = plain((await ask("万里街道2024年住房公积金是购房补贴的多少倍")).answer);
    expect(answer).toContain("购房补贴");
    // 3,503,499 ÷ 3,201,700 = 1.0943… → 1.09
    expect(answer).toContain("1.09倍");
    expect(answer).not.toContain("两者相等");
  });
});

describe("units compared by their budgets, no figure named", () => {
  // putuo-sfj-2026-bumen-yusuan p10 (部门财务收支预算总表): 支出总计 96,282,213.44 元 (read off the page in
  // edition-compare.test.ts). Each unit's budget is its spending total.
  it("'谁多' compares the spending totals", async () => {
    const r = await ask("司法局部门预算和商务委部门预算谁多");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
    expect(plain(r.answer)).toContain("9628.22万元");
  });

  it("'谁的预算最大' ranks the place's units by their spending totals", async () => {
    const r = await ask("上海这几个单位谁的预算最大");
    expect(r.plan.operation).toBe("rank");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
    expect(r.status).toBe("answered");
  });
});

describe("a unit and year with the word 预算 and nothing else", () => {
  // putuo-wanli-2024-bumen-yusuan p6: "支出预算15621.11万元" (read off the page above).
  it.each(["万里2024年预算", "万里街到2024年预算"])("%s is the budget's spending total", async (question) => {
    const r = await ask(question);
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
    expect(plain(r.answer)).toContain("15621.11万元");
  });
});

describe("a breakdown with a subset stated beside it", () => {
  // putuo-wanli-2024-bumen-yusuan p32 (rendered): "政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、政府
  // 采购工程预算815.87万元、政府采购服务预算752.59万元" and "面向中小企业预留政府采购项目预算金额664.98万元".
  it("says the subset after the parts, with its share, not added to them", async () => {
    const answer = plain((await ask("万里街道2024年政府采购预算由哪几部分构成")).answer);
    expect(answer).toContain("政府采购工程支出：815.87万元");
    // 664.98 ÷ 1662.44 = 0.4000… → 40.00 %
    expect(answer).toMatch(/面向中小企业预留采购金额 664\.98万元.*占 40\.00%/);
    expect(answer).toContain("不另计入合计");
  });
});
