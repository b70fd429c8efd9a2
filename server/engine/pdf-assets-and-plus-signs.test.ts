import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered page (pdftoppm -r 90), putuo-czj-2024-bumen-juesuan.pdf p24:
 * - （二）政府采购支出情况: 政府采购金额 251.25万元, 其中货物 4.79、工程 0、服务 246.47 (they add up to
 *   251.26: the page's own parts differ from its total by 0.01);
 * - wanli-2023 p29 五、国有资产占有情况: 车辆7辆（一般公务用车3辆，执法执勤用车4辆…）; wanli-2024 p32: 共有车辆7辆,
 *   其中…其他用车7辆.
 * - p21 （二）结构情况: 一般公共预算财政拨款支出2940.05万元, 一般公共服务支出（类）2106.66万元, 占71.73%
 *   (2106.66 ÷ 2940.05 = 71.65%: the page's share is off).
 * - （三）国有资产占有使用情况说明: 共有车辆0辆; 单价100万元（含）以上设备（不含车辆）2台（套）.
 * And putuo-wanli-2023-bumen-yusuan.pdf p29 (三、政府采购情况): 政府采购预算830.00万元, 其中货物10.00、
 * 工程550.00、服务270.00 (550 ÷ 830 = 66.27%); 四、绩效目标设置情况: 编报绩效目标的项目5个, 涉及项目
 * 预算资金3328.13万元. pp31–35, one 财政项目支出绩效目标填报表 per project, 项目资金总额 (元): 4,100,000.00,
 * 6,351,000.00, 4,563,800.00, 7,595,500.00 and 公共服务设施运行经费 10,903,043.00 (p35), which add to
 * 33,513,343.00 元: 23.20万元 more than the sentence's total (1090.3043 ÷ 3328.13 = 32.76%); 五、国有资产
 * 占有情况: 在建工程1项12277.73万元. putuo-wanli-2024-bumen-yusuan.pdf p32, its 五、国有资产占有使用情况, names
 * cars and equipment only, no 在建工程; p6: 组织事务（款）一般行政管理事务（项） 2023年当年预算执行数为60.79万元,
 * 2024年预算安排88.87万元, 比2023年预算执行数增加46.19%; wanli-2023 p20 (功能分类预算表, 元): 20132 组织事务
 * 656,900 (88.87 − 65.69 = 23.18).
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);

describe("another class of assets asked after the cars", () => {
  it("“<设备>呢” after the cars is the equipment's count, not the cars again", async () => {
    const r = await ask("普陀区财政局名下有几辆公车？", "那贵重设备呢");
    expect(r.answer).toContain("2台（套）");
    expect(r.answer).not.toContain("没有“");
  });

  it("both asked in one message: the cars and the equipment", async () => {
    const r = await ask("区财政局有没有公务车？大型设备呢");
    expect(r.answer).toContain("0辆");
    expect(r.answer).toContain("2台（套）");
  });
});

describe("parts joined by plus signs", () => {
  it("the whole quoted first, then two parts added: the parts against the whole, whatever the order", async () => {
    const r = await ask("普陀区财政局2024年政府采购总额为251.25万元，服务+货物是否就是那个数");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("4.79 + 246.47 = 251.26");
    expect(r.answer).not.toContain("251.25 + 4.79");
  });

  it("“货物+服务+工程相加” sets the three parts against the total the page prints", async () => {
    const r = await ask("普陀区财政局2024年度政府采购的货物+服务+工程三项相加，和采购总额对得上吗");
    expect(r.status).toBe("answered");
    for (const figure of ["4.79万元", "246.47万元", "251.26万元", "251.25万元"])
      expect(r.answer).toContain(figure);
    expect(r.answer).toContain("4.79 + 0 + 246.47 = 251.26");
    expectGrounded(r);
  });
});

describe("one part's share asked after the parts were listed", () => {
  it("“<其中一类>占了多少” is that part over the whole, not the other parts over it", async () => {
    const r = await ask(
      "万里街道23年政府采购预算多少",
      "按货物、服务、工程分，各是多少",
      "服务占了多少比重？",
    );
    expect(r.answer.split("\n")[0]).toContain("32.53%");
    expect(r.answer).toContain("270 ÷ 830 = 32.53%");
    expectGrounded(r);
  });
});

describe("the projects given performance targets, ranked", () => {
  it("“绩效目标填报表中哪个项目资金最多” ranks the forms' projects, and says they overrun the stated total", async () => {
    const r = await ask("万里街道2023年绩效目标填报表中，哪个项目的资金最多？");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("公共服务设施运行经费");
    expect(r.answer.split("\n")[0]).toContain("1090.30万元");
    expect(r.answer).toContain("32.76%");
    expect(r.answer).toContain("3351.33万元");
    expect(r.answer).toContain("3328.13万元");
    expect(r.answer).not.toContain("城乡社区管理事务");
    expectGrounded(r);
  });

  it("the forms' projects added up and set against the sentence's total", async () => {
    const r = await ask("万里街道23年那几张绩效目标填报表的项目资金加在一起，和说明里写的总数对得上吗");
    expect(r.status).toBe("answered");
    for (const figure of ["3351.33万元", "3328.13万元", "23.20万元"]) expect(r.answer).toContain(figure);
    expect(r.answer).toContain("3351.3343 − 3328.13 = 23.2043");
    expectGrounded(r);
  });

  it("asked within the passage read before, the same projects are ranked", async () => {
    const r = await ask("万里街道23年设了绩效目标的项目，数量和资金规模？", "其中哪个项目资金最大？");
    expect(r.answer.split("\n")[0]).toContain("1090.30万元");
    expect(r.answer).not.toContain("城乡社区管理事务");
  });
});

describe("a price class said bare, before the things counted", () => {
  it("“一百万以上的有几台” is the class the asset note counts", async () => {
    const r = await ask("区财政局有没有很贵的设备？一百万以上的有几台");
    expect(r.answer).toContain("2台（套）");
  });

  it("“设备分别是什么” asks names the asset note does not give", async () => {
    const r = await ask("普陀区财政局名下两台大额设备分别是什么");
    expect(r.status).not.toBe("answered");
    expect(r.answer).toContain("没有列出所问的设备名称");
  });

  it("what the devices are is not said by their count", async () => {
    const r = await ask("普陀财政局账上100万元以上的2台设备，是啥设备？");
    expect(r.status).not.toBe("answered");
  });
});

describe("a statement only an earlier year's document makes", () => {
  it("no year asked: the latest document lacks it, the year before states it, and the answer says so", async () => {
    const r = await ask("万里街道办事处在建工程有多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("在建工程1项12277.73万元");
    expect(r.answer).toContain("以上取自2023年度预算文件");
  });
});

describe("“是增是减” asks the change on last year", () => {
  it("the year's budget against the year before's, with the formula", async () => {
    const r = await ask("万里街道2024年组织事务那块预算增加还是减少了");
    expect(r.status).toBe("answered");
    for (const figure of ["88.87万元", "65.69万元", "23.18万元"]) expect(r.answer).toContain(figure);
    expect(r.answer).toContain("88.87 − 65.69 = 23.18");
    expectGrounded(r);
  });
});

describe("a printed share the asker doubts", () => {
  it("is worked out from the page's own amounts and set against the printed one", async () => {
    const r = await ask("普陀区财政局24年一般公共服务支出说是占了71.73%，帮我再核一下");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2106.66 ÷ 2940.05 = 71.65%");
    expect(r.answer).toContain("71.73%");
    expectGrounded(r);
  });
});

describe("a count asked of each of two years", () => {
  it("each year's own count with its kinds, each cited to its own year's page", async () => {
    const r = await ask("万里街道办事处23年、24年的预算里各有几辆公务车？车型分类有没有变化");
    const lines = r.answer.split("\n");
    const of = (year: string) => lines.find((line) => line.includes(`${year}年度车辆数`)) ?? "";
    expect(of("2023")).toContain("执法执勤用车 **4辆**");
    expect(of("2024")).toContain("其他用车 **7辆**");
    // The 2024 line's count cites the 2024 page, not the 2023 one of the same number.
    const cited = /\*\*7辆\*\*\[(\d+)\]/.exec(of("2024"))?.[1];
    const source = lines.find((line) => line.startsWith(`${cited}. `)) ?? "";
    expect(source).toContain("2024年度预算");
    expect(source).toContain("第32页");
  });
});

describe("what the documents do not say, asked in everyday words", () => {
  it("when a building opens is no date the budget gives", async () => {
    const r = await ask("万里街道那个社区公共服务中心啥时候能开业？");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("具体日期");
  });

  it("“哪几家事务所” asks names the final accounts do not list", async () => {
    const r = await ask("普陀区财政局24年的绩效评价请了哪几家事务所来做？");
    expect(r.status).not.toBe("answered");
    expect(r.answer).toContain("没有列出所问的单位名称");
  });
});

/**
 * wanli-2023 p29 (rendered, pdftoppm -r 90), 五、国有资产占有情况: 截止2022年12月31日，本部门流动资产448.82万元。
 * 固定资产3149.52万元，其中：…；其他固定资产0万元。长期投资0项0万元。在建工程1项12277.73万元。无形资产471项234.37万元。
 */
describe("items a paragraph states, named in the question and added", () => {
  it("two items of two sentences: 流动资产 and 无形资产 (its amount after a count)", async () => {
    const r = await ask("万里街道2023年预算说的流动资产跟无形资产，两者合起来多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("448.82 + 234.37 = 683.19");
    expectGrounded(r);
  });

  it("“其他固定资产” is no 固定资产: 固定资产 and 在建工程 only", async () => {
    const r = await ask("万里街道2023年固定资产跟在建工程加在一起多少钱");
    expect(r.answer).toContain("3149.52 + 12277.73 = 15427.25");
    expect(r.answer).not.toContain("+ 0 ");
  });

  it("a year's “年” starts no listed item, and 其他固定资产 is not added to 固定资产", async () => {
    const r = await ask("万里街道2023年预算中的固定资产总共是多少");
    expect(r.answer).not.toContain("3149.52 + 0");
    expect(r.answer).not.toContain("1421.25 + 1421.25");
  });
});

/**
 * putuo-czj-2024-bumen-juesuan.pdf p15 (rendered, pdftoppm -r 90), 一般公共预算财政拨款支出决算表: 201 06 财政事务
 * 2,106.66 = 01 行政运行 1,511.89 + 02 一般行政管理事务 10.00 + 07 信息化建设 135.25 + 08 财政委托业务支出 449.52.
 */
describe("how many parts a figure is split into", () => {
  it("“分几项” is the figure's breakdown, not a count the documents lack", async () => {
    const r = await ask("区财政局的财政事务一共分为几项");
    expect(r.status).toBe("answered");
    for (const figure of ["1511.89万元", "10.00万元", "135.25万元", "449.52万元"])
      expect(r.answer).toContain(figure);
    expect(r.answer).not.toContain("人数或次数");
  });
});
