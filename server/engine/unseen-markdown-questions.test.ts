import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a disclosure written for the tests in a format the code was not built on
 * (ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md, 岳阳市云溪区教育局 2023年度部门决算, Markdown):
 * - line 58: "机关内设股室9个，分别是：办公室、政工人事股、…";
 * - line 131 (公开02表 收入决算表): 2050204 高中教育 合计 4,369.24, 财政拨款收入 3,943.04 (by hand 426.20 is
 *   not appropriated);
 * - line 267 (公开05表): 2050901 农村中小学校舍建设 1168.00; line 421 its 年初预算 800.00万元, with its reason;
 * - line 306 (公开06表): 30107 绩效工资 9,060.52; line 259 (公开05表): 2050201 学前教育 1648.78.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen county education bureau's final accounts", () => {
  it("股室 are its divisions, and 机关 before a count is the bureau, not its running costs", async () => {
    const r = await ask("教育局机关一共有几个股室");
    expect(plain(r.answer)).toContain("机关内设股室9个，分别是：办公室、政工人事股");
    expect(r.plan.metrics).toEqual([]);
  });

  it("a row's money other than appropriations is its total less that column, in the same table", async () => {
    const text = plain((await ask("高中教育那项，财政拨款以外的钱有多少")).answer);
    expect(text).toContain("4369.24 − 3943.04 = 426.20");
  });

  it("a subject whose name holds 学校 is no unknown body", async () => {
    const r = await ask("农村中小学校舍建设为啥花超了");
    expect(r.plan.unknownUnits).toEqual([]);
    expect(plain(r.answer)).toContain("1168 − 800 = 368");
  });

  it("'教育系统' names the bureau's sector, no qualifier of the figure", async () => {
    expect(plain((await ask("教育系统的绩效工资一年多少")).answer)).toContain("9060.52万元");
  });

  it("幼儿园 is 学前教育", async () => {
    expect(plain((await ask("幼儿园这块财政拨款花了多少")).answer)).toContain("1648.78万元");
  });
});
