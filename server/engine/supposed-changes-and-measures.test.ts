import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Figures worked out as people ask them: a hypothetical said in words, a measure nobody prints
 * (千元, 亿), a rate to other decimals, a share whose whole is named first. Values from the
 * documents: 000 line 356 (三公 136.85, 公务接待费 1.12), line 227 (本年支出合计 5,487.18); 002
 * line 490 (政府采购支出总额 126.03, 授予中小企业合同金额 114.69). By hand: 136.85 × 0.5 = 68.425 →
 * 68.43; 1.12 × 2 = 2.24; 136.85万元 = 1368.50千元; 5487.18 ÷ 10000 = 0.548718 → 0.55亿元;
 * 114.69 ÷ 126.03 = 91.0021 % → 91.00 %, 91.0 % to one decimal.
 */
const samples = useSampleEngine();

describe("a change supposed in words", () => {
  it("halves a disclosed figure, said to be a hypothetical", async () => {
    const r = await samples.ask("要是市政府办2024年的三公经费减半，会是多少");
    expect(r.answer).toContain("**68.43万元**");
    expect(r.answer).toContain("136.85 × (1 − 50%)");
    expect(r.answer).toContain("假设情形");
    expectGrounded(r);
  });

  it("doubles one (翻一番)", async () => {
    const r = await samples.ask("假如市政府办接待费明年要翻番，拿2024年决算数来算是多少");
    expect(r.answer).toContain("**2.24万元**");
  });

  it("computes no change of a figure the document gives as nothing", async () => {
    const r = await samples.ask("要是驻京办2024年的差旅费砍掉一半，是多少");
    expect(r.answer).not.toContain("50%");
  });
});

describe("a measure the documents do not print", () => {
  it("converts to 千元 (not read as the number 1000)", async () => {
    const r = await samples.ask("市政府办2024年三公经费换算成千元是多少");
    expect(r.answer).toContain("**1368.50千元**");
    expectGrounded(r);
  });

  it("“多少个亿” is an amount in 亿元, not a count", async () => {
    const r = await samples.ask("市政府办2024年本年支出合计有多少个亿");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**0.55亿元**");
  });
});

describe("a share", () => {
  it("named as “…的比例” before a comma is a share", async () => {
    const r = await samples.ask("区委办的采购合同给了中小企业的比例，拿金额核一遍");
    expect(r.answer).toContain("**91.00%**");
    expectGrounded(r);
  });

  it("to one decimal is rounded from the exact quotient", async () => {
    const r = await samples.ask("区委办授予中小企业的合同金额占政府采购支出总额多少？保留一位小数");
    expect(r.answer).toContain("**91.0%**");
  });
});

/**
 * 普陀区财政局 2024 决算 p21 (rendered): 收入支出总计2995.39万元，与2023年度相比减少56.95万元，
 * 下降1.87%; 项目支出603.14万元; 一般公共服务支出（类）2106.66万元，占71.73%; 本年支出合计 2940.05.
 * By hand 2106.66 ÷ 2940.05 = 71.6539 % → 71.65 %. 万里街道 2023 预算 p28 (rendered): 三公 22.91,
 * 公务用车运行费 21.56; 21.56 ÷ 22.91 = 94.107 % → 94.11 %.
 */
describe("the body a shared short name means, and shares of the PDFs", () => {
  const bureaus = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);
  const wanli = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf"]);

  it("an amount only one bureau prints says which bureau is meant", async () => {
    const r = await bureaus.ask("财政局列的项目支出603.14万元，分到了哪些科目");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("上海市普陀区财政局");
    expect(r.answer).toContain("所引数字只见于上海市普陀区财政局的文件");
  });

  it("a share only one bureau states says which bureau is meant, and a doubt is a check", async () => {
    // p21 of the district bureau's 2024 final accounts: 一般公共服务支出 2106.66万元, 占71.73%, of
    // 2940.05; by hand 2106.66 ÷ 2940.05 = 71.65%.
    const r = await bureaus.ask("财政局称一般公共服务支出占了71.73%，我觉得算得不对");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("所引数字只见于上海市普陀区财政局的文件");
    expect(r.answer).toContain("2106.66 ÷ 2940.05 = 71.65%");
    expect(r.answer).toContain("71.73%");
    expectGrounded(r);
  });

  it("a year compared with that only one bureau's documents reach says which is meant", async () => {
    const r = await bureaus.ask("财政局收支总计跟2023年比较减少多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**56.95万元**");
    expect(r.answer).toContain("1.87%");
  });

  it("a share a report quotes is worked out again from the table", async () => {
    const r = await bureaus.ask("一般公共服务支出占了71.73%，新闻里讲的普陀区财政局这个比例，按表里的数算算");
    expect(r.answer).toContain("**71.65%**");
    expect(r.answer).toContain("71.73%");
  });

  it("“<整体>里，<部分>占多少” divides the part by the whole named first", async () => {
    const r = await wanli.ask("万里街道2023年的三公经费预算当中，公务用车运行费占了多少");
    expect(r.answer).toContain("**94.11%**");
    expect(r.answer).not.toContain("106.26%");
  });
});

/**
 * 社会福利院 2024 单位预算 p10 (rendered), 财政拨款收支预算总表 (元): 社会保障和就业支出 8,661,624; 医疗卫生与
 * 计划生育支出 503,724; 住房保障支出 335,816; 支出总计 9,501,164.
 */
describe("a breakdown by 功能大类", () => {
  const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("breaks the appropriation down by functional class", async () => {
    const r = await ask("福利院2024年的财政拨款，按功能大类分一下");
    expect(r.answer).toContain("8661624元");
    expect(r.answer).toContain("503724元");
    expect(r.answer).toContain("335816元");
  });
});

describe("a row's cells asked with the row", () => {
  // 000 line 189, 支出决算表: 2019999 其他一般公共服务支出 30.45, 基本支出 27.50, 项目支出 2.95.
  it("“<科目>这一块，<列>、<列>各多少” reads that row's cells, not the unit's totals", async () => {
    const r = await samples.ask("市政府办2024年其他一般公共服务支出这一块，基本支出、项目支出各多少");
    expect(r.answer).toContain("27.50万元");
    expect(r.answer).toContain("2.95万元");
    expect(r.answer).not.toContain("4723.85");
  });
});
