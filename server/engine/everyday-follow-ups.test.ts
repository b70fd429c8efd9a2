import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Wholes and changes asked in everyday words, and follow-ups that move between years. Expected
 * figures are read from data/docs at the lines given.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a whole named by an everyday word", () => {
  // 000 line 516: 政府采购支出总额675.32万元; line 131: 本年支出合计 5,487.18.
  it("占支出 is a share of the spending total", async () => {
    const r = await ask("市政府办2024年政府采购金额占支出的比例");
    expect(r.plan.operation).toBe("share");
    // 675.32 ÷ 5487.18 = 12.31%
    expect(plain(r.answer)).toContain("占支出合计的 12.31%");
    expectGrounded(r);
  });
});

describe("a change stated only for a total of the same amount", () => {
  // 002 line 360: "2024年度财政拨款收、支总计840.70万元，与上年相比，减少355.92万元,减少29.7%"
  it("财政拨款收入 quotes the change of 财政拨款收支总计, named as such", async () => {
    const r = await ask("区委办的财政拨款收入和上年比变化多少");
    const answer = plain(r.answer);
    expect(answer).toContain("文件未单列财政拨款收入与上年的比较");
    expect(answer).toMatch(/财政拨款收支总计.*减少 355\.92万元/);
    expect(answer).toContain("29.70%");
  });
});

describe("why a figure changed, when the document gives no reason", () => {
  // 001 lines 1318–1325: 三公经费 2023年决算数 26.42, 2024年决算数 23.3; no sentence says why.
  it("the change is computed and the missing reason said", async () => {
    const r = await ask("驻京办2024年三公经费为什么比去年少");
    const answer = plain(r.answer);
    expectFacts(r, "26.42万元");
    expectFacts(r, "23.30万元");
    expect(answer).toContain("减少 3.12万元");
    expect(answer).toContain("文件没有说明“三公”经费这一变化的原因");
  });
});

describe("follow-ups across years", () => {
  it("'去年呢' after a figure with no year, then '减少了多少', compares last year with the latest", async () => {
    const r = await ask("驻京办三公经费", "去年呢", "减少了多少");
    expect(r.plan.years).toEqual([2023, 2024]);
    const answer = plain(r.answer);
    expect(answer).toContain("2023年决算 26.42万元");
    expect(answer).toContain("2024年决算 23.30万元");
  });

  // 001 lines 881–884: 人员经费合计 0.00, 公用经费合计 0.00.
  it("two equal figures compared are said to be equal, not one 'more' by zero", async () => {
    const r = await ask("驻京办2024年人员经费", "公用经费呢", "哪个多");
    expect(plain(r.answer)).toContain("两者相等");
    expect(r.answer).not.toContain("多 **0.00");
  });
});

describe("what a unit does, in everyday words", () => {
  // 001 line 7: "本部门主要职责是：负责市委、市人民政府领导在京公务活动的接待工作；…"
  it("'是干什么的' quotes the unit's duties", async () => {
    const r = await ask("驻京办是干什么的");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("负责市委、市人民政府领导在京公务活动的接待工作");
  });
});

describe("a budget asked of a year with final accounts only", () => {
  // 002 line 374: "2024 年度财政拨款支出年初预算数为 863.40 万元，支出决算数为 840.70 万元，完成年初预算的 97.4%"
  it("'年初预算是多少' reads it beside the actual, the printed rate as a rounding", async () => {
    const r = await ask("天元区委办年初预算是多少");
    const answer = plain(r.answer);
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(answer).toContain("年初预算 863.40万元");
    // 840.70 ÷ 863.40 = 97.37%, printed 97.4%
    expect(answer).toContain("计算为 97.37%");
    expect(answer).toContain("文件所列完成率是它的四舍五入");
  });
});

