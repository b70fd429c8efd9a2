import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages and the exports:
 * - 万里街道 2024 部门预算 p25 一般公共预算支出功能分类预算表 (元): 212 城乡社区支出 119,385,303; its 项 rows
 *   2120101 16,603,248 · 2120102 17,591,003 · 2120104 6,043,390 · 2120199 54,212,362 · 2120399 9,721,800
 *   · 2120501 5,993,300 · 2129999 9,220,200. p7 item 14: 机关事业单位基本养老保险缴费支出 "2023年当年预算执行数为
 *   357.56万元".
 * - 万里街道 2023 部门预算 p21: 208 05 05 机关事业单位基本养老保险缴费支出 4,412,547.
 * - 000 (市政府办 2024 决算) line 594: 编制数 138 人, 在职人数 125 人; 003 (its 2024 预算) line 30: 编制数 113 人,
 *   在职人数 108 人.
 * - 001 (驻京办 2024 决算) line 1141: 公务接待 16 批次 176 人次, 2.71万元 (no list of the receptions).
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-wanli-2023-bumen-yusuan.pdf"]);
const samples = useSampleEngine();

describe("follow-ups asking for more detail", () => {
  it("“再细一点，按项列” after a class lists its 项 rows, however deep", async () => {
    const r = await ask("万里街道2024年城乡社区支出预算是多少？", "能不能再细一点，按项列出来");
    expect(r.plan.operation).toBe("breakdown");
    for (const value of ["16603248", "17591003", "6043390", "54212362", "9721800", "5993300", "9220200"])
      expect(r.answer).toContain(`${value}元`);
    expect(r.answer).not.toContain("94450003元");
    expectGrounded(r);
  });

  it("each reception listed is not disclosed: refused with the year's total, no average offered", async () => {
    const r = await samples.ask("驻京办2024年公务接待费多少？", "把每一笔接待的明细列一下");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("万元/批次");
  });

  it("a budget year's figure names its execution, which next year's budget states", async () => {
    const r = await ask("万里街道2023年机关事业单位基本养老保险缴费支出预算安排了多少？");
    expect(r.answer).toContain("4412547元");
    expect(r.answer).toContain("2023年预算执行数为 **357.56万元**");
  });
});

describe("a head count two documents of one year state differently", () => {
  it("the final accounts' count, with the budget's beside it", async () => {
    const r = await samples.ask("株洲市政府办2024年有多少编制？");
    expect(r.answer).toContain("138人");
    expect(r.answer).toContain("113人");
    expect(r.answer).not.toContain("实际支出");
  });
});

/** 001 line 1146: 会议费 "支出决算为0.3万元 … 人数30人" (its 06-table row prints 0.00). */
describe("a meeting's cost per head", () => {
  it("is divided by the attendance the sentence states, not by the staff", async () => {
    const r = await samples.ask("驻京办2024年会议费平均每人花了多少？");
    expect(r.answer).toContain("人数 **30人**");
    expect(r.answer).not.toContain("人数人数");
  });
});
