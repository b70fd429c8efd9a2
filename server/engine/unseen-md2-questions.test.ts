import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for the tests as pandoc converts a Word document to Markdown
 * (ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md, 济宁市文化和旅游局 2025年部门预算), values read off the
 * file: 表10 部门项目支出表 (grid table, lines 579–620) lists "尼山世界文明论坛配套文化交流活动保障" 150.00 and
 * "大运河（济宁段）文物保护与考古调查\*" 420.00; 表5 prints 2070204 文物保护 1022.26.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen budget converted to Markdown by pandoc, its tables grid tables", () => {
  it("a row of the projects table is a project by its own name, with no '项目' in it", async () => {
    const text = plain((await ask("尼山世界文明论坛配套文化交流活动保障项目预算是多少")).answer);
    expect(text).toContain("尼山世界文明论坛配套文化交流活动保障项目预算为 150.00万元");
  });

  it("a project named loosely around a subject's name is the project, not the subject's row", async () => {
    const text = plain((await ask("大运河济宁段文物保护和考古调查那个项目今年给了多少钱？")).answer);
    expect(text).toContain("大运河（济宁段）文物保护与考古调查项目预算为 420.00万元");
    expect(text).not.toContain("1022.26");
  });

  it("a subordinate's projects are read from the rows 表10 lists under its name, and added up", async () => {
    // 表10, lines 612–618: 济宁市文物保护中心 — 420.00, 148.50, 68.00.
    const text = plain((await ask("文物保护中心的项目总共安排了多少？")).answer);
    expect(text).toContain("大运河（济宁段）文物保护与考古调查：420.00万元");
    expect(text).toContain("重点文物保护单位安全巡查：68.00万元");
    expect(text).toContain("项目合计 636.50万元");
    expect(text).not.toContain("3341.90");
  });

  it("a 项 that shares its name with a subordinate body is the 项 (表5 line 388: 2070205 博物馆 908.64)", async () => {
    const text = plain((await ask("博物馆（项）一般公共预算今年多少")).answer);
    expect(text).toContain("908.64万元");
    expect(text).not.toContain("没有单独公开");
  });

  it("counting another source in as a follow-up reads the all-funds table (表3 line 267: 985.64)", async () => {
    const { answer } = await ask("博物馆（项）一般公共预算今年多少", "那事业收入也算进去呢");
    expect(plain(answer)).toContain("985.64万元");
  });

  it("one fund's spending by class: the fund's own table, down to the level where it splits (表7 lines 534–536)", async () => {
    const text = plain((await ask("政府性基金的钱花在哪些科目上")).answer);
    expect(text).toContain("宣传促销（2070801）：180.00万元");
    expect(text).toContain("旅游事业补助（2070803）：80.00万元");
  });

  it("the general budget by class lists the four classes of 表5 and no total row as a class", async () => {
    const text = plain((await ask("一般公共预算拨款支出按类别分各是多少")).answer);
    for (const figure of ["6465.85", "723.95", "414.99", "272.09"]) expect(text).toContain(`${figure}万元`);
    expect(text).not.toContain("本年支出：");
    expect(text).toContain("7876.88");
  });

  it("a body's short name holding a class's everyday name (文旅局) asks no class: every class is listed", async () => {
    const text = plain((await ask("文旅局的支出按功能分类各是多少")).answer);
    for (const figure of ["6907.85", "723.95", "414.99", "272.09"]) expect(text).toContain(`${figure}万元`);
  });

  it("project spending by body where one column names the body once for its rows (表10: 本级 660 + 300 + 150 + 86 + 80)", async () => {
    const text = plain((await ask("文旅局项目支出按预算单位分别是多少")).answer);
    expect(text).toContain("济宁市文化和旅游局（本级）：1276.00万元");
    expect(text).toContain("济宁市文化市场综合执法支队：95.00万元");
    expect(text).toContain("各单位合计 3341.90万元");
  });

  it("money besides the appropriations: the total less each fund's appropriation 表1 lists, there being no 财政拨款收入 row (lines 88–131)", async () => {
    const text = plain((await ask("文旅局除了财政拨款以外，还有多少其他资金？")).answer);
    // 8318.88 − 7876.88 − 260.00 = 182.00; 7876.88 + 260.00 = 8136.88.
    expect(text).toContain("182.00万元");
    expect(text).toContain("财政拨款收入合计 8136.88万元");
  });

  it("a total's parts printed by 表3 (all funds) and 表5 (the general budget) differ by right, not by misprint", async () => {
    const text = plain((await ask("文旅局今年支出合计多少")).answer);
    expect(text).toContain("8318.88万元");
    expect(text).toContain("口径不同");
    expect(text).not.toContain("文件前后不一致");
  });
});