describe("a subordinate unit asked through its department", () => {
  // 002 line 96: 决算单位构成 … 中共株洲市天元区委办公室本级以及株洲市天元区发展研究中心、株洲市天元区档案馆。
  it("is not answered with the department's total", async () => {
    const r = await ask("区委办档案馆的经费是多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("株洲市天元区档案馆没有单独公开的文件");
    // The department's total is only named as the closest disclosed figure, said to be the department's.
    const [headline, ...rest] = r.answer.split("\n");
    expect(headline).not.toContain("840.70");
    expect(rest.join("\n")).toMatch(
      /最接近的公开数字是中共株洲市天元区委办公室2024年度支出合计决算数 \*\*840\.70万元/,
    );
    expect(r.answer).toContain("不是所问单位单独的数字");
  });
});

describe("cars in everyday words", () => {
  // 000 line 522: "部门（单位）共有车辆19辆"
  it("几辆公务车 is the vehicle count", async () => {
    const r = await ask("市政府办一共有几辆公务车");
    expect(r.status).toBe("answered");
    expectFacts(r, "19辆");
  });
});

describe("last year asked in a clause of its own", () => {
  // 002 line 462: 公务接待费 支出决算为0.13万元 … 与上年相比减少0.61万元
  it("'2024年是多少？去年是多少？' gives both years", async () => {
    const r = await ask("区委办公务接待费2024年是多少？去年是多少？");
    const answer = plain(r.answer);
    expect(r.plan.years).toEqual([2023, 2024]);
    expect(answer).toContain("0.74万元");
    expect(answer).toContain("0.13万元");
  });
});

describe("a total's change said to come from a part", () => {
  // 000 line 729: 三公 151.98 → 136.85 (−15.13); line 496: 公务接待费 减少0.86, 原因 接待任务减少.
  it("only when the part moved at least half as much", async () => {
    const r = await ask("市政府办2024年三公经费比去年多少");
    expect(plain(r.answer)).toContain("减少 15.13万元");
    expect(r.answer).not.toContain("变化主要来自公务接待费");
  });
});

describe("a lexicon figure and a project of another unit named alike", () => {
  // 000 line 484: 因公出国（境）费 支出决算为49.98万元; "因公出国经费" is a project of 002 only.
  it("因公出国 of 市政府办 is its 因公出国（境）费", async () => {
    const r = await ask("市政府办2024年因公出国花了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "49.98万元");
  });
});

describe("which hotel or restaurant", () => {
  // 000 line 484 lists the trips (赴阿联酋、沙特考察团…) but names no hotel.
  it("is refused as not disclosed, quoting the closest passage", async () => {
    const r = await ask("市政府办去阿联酋考察住的哪家酒店");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("文件没有列出所问的住宿或餐饮场所");
  });
});

describe("who the people counted were", () => {
  // 000 line 484: "团组6个，累计7人次", the delegations named by destination, no person named;
  // 002 line 474 names a guest by post ("接待包头市九原区委书记一行").
  it("asked after the count, is refused as not disclosed, not answered with another passage", async () => {
    const r = await ask("市政府办2024年因公出国一共多少人次", "这些人都是谁");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("文件没有列出所问的人员姓名");
  });

  it("a list of who went, asked of the delegations, is refused as not disclosed", async () => {
    const r = await ask("市政府办2024年出访的几个团组各是谁去的，有名单吗");
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(/人员姓名|人员或来宾名单/);
  });

  it("every office's own budget at once ('每个处室各多少') is refused: documents are per unit", async () => {
    const r = await ask("市政府办2024年预算里每个处室各安排多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("内设处室");
  });

  it("whom a unit received is no person's name asked: the passage describing the guests is quoted", async () => {
    const r = await ask("天元区委办2024年公务接待的客人都是谁");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("九原区委书记");
  });
});

describe("a sum after three units were named one by one", () => {
  // 000 line 356: 136.85; 001 line 1323: 23.3; 002 line 338: 9.00.
  it("'三家加起来' adds all three", async () => {
    const r = await ask("市政府办三公经费", "驻京办呢", "区委办呢", "三家加起来");
    expect(r.answer).toContain("136.85 + 23.3 + 9 = 169.15");
  });

  it("'这两个都加起来' adds the last two", async () => {
    const r = await ask("市政府办三公经费", "驻京办呢", "区委办呢", "这两个都加起来");
    expect(r.answer).toContain("23.3 + 9 = 32.3");
  });
});

describe("an amount per visiting delegation", () => {
  // 000 line 496: 公务接待费 支出决算为1.12万元 … 共接待来访团组8个、来宾64人次
  it("'平均每批' divides by the delegations the sentence counts", async () => {
    const r = await ask("市政府办公务接待平均每批花多少");
    expect(plain(r.answer)).toContain("接待来访团组数 8个");
    expect(r.answer).toContain("1.12 ÷ 8 = 0.14万元/批次");
  });
});

describe("spending words beside a named figure", () => {
  // 000 line 356: 三公经费 136.85; line 131: 本年支出合计 5,487.18.
  it("'三公一共花了多少' asks the 三公经费 only, not the spending total too", async () => {
    const r = await ask("市政府办那个三公去年总共花了多少啊");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "三公经费" }]);
    expect(r.answer).not.toContain("5487.18");
  });

  // 002 line 173: 合计 840.70, 631.11, 209.59.
  it("'钱花哪了' breaks the spending total down", async () => {
    const r = await ask("天元区委办的钱都花哪儿了");
    expect(r.plan.operation).toBe("breakdown");
    expect(plain(r.answer)).toContain("840.70万元");
    expect(plain(r.answer)).toContain("209.59万元");
  });
});

