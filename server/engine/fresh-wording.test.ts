import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Wording met in fresh questions. Sample final accounts (data/docs): 000 line 484 ("安排因公出国（境）
 * 团组6个"; 因公出国（境）费 49.98), line 496 ("接待来访团组8个"; 公务接待费 1.12), line 283 (30206
 * 电费 136.50); 001 lines 1278/1284 (驻京工作经费 209.35, 招商专项 38.46), line 734 (30214 租赁费);
 * 002 line 490 ("政府采购支出总额126.03万元").
 */
const { ask } = useSampleEngine();

describe("a count asked of both documents (000 line 594: 编制数 138 人，在职人数 125 人; 003 line 30: 编制数113人，在职人数108人)", () => {
  it("'预算和决算里说的一样吗' of a head count gives each document's count, not a missing budget-vs-actual", async () => {
    const r = await ask("株洲市政府办到底有多少编制和在职人员？预算和决算里说的一样吗？");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    for (const count of ["138人", "125人", "113人", "108人"]) expect(text).toContain(count);
  });
});

describe("rows named in the asker's own words (sample final accounts)", () => {
  it("编年鉴 is the project 年鉴编纂 (002 line 630: 项目支出 28 万元)", async () => {
    const r = await ask("区委办编年鉴花了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "28万元");
  });

  it("车改补贴 is read as 其他交通费用, with the typo in the unit's name (000 line 303: 30239 124.63)", async () => {
    const r = await ask("市政付办的车改补贴一年多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "124.63万元");
    expect(r.answer).toContain("其他交通费用");
  });

  it("'有多少车' is the number of cars (000 line 522: 共有车辆19辆)", async () => {
    const r = await ask("市政府办有多少车");
    expect(r.status).toBe("answered");
    expectFacts(r, "19辆");
  });

  // 002 line 490: "政府采购支出总额126.03万元…授予中小企业合同金额114.69万元，占政府采购支出总额的91.0%".
  it("'采购有多大比例给了中小企业' is the contracts' share of the whole procurement", async () => {
    const r = await ask("区委办的采购有多大比例给了中小企业");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("114.69 ÷ 126.03 = 91.00%");
    expect(r.answer).not.toContain("65.57");
  });

  // 000 line 394: "财政拨款支出年初预算数为5054.92万元，支出决算数为5487.18万元，完成年初预算的108.55%".
  it("财政拨款 set against its budget is the spending, not the income", async () => {
    const r = await ask("株洲市政府办2024财政拨款年初预算和决算对比");
    expect(r.status).toBe("answered");
    expectFacts(r, "5054.92万元 5487.18万元 108.55%");
    // 000 line 375: "一般公共服务（类）支出4317.24万元，占78.68%" is a share, no execution rate.
    const rate = await ask("市政府办财政拨款执行率");
    expect(rate.answer).not.toContain("78.68%");
  });

  // 000 line 306: 人员经费合计 2,619.09; line 374: 基本支出4723.85万元. 002 line 442: "人员经费544.36万元，占基本支出的86.3%".
  it("two units' share of a part in a whole '比较' gives each unit's share, not one figure less another", async () => {
    const r = await ask("市政府办和区委办人员经费占基本支出比重比较");
    expect(r.plan.operation).toBe("rank");
    const answer = plain(r.answer);
    expect(answer).toContain("2619.09 ÷ 4723.85 = 55.44%");
    expect(answer).toContain("中共株洲市天元区委办公室");
  });
});

describe("guests, places of publication and divisions (sample final accounts)", () => {
  // 002 line 338 (table 09): 公务接待费 0.13; line 474: "来宾6人次".
  it("'平均每个客人' divides the hospitality by its guests", async () => {
    const r = await ask("区委办请客吃饭平均每个客人花了多少钱");
    expect(plain(r.answer)).toContain("0.13 × 10000 ÷ 6 = 216.67元/人次");
  });

  // 002 line 514: "本单位部门决算在天元区政府门户网站信息公开平台上的财政信息模块中公开。"
  it("'在哪里能看到' quotes where the document says it is published", async () => {
    const r = await ask("区委办的决算在哪里能看到");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("天元区政府门户网站");
  });

  // 002 line 144: 2013101 行政运行 322.85 (under 党委办公厅（室）及相关机构事务).
  it("'<某厅>那块呢' names a part of the unit's figures, not a unit the index lacks", async () => {
    const r = await ask("区委办档案事务行政运行花了多少", "那党委办公厅那块呢");
    expect(r.answer).not.toContain("未找到");
    expect(plain(r.answer)).toContain("322.85万元");
  });
});

describe("gaps asked as who spent more or by how much in proportion (sample final accounts)", () => {
  // 002 line 1173 ff. (年鉴编纂 self-assessment): 年初预算数 18, 全年执行数 28.
  it("'比年初预算超了多少比例' is the gap over the budget", async () => {
    const r = await ask("区委办年鉴编纂比年初预算超了多少比例");
    expect(plain(r.answer)).toContain("(28 − 18) ÷ 18 = 55.56%");
  });

  // 001 line 1132: 三公 支出决算 23.3; 002 line 458: 三公 支出决算 9.00.
  it("'谁花得多' of two units gives the difference", async () => {
    const r = await ask("驻京办和区委办2024年三公谁花得多");
    expect(r.plan.operation).toBe("difference");
    expect(plain(r.answer)).toContain("23.3 − 9 = 14.30");
  });
});

describe("follow-ups and loose wording (sample final accounts)", () => {
  // 000 line 504: "机关运行经费支出2104.76万元，比年初预算数减少544.23 万元，降低20.54%".
  it("'比年初预算少多少' is the final accounts' own gap on the budget, after two figures asked in turn", async () => {
    const r = await ask("市政府办公用经费多少", "机关运行经费呢", "比年初预算少多少");
    const answer = plain(r.answer);
    expect(answer).toContain("比年初预算减少 544.23万元");
    expect(answer).toContain("20.54%");
    expect(answer).toContain("2104.76 − (-544.23) = 2648.99");
  });

  // The same line beside the 2024 budget's own figure (003 line 47: 机关运行经费 2182.99).
  it("the start-of-year budget asked: the budget's figure, and the one the final accounts imply with their stated rate", async () => {
    const answer = plain((await ask("株洲市政府办2024年机关运行经费年初预算是多少")).answer);
    expect(answer).toContain("2182.99万元");
    expect(answer).toMatch(/比年初预算增减 -544\.23万元\[\d+\]（-20\.54%/);
    expect(answer).toContain("2104.76 − (-544.23) = 2648.99");
  });

  it("a draft on that gap for staff cites the final accounts' figures and quotes the reason (000 line 504)", async () => {
    const r = await ask("起草：市政府办机关运行经费比年初预算减少的说明");
    const answer = plain(r.answer);
    expect(answer).toContain("机关运行经费支出决算2104.76万元[1]，比年初预算减少 544.23万元");
    expect(answer).toContain("主要原因是：坚决落实较低机关运行成本工作要求");
  });

  it("an actual is given with the gap on the budget its sentence states (000 line 504)", async () => {
    const r = await ask("市政府办机关运行经费支出多少？");
    expect(plain(r.answer)).toMatch(/文件写明比年初预算减少 544\.23万元\[\d+\]，下降 20\.54%/);
  });

  // 001 line 1132: "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%".
  it("'完成了几成' compares the budget with its actual", async () => {
    const r = await ask("驻京办三公花了多少", "预算是多少 完成了几成");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expectFacts(r, "40万元 23.3万元 58.25%");
  });

  // 002 line 112: 一般公共服务支出 674.75 of 840.70.
  it("'<N>万按功能科目怎么分布' breaks the spending total down by class", async () => {
    const r = await ask("区委办840万按功能科目怎么分布的");
    expect(r.status).toBe("answered");
    expectFacts(r, "674.75万元");
  });

  // 002 line 442: "人员经费544.36万元，占基本支出的86.3%"; line 490: "…授予中小企业合同金额114.69万元，占政府
  // 采购支出总额的91.0%".
  it("the share a document states is said beside the one computed, and after '其中…呢'", async () => {
    const ranked = await ask("市政府办和区委办人员经费占基本支出比例对比");
    expect(plain(ranked.answer)).toContain("文件所列为 86.30%");
    const part = await ask("区委办2024年政府采购多少", "其中给中小企业的呢");
    expect(plain(part.answer)).toContain("占政府采购支出总额的比例：91.0%");
  });

  // 000 line 510: "…经费支出为会议场租费0.3万元…；…会议场租费1.4万元…；…会议场租费0.29万元…".
  it("a word the prose repeats with an amount for each listed thing is added up ('场租一共')", async () => {
    const r = await ask("市政府办三个会的场租一共多少钱");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("0.3 + 1.4 + 0.29 = 1.99");
  });

  // 001 line 11: "现有科室1个"; line 14: "内设机构包括：综合联络科。"
  it("a count of divisions quotes the sentence naming them as well", async () => {
    const r = await ask("驻京办内设几个科室");
    expect(r.answer).toContain("现有科室1个");
    expect(r.answer).toContain("内设机构包括：综合联络科");
  });

  // 002 line 494: "共有车辆1辆，其中，…其他用车1辆，其他用车主要是一般公务用车；…".
  it("a count of cars quotes the sentence that breaks it down", async () => {
    const r = await ask("区委办有几辆公车");
    expect(r.answer).toContain("其他用车主要是一般公务用车");
  });

  // 000 lines 325 and 342: "我单位没有政府性基金收入…故本表无数据", "没有使用国有资本经营预算安排的支出".
  it("the two other funds asked together are each answered", async () => {
    const r = await ask("市政府办有没有政府性基金和国有资本经营支出");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("政府性基金预算财政拨款支出");
    expect(r.answer).toContain("国有资本经营预算财政拨款支出");
  });

  it("a post's pay is refused whoever's it is, without asking which unit", async () => {
    const r = await ask("12345热线的话务员工资多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("个人的信息");
  });

  // 002 line 474: "公务接待费支出决算为0.13万元，全年共接待来访团组1个…包头市九原区委书记一行来株调研…".
  it("'接待的谁' after the hospitality quotes who was received", async () => {
    const r = await ask("区委办接待费多少", "接待的谁");
    expect(r.answer).toContain("包头市九原区委书记");
  });
});

describe("an average per delegation", () => {
  it("每个团组: the amount over the delegations counted with 个", async () => {
    const r = await ask("市政府办2024年接待来访团组平均每个团组花了多少接待费");
    expect(plain(r.answer)).toContain("1.12 ÷ 8 = 0.14万元/个");
    const abroad = await ask("市政府办2024年出国平均每个团组花了多少");
    expect(plain(abroad.answer)).toContain("49.98 ÷ 6 = 8.33万元/个");
    // The delegation named by what it went for, between the averaging word and 团组.
    const named = await ask("市政府办2024年平均每个出访团组花费多少");
    expect(plain(named.answer)).toContain("49.98 ÷ 6 = 8.33万元/个");
  });
});

describe("哪几个 asks which, not how many", () => {
  it("项目支出是哪几个项目 lists the projects with their money", async () => {
    const r = await ask("驻京办的项目支出都是哪几个项目");
    expect(r.plan.counts).toBe(false);
    expectFacts(r, "209.35万元 38.46万元");
  });
});

describe("a typo by sound", () => {
  it("政府彩购 is 政府采购", async () => {
    const r = await ask("区委办2024年政府彩购总额多少");
    expectFacts(r, "126.03万元");
  });

  it("政付采购 is 政府采购", async () => {
    const r = await ask("天元区委办去年的政付采购一共多少钱");
    expectFacts(r, "126.03万元");
  });
});

describe("what the documents do not break down", () => {
  it("a month's figure is refused with the year's named", async () => {
    const r = await ask("市政府办2024年5月份电费多少钱");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("136.50万元");
  });

  it("a date is no month asked", async () => {
    const r = await ask("截至2024年12月31日市政府办有几辆车");
    expect(r.status).toBe("answered");
  });

  it("a price per square metre is refused", async () => {
    const r = await ask("驻京办租房子每平米租金多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("单价");
  });
});

describe("the other edition named in a follow-up", () => {
  // putuo-sfj-2026-bumen-yusuan p10 (部门财务收支预算总表) 支出总计 96,282,213.44; danwei p8 (预算单位财务收支
  // 预算总表) 支出总计 86,959,408.34 (rendered pages).
  const editions = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);
  it("<部门预算收入> → '单位预算呢 差多少': the two editions' gap", async () => {
    const r = await editions.ask("司法局部门预算收入多少", "单位预算呢 差多少");
    expect(plain(r.answer)).toContain("9628.221344 − 8695.940834 = 932.280510");
  });

  it("<部门预算总额> → 跟单位预算相差多少: the two editions' gap", async () => {
    const r = await editions.ask("司法局2026年部门预算总额是多少", "跟单位预算相差多少");
    expect(plain(r.answer)).toContain("9628.221344 − 8695.940834 = 932.280510");
  });
});

describe("by functional subject", () => {
  // shanghai-czj-2025-danwei-yusuan p10 (rendered): 201 一般公共服务支出 127,886,849; 208 17,560,320.
  const shanghai = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
  // p18 (rendered): 302 15 会议费 363,800 (一般公共预算基本支出 合计).
  it("會議費 in a budget is the basic spending table's row total", async () => {
    const r = await shanghai.ask("上海财政局2025年會議費预算");
    expect(r.status).toBe("answered");
    expectFacts(r, "363800元");
  });

  // p11 (rendered): 221 02 01 住房公积金 10,000,000; 221 02 03 购房补贴 11,800,000 (the economic row 30113
  // prints the same 10,000,000).
  it("'两个加起来' adds an expense read in two classifications once", async () => {
    const r = await shanghai.ask("上海市财政局住房公积金预算", "购房补贴呢", "两个加起来");
    expect(plain(r.answer)).toContain("1000 + 1180 = 2180");
  });

  // p20 (2025年单位“三公”经费和机关运行经费预算表): 因公出国(境)费 288.70.
  it("a place's initials before the unit ('sh财政局') are no words the figure must carry", async () => {
    const r = await shanghai.ask("sh财政局2025 出国费");
    expect(r.status).toBe("answered");
    expectFacts(r, "288.7万元");
  });

  it("which meetings were held: refused, no list is published; the row named as the closest", async () => {
    const r = await shanghai.ask("上海市财政局2025年会议费具体开了哪些会？");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("具体明细");
  });

  it("分功能科目 breaks the total down by class", async () => {
    const r = await shanghai.ask("上海市财政局2025年支出分功能科目各多少");
    expect(plain(r.answer)).toContain("按功能分类（类）");
    expectFacts(r, "127886849元 17560320元");
  });
});

describe("asked loosely (sample final accounts)", () => {
  // 001 line 1121: "年初预算为257万元，支出决算为247.8万元，完成年初预算的96.4%"; 002 line 348: "收、支总计
  // 840.70 万元。与上年相比，减少 355.92 万元，减少 29.7%，主要是因为本单位授权管理机构区发展研究中心
  // 职级干部回原单位管理…".
  const sample = useSampleEngine();
  it("写个决算小于预算的说明 with no figure named drafts the spending total's", async () => {
    const r = await sample.ask("帮驻京办写个决算小于预算的说明，要有数字");
    expect(r.plan.operation).toBe("explain_variance");
    expect(plain(r.answer)).toContain("257 − 247.8 = 9.2");
  });

  it("决算总额为什么比23年少: the total's stated change and reason ('23年' is no word '年少')", async () => {
    const r = await sample.ask("区委办24年决算总额为什么比23年少了这么多");
    const text = plain(r.answer);
    expect(text).toContain("355.92万元");
    expect(text).toContain("区发展研究中心职级干部回原单位管理");
  });
});

describe("asked loosely (PDF)", () => {
  // putuo-czj-2024-bumen-juesuan p15 (rendered): 201 一般公共服务支出 2,106.66; 合计 2,940.05.
  // putuo-wanli-2024-bumen-yusuan p32 (rendered): "政府采购预算1662.44万元，其中：…政府采购工程预算815.87万元".
  const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
  it("帮我重新算下 asks the arithmetic, names no figure", async () => {
    const r = await pdf.ask("普陀区财政局一般公共服务支出占财政拨款支出多少，帮我重新算下");
    expect(plain(r.answer)).toContain("2106.66 ÷ 2940.05 = 71.65%");
  });

  it("a street office named by its place alone (万里2024…)", async () => {
    const r = await pdf.ask("万里2024政府采购预算里工程占多少");
    expect(plain(r.answer)).toContain("815.87 ÷ 1662.44 = 49.08%");
  });

  it("the day a project was finished is refused: the documents give no dates", async () => {
    const r = await pdf.ask("万里街道社区公共服务中心什么时候竣工");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("具体日期");
  });
});

describe("follow-ups and compounds (sample final accounts)", () => {
  // 000 line 656 ("政府门户网站专项资金"项目: 项目支出 48.89 万元) and line 660 (市长热线项目 510 万元);
  // 政府采购支出总额: 000 line 516 675.32, 002 line 490 126.03, 001 line 1152 66.71.
  const sample = useSampleEngine();
  it("a project named without the body that runs it (门户网站)", async () => {
    const r = await sample.ask("市政府办24年项目支出里，市长热线和门户网站各花了多少");
    expectFacts(r, "510.00万元 48.89万元");
  });

  it("加起来多少，谁最多: the ranking and the sum of the ranked figures", async () => {
    const r = await sample.ask("三个单位2024年政府采购加起来一共多少，谁最多");
    expect(plain(r.answer)).toContain("675.32 + 126.03 + 66.71 = 868.06");
  });

  // 002 lines 632–635 (附件，"档案保护及数字化建设"项目): "项目支出 14 万元…年内扫描24个单位1628卷…".
  it("a subordinate with no document of its own: its work is read in its parent's prose", async () => {
    const r = await sample.ask("天元区档案馆的档案数字化项目今年干了啥");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("1628卷");
    expect(text).toContain("没有单独公开的文件");
  });

  it("its money in the parent's tables stays refused", async () => {
    const r = await sample.ask("天元区档案馆2024年三公经费多少");
    expect(r.status).toBe("not_found");
  });
});

describe("a total's change asked in a follow-up (PDF)", () => {
  // putuo-swh-2025-bumen-yusuan p7 (rendered, pdftoppm -r 60): 支出预算37,151.47万元…比2024年预算增加24,491.71万元；
  // 主要原因是政策资金项目预算增加.
  const swh = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
  // p22 (其他相关情况说明): "2025年“三公”经费预算数为1.00万元". p23–26: 项目总预算 1720.00, 1170.00,
  // 1410.00, 2921.00万 (科技创新, 生命健康, 商业创新, 贸易高质量发展专项).
  it("the unit named by what it runs ('管商务的那个委')", async () => {
    const r = await swh.ask("管商务的那个委 25年三公预算多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "1万元");
  });

  it("a counted list of projects in brackets after their kind is added up", async () => {
    const r = await swh.ask("商务委四个政策资金专项（科技创新、生命健康、商业创新、贸易高质量）加起来多少");
    expect(plain(r.answer)).toContain("1720 + 1170 + 1410 + 2921 = 7221");
  });

  it("<年>预算多少 → 比上年增加了多少：the same total's stated change", async () => {
    const r = await swh.ask("商务委2025年预算多少", "比2024年增加了多少？原因呢");
    const text = plain(r.answer);
    expect(text).toContain("24491.71万元");
    expect(text).toContain("政策资金项目预算增加");
    expect(text).not.toContain("比较预算与决算");
  });
});
