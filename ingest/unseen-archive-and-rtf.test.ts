import { describe, expect, it } from "vitest";
import { AppError } from "../lib/app-error.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Four documents in forms the code had not read, written by helpers who saw only the documents.
 * Expected values are read from the rendered pages (the .7z's workbooks and the .rtf through
 * soffice → pdftoppm; the PDF directly).
 */
const SEVEN_ZIP = "ingest/fixtures/unseen/liutang-zhen-2024-juesuan.7z";
const RTF = "ingest/fixtures/unseen/chongyi-tsg-2025-yusuan.rtf";
const BY_BODY = "ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf";
const CSV_DATASET = "ingest/fixtures/unseen/huzhou-scjgj-2025-yusuan.zip";

async function parsed(file: string) {
  const read = await readDocument(file);
  const document = parseDocument({
    docId: "doc",
    file,
    hash: "test",
    text: read.text,
    sources: read.sources,
    readWarnings: read.warnings,
  });
  return { read, ...document };
}

const cell = (
  facts: { table?: string; row: string; column: string; value: string }[],
  row: string,
  column: string,
) => facts.find((fact) => fact.row === row && fact.column === column)?.value;

describe("a town's final accounts published as a .7z of a Word narrative and workbooks", () => {
  it("reads every member in the order its name numbers it, the desktop's litter left out", async () => {
    const { read, facts, info } = await parsed(SEVEN_ZIP);
    expect(read.format).toBe("7z");
    expect(read.warnings ?? []).toEqual([]);
    // The narrative (member 1) comes before the tables (members 2–10).
    expect(read.text.indexOf("部门概况")).toBeLessThan(read.text.indexOf("收入支出决算总表"));
    expect(info.report?.tables.length).toBeGreaterThanOrEqual(8);
    // 10.三公经费支出决算表.xlsx: 决算数 合计 11.69, 公务接待费 3.27 (page 2 of its rendering), the
    // "部门决算公开表9" printed above the last column no header of it.
    const threePublic = facts.filter((fact) => fact.table === "09");
    expect(cell(threePublic, "“三公”经费", "决算数 / 合计")).toBe("11.69");
    expect(cell(threePublic, "“三公”经费", "决算数 / 公务接待费")).toBe("3.27");
    expect(threePublic.every((fact) => !fact.column.includes("公开表"))).toBe(true);
  });

  it("finds the 302 subtotal its items and the 公用经费 total both put elsewhere", async () => {
    const { info } = await parsed(SEVEN_ZIP);
    // 7.…基本支出决算表.xls prints 302 at 143.58; 公用经费合计 139.26 less 310 资本性支出 4.68 is 134.58.
    const misprint = info.warnings.find((warning) => warning.code === "misprint");
    expect(misprint?.message).toMatch(/商品和服务支出.*143\.58.*139\.26.*4\.68.*134\.58/);
  });

  it("refuses a file that is not a 7-Zip archive, saying so", async () => {
    await expect(readDocument("broken.7z", Buffer.from("not an archive"))).rejects.toThrow(
      /not a readable archive/,
    );
  });
});

describe("a library's unit budget saved by Word as RTF", () => {
  it("reads its tables and tells the all-funds 支出总表 from the 一般公共预算支出表 by their titles", async () => {
    const { read, facts } = await parsed(RTF);
    expect(read.format).toBe("rtf");
    // 公开03表 (page 7) and 公开05表 (page 9): the row 2070104 图书馆 on the two fund bases.
    const library = facts.filter((fact) => fact.rowCode === "2070104" && fact.column === "合计");
    expect(library.map((fact) => [fact.template, fact.value])).toEqual(
      expect.arrayContaining([
        ["budget-expense", "914.96"],
        ["budget-general-function", "895.51"],
      ]),
    );
  });

  it("reads a list of other income printed in 元 as amounts in 万元 with the printed figure kept", async () => {
    const { facts } = await parsed(RTF);
    // 公开10表 (page 15), 单位：元: 社会捐赠收入 50,000.00.
    const donation = facts.find((fact) => fact.row === "社会捐赠收入");
    expect(donation).toMatchObject({
      value: "5",
      measure: "万元",
      printed: { value: "50000.00", unit: "元" },
    });
  });

  it("refuses a file that does not start as RTF does", async () => {
    await expect(readDocument("fake.rtf", Buffer.from("plain text"))).rejects.toBeInstanceOf(AppError);
  });
});

describe("a spending table a body a row", () => {
  it("adds the bodies' rows up against the 合计 row, and so finds a misprinted total", async () => {
    const { info } = await parsed(BY_BODY);
    // 表3 (page 10): 合计 基本支出 34,118.96 = 人员经费 29,601.26 + 公用经费, printed 4,571.70; the 24
    // bodies' 公用经费 add up to 4517.70, which 34,118.96 − 29,601.26 also gives.
    const misprint = info.warnings.find((warning) => warning.code === "misprint");
    expect(misprint?.message).toMatch(/公用经费印为4571\.70.*34118\.96.*29601\.26.*4517\.7/);
  });
});

describe("an open-data portal's dataset: a .zip of CSV tables, a description and the narrative", () => {
  it("reads each CSV as a table named by its file, its amount unit as the description lists it", async () => {
    const { read, facts } = await parsed(CSV_DATASET);
    expect(read.format).toBe("zip");
    // 数据说明.txt: "06_一般公共预算基本支出表.csv（单位：元…）"; the file's 合计 row: ",合计,48493800,43030800,5463000".
    const basic = facts.find(
      (fact) => fact.template && fact.row === "合计" && fact.column === "合计" && fact.printed,
    );
    expect(basic).toMatchObject({ value: "4849.38", printed: { value: "48493800", unit: "元" } });
    // 09_三公经费预算表.csv (单位：万元): its 合计 row "合计,92.40,6.00,73.40,24.00,49.40,13.00", the
    // flattened "公务用车购置及运行维护费_小计" read as a column under its group.
    const threePublic = facts.filter((fact) => fact.table === "09" && fact.row === "合计");
    expect(cell(threePublic, "合计", "合计")).toBe("92.40");
    expect(cell(threePublic, "合计", "公务用车购置及运行维护费 / 小计")).toBe("73.40");
    expect(cell(threePublic, "合计", "公务接待费")).toBe("13.00");
  });

  it("reads the narrative's numbered 项 lines against the CSV tables", async () => {
    const { info, facts } = await parsed(CSV_DATASET);
    // 部门概况及情况说明.txt: "（1）行政运行（2013801）2,346.18万元，主要用于局本级及3个派出分局的…，比上年
    // 2,298.40万元增加65.78万元"; 05_一般公共预算支出表.csv: "2013801,行政运行,2364.18,2364.18,".
    const conflict = info.warnings.find(
      (warning) => /2013801/.test(warning.message) && /2346\.18/.test(warning.message),
    );
    expect(conflict?.message).toMatch(/2364\.18/);
    const lastYear = facts.find((fact) => fact.rowCode === "2013801" && fact.period === 2024);
    expect(lastYear?.value).toBe("2298.4");
  });

  it("tells a statement's two sides apart from columns named '收入项目' and '支出项目'", async () => {
    const { facts } = await parsed(CSV_DATASET);
    // 01_部门收支总表.csv: "二、政府性基金预算拨款收入,,二、社会保障和就业支出,657.06": the income blank.
    const statement = facts.filter((fact) => fact.table === "01");
    expect(statement.find((fact) => fact.row.includes("政府性基金"))).toBeUndefined();
    expect(cell(statement, "社会保障和就业支出", "支出 / 预算数")).toBe("657.06");
  });
});