describe("counts asked with 多少个", () => {
  // 003: the budget lists its projects' money, not a number of projects.
  it("'多少个项目' is not answered with the project spending", async () => {
    const r = await ask("市政府办24年部门预算里一共有多少个项目");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("最接近的公开数字");
  });
});

describe("people counted with 多少个人", () => {
  // 001 lines 1307–1314: 编制数 7, 2024年实际在职人数 5.
  it("'有多少个人' is the head count", async () => {
    const r = await ask("北京联络处有多少个人");
    expect(r.status).toBe("answered");
    expectFacts(r, "5人");
  });
});

describe("checking one source against another", () => {
  // 002 line 287 (06 表): 人员经费合计 544.3; line 442 (说明): "人员经费544.36万元".
  it("'表里和文字里的一样吗' gives the figure and where the two sources differ", async () => {
    const r = await ask("区委办2024年人员经费花了多少", "表里跟正文里写的一样吗");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toContain("544.30万元");
    expect(answer).toContain("544.36万元");
    expect(answer).toContain("不一致");
  });
});

describe("a fund said before another figure", () => {
  // 002 line 213 (04 表): "年末财政拨款结转和结余 24" prints its line number and no amount.
  it("qualifies that figure and is not answered as the fund's income", async () => {
    const r = await ask("区委办2024年的财政拨款结转结余");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "年末结转和结余" }]);
    // The blank row is read through its table's identity (总计 840.70 = 本年支出合计 840.70): 0, not 840.70.
    const [headline] = plain(r.answer).split("\n");
    expect(headline).not.toContain("840.70");
    expect(headline).toContain("0.00万元");
  });
});

describe("a count asked, then the same of a part", () => {
  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人".
  it("'其中公务接待呢' after '接待了多少批次' asks the part's count, not its money", async () => {
    const r = await ask("驻京办全年一共接待多少批次", "公务接待那部分呢");
    expect(r.plan.counts).toBe(true);
    expect(plain(r.answer)).toContain("16批次");
  });
});

describe("a count at the end of a year with no document of its own", () => {
  // 003 line 51 (2024 budget): "截止2023年12月底，本部门共有公务用车22辆"; the 2024 final accounts count
  // the end of 2024 (000 line 494: "截止2024年12月31日 … 保有量为19辆"), which is not the end of 2023.
  it("is read from next year's budget, which states it, never from next year's own count", async () => {
    const r = await ask("市政府办目前公车有几辆", "2023年年底的时候呢");
    const answer = plain(r.answer);
    expect(answer).toContain("截至2023年底车辆数为 22辆");
    expect(answer).not.toContain("保有量为19辆");
  });
});

describe("a variance draft whose sentence also states the change on last year", () => {
  // 000 line 484: "因公出国（境）费支出预算为20万元，支出决算为49.98万元 … 与上年相比增加40.3万元，增长416.32%。
  // 决算数大于预算数的主要原因是编制预算时2024年出国计划未定 … 决算数大于上年数的主要原因是工作任务增长较多。"
  it("says both, each with its stated reason", async () => {
    const r = await ask("起草一段市政府办2024年因公出国（境）费超预算的说明，把数字写全");
    const answer = plain(r.answer);
    expect(answer).toContain("49.98万元");
    expect(answer).toContain("20.00万元");
    expect(answer).toContain("增加 40.30万元");
    expect(answer).toContain("416.32%");
    expect(answer).toContain("工作任务增长较多");
  });
});

describe("last year's figure worked out from the stated change", () => {
  // 002 line 348: "2024 年度收、支总计 840.70 万元。与上年相比，减少 355.92 万元，减少 29.7%".
  it("gives the rate the same sentence states beside the change", async () => {
    const r = await ask("天元区委办2023年度收支总计是多少");
    const answer = plain(r.answer);
    expect(answer).toContain("840.7 − (-355.92) = 1196.62");
    expect(answer).toContain("文件同时写明比上年下降 29.70%");
    expectGrounded(r);
  });
});

describe("the question before asked of another body", () => {
  // 000 line 516: 市政府办 政府采购支出总额675.32万元; 002 line 490: 区委办 126.03万元.
  it.each(["同样的问题问区委办", "这个问题换成区委办呢"])("%s reads as “那区委办呢”", async (again) => {
    const r = await ask("市政府办2024年政府采购支出总额多少", again);
    expect(r.plan.units).toEqual(["中共株洲市天元区委办公室"]);
    expectFacts(r, "126.03万元");
    expect(r.answer).not.toContain("675.32");
  });
});
