import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * 万里街道 2024 部门预算 p8 (rendered): item 16 其他行政事业单位养老支出 0.31 → 0.39, 增加25.81%; item 20
 * 其他社会保障和就业支出 1410.22 → 781.24, 减少44.60%; item 22 行政单位医疗 95.16 → 142.22, 增加49.45%;
 * item 23 事业单位医疗 132.56 → 160.14, 增加20.81%. 司法局 2026 部门预算 p8 (rendered): item 5 信息化建设
 * 60.41 → 227.88, 增加277.22% (the largest rate on the page); item 1 行政运行 1690.69 → 1672.67, 减少1.07%.
 * 万里街道 2024 pp6–9 (rendered, every item): the largest falls in money are item 30 其他城乡社区支出
 * 1822.46 → 922.02, item 20 (above) and item 25 城乡社区管理事务一般行政管理事务 2083.68 → 1759.10; the
 * largest fall as a rate is item 1 专项普查活动 60.13 → 25.77, 减少57.14%.
 */
describe("the rows ranked by their change on last year's execution", () => {
  const wanli = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
  const justice = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

  it("lists the rows that grew past a rate, with the rates the document states", async () => {
    const r = await wanli.ask("万里街道2024年预算里面，较上年执行数增长了20%以上的科目都列出来");
    expect(r.answer).toContain("增长 **49.45%**");
    expect(r.answer).toContain("增长 **25.81%**");
    expect(r.answer).toContain("增长 **20.81%**");
    // A fall is no growth; a rate is no amount bound ("超过20万元").
    expect(r.answer).not.toContain("44.60%");
    expect(r.answer).not.toContain("20.00万元");
  });

  it("ranks the largest changes first, as many as asked", async () => {
    const r = await justice.ask("司法局2026年预算对照2025年的执行数，增减幅度排前三的科目有哪些");
    const rows = r.answer
      .split("\n")
      .filter((line) => line.startsWith("- ") && line.includes("：上年执行数"));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("信息化建设");
    expect(rows[0]).toContain("277.22%");
    expect(r.answer).not.toContain("1.07%");
  });

  it("'减少最多' ranks the fall in money, not its rate", async () => {
    const r = await wanli.ask("万里街道2024年预算跟上年执行数比，砍得最多的三个科目是哪几个，各少了多少");
    const rows = r.answer
      .split("\n")
      .filter((line) => line.startsWith("- ") && line.includes("：上年执行数"));
    expect(rows.map((row) => row.slice(2, row.indexOf("（")))).toEqual([
      "其他城乡社区支出",
      "其他社会保障和就业支出",
      "一般行政管理事务",
    ]);
    expect(r.answer).toContain("922.02 − 1822.46 = -900.44");
    expect(r.answer).not.toContain("专项普查活动");
  });
});
