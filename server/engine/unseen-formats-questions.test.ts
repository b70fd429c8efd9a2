import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions in our own words about three documents written for the tests, values read off them as
 * a reader sees them:
 * - ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html (a portal page, printed by Chromium): 表7
 *   政府性基金预算财政拨款收入支出决算表 合计 年初结转和结余 120.00, 本年收入 1,926.00; 表1 年初结转和结余
 *   221.72 (all funds);
 * - ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx (printed by LibreOffice): 表九 合计 39.20,
 *   公务用车购置及运行维护费 小计 32.40 (32.40 ÷ 39.20 = 82.65 %); 情况说明 "本部门核定编制126名…", "2025年初在职人员
 *   118人，其中：…农业综合行政执法大队15人";
 * - ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx: 部门项目支出预算表（其他运转类、特定目标类项目）
 *   合计 27,591,000.00 元, 一般公共预算 19,231,000.00, 政府性基金预算 8,000,000.00, 单位资金 360,000.00;
 *   部门收入预算表 临澜县交通运输综合执法大队 合计 476.52; 公路水毁抢修保通经费 1,500,000.00 元 (a project
 *   listed under 临澜县公路管理段); "培训费预算3.70万元，计划开展…培训4期，参训人员约260人次"; 预算03表
 *   (一般公共预算“三公”经费支出预算表) 2025年预算数 46.70, 临澜县交通运输综合执法大队 35.00 (35 ÷ 46.7 = 74.95 %).
 */
describe("a web page's final accounts", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"]);

  it("a carry-over asked of one fund is read in that fund's table, not the all-funds total", async () => {
    const text = plain((await ask("住建局政府性基金年初结转有多少？")).answer);
    expect(text).toMatch(/年初结转和结余决算数为 120\.00万元/);
    expect(text).toContain("口径不同");
  });

  it("a fund's spending asked with the year between ('政府性基金2024年支出') is that fund's spending", async () => {
    const text = plain((await ask("住建局政府性基金2024年支出是多少？")).answer);
    expect(text).toContain("1980.35万元");
  });
});

describe("a workbook's budget", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"]);

  it("'公车购置和运行维护费' is the 三公 part, its share of the table's 合计 (not a body's row)", async () => {
    const text = plain((await ask("公车购置和运行维护费在三公经费里占几成？")).answer);
    expect(text).toContain("32.4 ÷ 39.2 = 82.65%");
    expect(text).not.toContain("不一致");
  });

  it("a bureau's head counts and its squad's, asked in clauses of their own, are each answered", async () => {
    const text = plain((await ask("农业农村局编制多少？今年在职多少人？执法大队多少人？")).answer);
    expect(text).toContain("126人");
    expect(text).toContain("118人");
    expect(text).toContain("农业综合行政执法大队15人");
  });

  it("the county named before a project's words names the bureau, not a figure", async () => {
    const text = plain((await ask("安远县高标准农田建设县级配套资金今年给了多少？")).answer);
    expect(text).toContain("2150.00万元");
  });
});

describe("a Word document's budget", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"]);

  it("a table's total asked by the table's name, across its columns", async () => {
    const text = plain((await ask("部门项目支出预算表的合计是多少？按资金来源分别多少？")).answer);
    for (const printed of ["27591000.00元", "19231000.00元", "8000000.00元", "360000.00元"])
      expect(text).toContain(printed);
  });

  it("a subordinate asked by its short name (执法大队), and a project its parent lists under it", async () => {
    expect(plain((await ask("执法大队的收入预算是多少？")).answer)).toContain("476.52万元");
    expect(plain((await ask("公路管理段水毁抢修保通经费多少钱？")).answer)).toContain("150.00万元");
  });

  it("a subordinate's share of the bureau's figure, from its row of the bureau's table", async () => {
    const text = plain((await ask("执法大队的三公经费在全局三公经费里占多少比例？")).answer);
    expect(text).toContain("35 ÷ 46.7 = 74.95%");
  });

  it("the occasions an expense pays for, counted after its amount", async () => {
    const text = plain((await ask("培训费打算办几期培训，多少人次参加？")).answer);
    expect(text).toContain("4期");
    expect(text).toContain("260人次");
  });
});
