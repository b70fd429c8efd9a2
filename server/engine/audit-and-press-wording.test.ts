import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * How auditors, reporters and deputies put their questions: the part of the document pointed at
 * (附件), what the answer is wanted for ("领导要个数："), "理由" for the reason. Sample final
 * accounts (data/docs): 000 line 733 (附件 经费控制情况: 出国经费 2023 年决算数 9.68, 2024 年决算数
 * 49.98); 002 line 360 ("财政拨款收、支总计840.70万元，与上年相比，减少355.92万元,减少29.7%，主要是因为
 * 本单位授权管理机构区发展研究中心职级干部回原单位管理"); line 490 ("授予中小企业合同金额114.69万元…其中：
 * 授予小微企业合同金额114.49万元").
 */
const { ask } = useSampleEngine();

describe("a request to be told, said before the unit", () => {
  // 000 line 504: "机关运行经费支出2104.76万元，比年初预算数减少544.23 万元…主要原因是：坚决落实较低机关运行成本工作要求".
  it("'解释一下<单位>…' is no part of the unit's name", async () => {
    const r = await ask("解释一下市政府办机关运行经费下降的原因");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("坚决落实较低机关运行成本工作要求");
  });
});

describe("'各' after two units and a per-vehicle word", () => {
  // 000 line 302 (30231 公务用车运行维护费 85.75) and line 522 (共有车辆19辆); 002 line 476 (公务用车运行
  // 维护费3.5万元) and line 494 (共有车辆1辆). By hand: 85.75 ÷ 19 = 4.51, 3.5 ÷ 1 = 3.50.
  it("is each unit's average, not a refused per-car breakdown", async () => {
    const r = await ask("市政府办跟区委办每辆车的运维费各为多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("4.51万元/辆");
    expect(plain(r.answer)).toContain("3.50万元/辆");
  });
});

describe("the part of a document pointed at", () => {
  it("'附件表中' names where last year's figure is read, not a figure of its own", async () => {
    const r = await ask("市政府办出国经费2024年较2023年涨了多少？附件表中2023年那个数是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "9.68万元");
    expect(plain(r.answer)).toContain("40.30万元");
  });
});

describe("what the answer is wanted for, and the reason asked as 理由", () => {
  it("'领导要个数：' is no part of the question; '理由' asks the stated reason", async () => {
    const r = await ask("领导要个数：天元区委办2024年的收支总计较上年减少多少，理由是什么");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("355.92万元");
    expect(r.answer).toContain("职级干部回原单位管理");
  });
});

describe("a part of a figure named in other words", () => {
  it("'给小微企业的合同' is the 小微企业 part, not the procurement total nor the 中小企业 one", async () => {
    const r = await ask("区委办2024年政府采购里给小微企业的合同有多少钱");
    expectFacts(r, "114.49万元");
    expect(r.answer).not.toContain("126.03");
    expect(r.answer).not.toContain("114.69");
  });
});

/**
 * Published 上海 budgets, read off pages rendered with pdftoppm: 商务委 单位 2025 p9 (财务收支预算总表:
 * 一般公共服务支出 合计 21,601,733.00, 公用经费 1,467,842.00; 支出总计 公用经费 1,710,062.00); 上海市财政局
 * 2025 p6 ("财政拨款支出主要内容如下：…“一般公共服务支出”科目12,789万元…“社会保障和就业支出”科目1,756万元
 * …“卫生健康支出”科目467万元…“住房保障支出”科目2,180万元") and p13 (一般公共服务支出 127,886,849,
 * 社会保障和就业支出 17,560,320), p18 (经济分类 30217 公务接待费 191,000) and p20 (三公表 公务接待费 25.40
 * 万元); 司法局 2026 部门 p21 (公务用车运行费 9.98万元); 普陀区财政局 2024 决算 p21 ("一般公共预算财政
 * 拨款支出2940.05万元…一般公共服务支出（类）2106.66万元，占71.73%"); 司法局 2026 单位 p8 (财务收支预算总表
 * 支出总计 人员经费 20,374,181) and p19 (经济分类预算表 合计 人员经费 20,272,981.00): 101,200 元 apart.
 */
const pdf = usePdfEngine([
  "putuo-swh-2025-danwei-yusuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
]);

describe("a row pointed at in a table ('这一行的<列>')", () => {
  it("is that row's cell in the column, not the row's total nor the column's", async () => {
    const r = await pdf.ask("商务委单位预算收支总表里，一般公共服务支出那一行的公用经费多少");
    expectFacts(r, "1467842元");
    expect(r.answer).not.toContain("1710062");
  });
});

describe("a total asked by the subjects its narrative lists ('按…四个科目')", () => {
  it("is broken down by functional class, each with the narrative's rounded figure beside", async () => {
    const r = await pdf.ask("上海市财政局2025年的财政拨款支出按那几个科目分别是多少");
    expect(plain(r.answer)).toContain("按功能分类");
    expectFacts(r, "127886849元");
    expectFacts(r, "17560320元");
    expect(plain(r.answer)).toContain("说明中写为 12789.00万元");
  });
});

describe("each item's own figure, where only a total and a count are disclosed", () => {
  it("'每辆车…分别' is refused, naming the year's total; an average is not what was asked", async () => {
    const r = await pdf.ask("普陀区司法局2026年每辆公车的运行费分别是多少");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("9.98万元");
    expect(r.answer).not.toContain("3.33");
  });
});

describe("two figures the asker quotes from the document, worked with", () => {
  it("'两者相差多少' of a 万元 and a 元 figure: each cited, the gap computed in 万元", async () => {
    const r = await pdf.ask(
      "上海市财政局：三公经费表的公务接待费是25.40万元，经济分类表的公务接待费是191000元，相差多少",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("前者多 6.30万元");
    expectFacts(r, "25.40万元");
    expectFacts(r, "191000元");
  });

  it("a share quoted in the narrative, checked with two numbers written without a unit", async () => {
    const r = await pdf.ask(
      "普陀区财政局2024年决算说一般公共服务支出占了71.73%，拿2106.66和2940.05验算一下对不对",
    );
    expect(r.status).toBe("answered");
    // 2106.66 ÷ 2940.05 = 71.65%; the narrative's own 71.73% is cited and said to disagree.
    expect(plain(r.answer)).toContain("71.65%");
    expect(plain(r.answer)).toContain("71.73%");
    expect(r.answer).toContain("不一致");
  });
});

describe("one figure printed otherwise by two tables, the gap asked", () => {
  it("gives both, each cited, and their difference computed", async () => {
    const r = await pdf.ask("司法局2026年单位预算的人员经费，收支总表和经济分类表两处差了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "20374181元");
    expectFacts(r, "20272981元");
    expect(plain(r.answer)).toContain("相差 10.12万元");
  });
});
