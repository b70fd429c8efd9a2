import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Words around the figures that name none of their own, and the stock an asset statement gives.
 * Read off the sources:
 * - 000 (市政府办 2024 决算) line 516: 政府采购支出总额675.32万元，其中：货物支出179.79万元、工程支出106.01万元、
 *   服务支出389.52万元; line 758 (附件 基础数据表): 政府采购金额 2024年决算数 686.16. Line 356 (公开09表): 三公
 *   136.85, 公务用车购置及运行维护费 85.75. By hand 85.75 ÷ 136.85 = 62.66%.
 * - 商务委 2025 单位预算 p8 (rendered at -r 70), item 14: 其他商业服务业等支出（项）3136.40万元，主要用于
 *   标准化菜场及副食品行业管理.
 * - 万里街道 2023 部门预算 p29 (五、国有资产占有情况): 截止2022年12月31日 … 房屋14609.83平方米；车辆7辆; 2024
 *   部门预算 p32: 截至2023年8月31日 … 共有车辆7辆.
 * - 002 (区委办 2024 决算) line 580: 共有编制人数 22 人,实有人数 29 人.
 */
const samples = useSampleEngine();
const commerce = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf"]);
const wanli = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("words that name no figure", () => {
  it("'三类' after the parts listed counts them, and a whole printed otherwise elsewhere is noted", async () => {
    const r = await samples.ask("市政府办2024年政府采购的货物、工程、服务这三类分别是多少？");
    expect(r.status).toBe("answered");
    for (const value of ["179.79万元", "106.01万元", "389.52万元"]) expect(r.answer).toContain(value);
    expect(r.answer).toMatch(/686\.16万元\*\*\[\d+\]，与情况说明第516行的数字不一致/);
    expectGrounded(r);
  });

  it("a share whose whole is named with the unit after 占 is still a share", async () => {
    const r = await samples.ask("公务用车费用占株洲市政府办2024年三公经费决算的几成？");
    expect(r.answer).toContain("85.75 ÷ 136.85 = 62.66%");
  });

  it("a body described by what it looks after ('就是管菜场那个') names no figure", async () => {
    const r = await commerce.ask("你好，普陀区商务委，就是负责菜市场那个，2025年标准化菜场安排了多少钱");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**3136.40万元**");
    expect(r.answer).toContain("标准化菜场及副食品行业管理");
  });
});

describe("a stock the asset statement gives as of a year's end", () => {
  it("cars asked as 多少车辆 and the buildings' floor area, read from next year's document", async () => {
    const r = await wanli.ask("万里街道2022年末车辆有多少，房屋面积是多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**7辆**");
    expect(r.answer).toContain("**14609.83平方米**");
    expect(r.answer.match(/2022年底的数字取自2023年度预算文件/g)?.length).toBe(1);
    expectGrounded(r);
  });

  it("'截至<年>末' is the same year-end: labelled with that date, not with the year of the document read", async () => {
    const r = await wanli.ask("截至2022年末，万里街道办一共有多少辆车？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("截至2022年底车辆数为 **7辆**");
    expect(r.answer).not.toContain("2023年度车辆数");
    expect(r.answer).toContain("2022年底的数字取自2023年度预算文件");
    expectGrounded(r);
  });
});

describe("counts asked side by side", () => {
  it("two documents' car counts are set against each other as of their dates, not as budget or spending", async () => {
    const r = await wanli.ask("万里街道的公车有几辆？23年和24年两份预算里的车辆类型相同吗？");
    expect(r.answer).toContain("截至2022年 **7辆**");
    expect(r.answer).toContain("截至2023年 **7辆**");
    expect(r.answer).not.toContain("预算执行数");
    // No change is said once, with no rate of 0.00% beside it.
    expect(r.answer.match(/持平/g)).toHaveLength(1);
  });

  it("one sentence stating two counts is quoted once", async () => {
    const r = await samples.ask("区委办核定编制多少人，实有人数多少？");
    expect(r.answer).toContain("**22人**");
    expect(r.answer).toContain("**29人**");
    expect(r.answer.match(/共有编制人数 ?22 ?人/g)).toHaveLength(1);
  });
});

/**
 * 002 (区委办 2024 决算) lines 440–444: 财政拨款基本支出631.11万元，其中：人员经费544.36万元，占基本支出的86.3%；
 * 公用经费86.75万元，占基本支出的13.7%. 公开06表 line 287: 人员经费合计 544.3, 公用经费合计 86.7. By hand
 * 544.3 ÷ 631.11 = 86.24%; 86.7 ÷ 631.11 = 13.74%.
 */
describe("a whole named with its parts", () => {
  it("'<整体>里，<甲>和<乙>各是多少' is the whole broken down once, with the printed shares", async () => {
    const r = await samples.ask("区委办2024年的基本支出中，人员经费、公用经费分别多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("544.3 ÷ 631.11 = 86.24%");
    expect(r.answer).toContain("文件中写明的占比为 **86.3%**");
    expect(r.answer).toContain("文件中写明的占比为 **13.7%**");
    // Each part is said once, not again as a figure of its own.
    expect(r.answer).not.toContain("人员经费支出决算为");
    expect(r.answer.match(/情况说明第442行所列决算数/g)).toHaveLength(1);
  });
});
