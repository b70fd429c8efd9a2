import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse/parse-document.js";
import { htmlToLines } from "./html-lines.js";
import { readDocument } from "./read-document.js";

describe("htmlToLines: mammoth's HTML of a Word document as plain-text lines", () => {
  it("a paragraph per line; a merged cell's text in its first column and row, blanks where it spans", () => {
    const html =
      "<p>收入支出决算总表</p><p>编制单位：某局\t单位：元</p>" +
      '<table><tr><th colspan="2"><p>收 入</p></th><th rowspan="2"><p>备注</p></th></tr>' +
      "<tr><th><p>项目</p></th><th><p>决算数</p></th></tr>" +
      "<tr><td><p>一、一般公共预算</p><p>财政拨款收入</p></td><td><p>1,234.50</p></td><td></td></tr></table>" +
      "<p>注：本表为空表。</p>";
    expect(htmlToLines(html)).toEqual([
      "收入支出决算总表",
      "编制单位：某局 单位：元",
      "收 入\t\t备注",
      "项目\t决算数\t",
      "一、一般公共预算财政拨款收入\t1,234.50\t",
      "注：本表为空表。",
    ]);
  });

  it("a file named .docx that is no Word document is refused with a clear error", async () => {
    await expect(readDocument("budget.docx", Buffer.from("PK not really a zip"))).rejects.toThrow(
      /budget\.docx: not a readable Word document/,
    );
  });
});

/**
 * unseen-pdf5's document (肇庆市端州区卫生健康局 2024年度部门决算), saved as .docx by LibreOffice from its
 * writer's Writer source: the same tables as the PDF its writer printed (ingest/fixtures/unseen/
 * duanzhou-wjj-2024-juesuan.pdf). Read off the rendered PDF: page 8, 支出决算表, 2100301 城市社区卫生机构
 * 本年支出合计 36,547,741.91 元; page 12, 一般公共预算财政拨款支出决算表, the same row's 决算数 合计 1799.73 万元.
 */
const facts = async (path: string) => {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const { text, sources } = await readDocument(file, await readFile(file));
  return parseDocument({ docId: "duanzhou", file: path, hash: "test", text, sources }).facts;
};
const word = await facts("../fixtures/docx/duanzhou-wjj-2024-juesuan.docx");
const printed = await facts("../fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf");

describe("a Word document: the tables of a final account read as from its PDF", () => {
  it("reads each table's cells (read off the rendered page)", () => {
    const cell = (table: string, code: string, column: string) =>
      word.find((f) => f.table === table && f.rowCode === code && f.column.endsWith(column))?.value;
    expect(cell("03", "2100301", "本年支出合计")).toBe("3654.774191");
    expect(cell("05", "2100301", "决算数 / 合计")).toBe("1799.73");
  });

  it("gives the same table facts as the PDF of the same document", () => {
    const cells = (list: typeof word) =>
      list
        .filter((f) => f.table)
        .map((f) => [f.table, f.row, f.column, f.value].join("|"))
        .sort();
    expect(cells(word)).toEqual(cells(printed));
  });
});
