import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Bodies a department lists one numbered paragraph each, last year's budget where a budget prints
 * it, a table named without a figure, and an income source's make-up; asked in our own words,
 * values read off the documents themselves (openpyxl for the workbook, word/document.xml for the
 * Word file):
 * - ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx, sheet 封面及说明: "5. 澧溪县青龙潭水库管理所（公益一类事业
 *   单位）：编制16名，实有16人。", "6. 澧溪县白石冲水库管理所（…）：编制10名，实有9人。", "7. 澧溪县牛角湾水库管理所
 *   （…）：编制8名，实有8人。"; sheet 情况说明: "事业收入322.59万元，占2.54%，主要为县水利水电勘测设计室勘测设计
 *   服务收入和县农村饮水安全服务站供水服务收入".
 * - ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx: 表2 "2080802 | 伤残抚恤 | 1,245.80 | 1,318.26 | … | 72.46
 *   | 5.82" (2024年预算数, 2025年预算数 …); 表4 (单位：元) "合计 | 110,000 | 99,500", "公务用车运行费 | 86,000 |
 *   78,000"; the narrative "2．伤残抚恤（2080802）2025年预算1,381.26万元，比2024年预算1,245.80万元增加72.46万元"
 *   (a planted slip: the tables print 1,318.26); "本部门核定编制46名…实有在职人员42人".
 * - ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf (rendered with pdftoppm -r 60): page 10 (公开03表
 *   支出决算表（续）, 单位：元) "21103 污染防治 97,905,500.00", "2110302 水体 45,002,500.00"; page 15 (公开07表, 万元)
 *   "合计 | | 420.00 | 386.50 | | 386.50 | 33.50" (年末结转和结余 the last column); page 18 (公开10表 部门决算单位
 *   构成及收支情况表, 万元) 本年支出 / 合计 of the five 分局: 亭湖 1,372.45, 盐都 1,498.90, 大丰 1,821.75, 射阳
 *   1,326.80, 建湖 1,254.60.
 */
describe("bodies listed one numbered paragraph each", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx"]);

  it("a body's staff is its own row of the list, not the department's", async () => {
    const text = plain((await ask("青龙潭水库管理所编制多少人？")).answer);
    expect(text).toContain("16人");
    expect(text).not.toContain("117");
  });

  it("the bodies of one kind are added up, each shown", async () => {
    const text = plain((await ask("三个水库管理所加起来编制多少人？")).answer);
    expect(text).toContain("34人");
    for (const count of ["16人", "10人", "8人"]) expect(text).toContain(count);
  });

  it("an income source is read from the narrative too, with what it is made of", async () => {
    const text = plain((await ask("县水利局2023年事业收入有多少？")).answer);
    expect(text).toContain("322.59万元");
    expect(text).toContain("勘测设计服务收入");
  });
});

describe("a budget printing last year's budget beside this year's", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx"]);

  it("last year's budget is read where the table prints it, not derived from a misprinted sentence", async () => {
    const text = plain((await ask("2024年伤残抚恤预算多少")).answer);
    expect(text).toContain("1245.80万元");
    expect(text).not.toContain("1308.80");
  });

  it("'去年' with no unit named, in an index of this one bureau, is the year before its budget", async () => {
    const text = plain((await ask("去年伤残抚恤预算多少")).answer);
    expect(text).toContain("1245.80万元");
  });

  it("a follow-up's last year reads the 三公 table's 2024 column", async () => {
    const { answer } = await ask("三公经费里公务用车运行费今年预算多少", "那去年呢");
    const text = plain(answer);
    expect(text).toContain("8.60万元");
    expect(text).toContain("86000元");
  });

  it("a table named with no figure asks its total", async () => {
    const text = plain((await ask("三公经费表里，2025年预算数合计是多少元？")).answer);
    expect(text).toContain("99500元");
  });

  it("'这个局' is the bureau asked, and its staff is the department's sentence, not a body's", async () => {
    const text = plain((await ask("这个局一共多少编制？")).answer);
    expect(text).toContain("46人");
    expect(text).not.toMatch(/编制数为 15人/);
  });
});

describe("a final account drawn cell by cell by a reporting system", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf"]);

  it("a class in brackets after its own row is the asker's gloss: the row is answered", async () => {
    const text = plain((await ask("水体（水污染防治）2023年支出决算多少？按支出决算表")).answer);
    expect(text).toContain("45002500.00元");
    expect(text).not.toContain("97905500");
  });

  it("a fund's carry-over to the year's end is read in that fund's table", async () => {
    const { answer, status } = await ask("生态环境局的政府性基金到2023年底还结转了多少？");
    expect(status).toBe("answered");
    expect(plain(answer)).toMatch(/年末结转和结余决算数为 33\.50万元/);
  });

  it("bodies of a kind named with a place's words ('区县分局') are the rows of that type, added", async () => {
    const text = plain((await ask("五个区县分局2023年支出加起来一共多少？")).answer);
    expect(text).toContain("7274.50万元");
    for (const value of ["1372.45", "1498.90", "1821.75", "1326.80", "1254.60"])
      expect(text).toContain(value);
    // The department's own total (28104.02) is no answer to its bodies' sum.
    expect(text).not.toContain("28104.02");
  });
});
