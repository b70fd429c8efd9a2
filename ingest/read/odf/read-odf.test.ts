import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/app-error.js";
import { parseDocument } from "../../parse/parse-document.js";
import { readDocument } from "../read-document.js";

/**
 * Documents as LibreOffice saves them natively, values read off their rendered pages
 * (`soffice --convert-to pdf`, then `pdftoppm`):
 * - ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt (沁源县自然资源局 2024年度部门决算, Writer): page 14,
 *   公开06表 "302 | 商品和服务支出 | 122.71", "30208 | 取暖费 | 14.60"; its narrative carries a reviewer's comment
 *   ("上年数请与…再核对一遍") that is no part of the text; the 情况说明's subjects are a numbered list ("1." …).
 * - ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods (岫岩满族自治县自然资源局 2025年部门预算, Calc): page 13,
 *   表6 in 元: "30208 | 取暖费 | 128,000.00"; 表2 has a hidden column headed 级次; the 目录 is one cell of many
 *   lines; 表9 shows its zeros as "-" and carries a cell comment ("含地质灾害防治项目…").
 * - ingest/fixtures/odf/linlan-jtj-2025-yusuan.odt and anyuan-nyncj-2025-yusuan.ods: the .docx and .xlsx of
 *   ingest/fixtures/unseen saved as OpenDocument by LibreOffice (`soffice --convert-to odt|ods`).
 */
const WRITER = "ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt";
const CALC = "ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods";

async function factsOf(path: string) {
  const { text, sources } = await readDocument(path);
  return parseDocument({ docId: "odf", file: path, hash: "test", text, sources });
}

const cell = (facts: Awaited<ReturnType<typeof factsOf>>["facts"], table: string, row: string) =>
  facts
    .filter((fact) => fact.table === table && fact.row === row)
    .map((fact) => `${fact.value} ${fact.measure}`);

describe("a Writer document (.odt)", () => {
  it("reads its tables' cells and its units", async () => {
    const parsed = await factsOf(WRITER);
    expect(parsed.info.unit).toBe("沁源县自然资源局");
    expect(parsed.info.year).toBe(2024);
    expect(cell(parsed.facts, "06", "商品和服务支出")).toContain("122.71 万元");
    expect(cell(parsed.facts, "06", "取暖费")).toContain("14.60 万元");
  });

  it("leaves comments out and writes the numbers its lists draw", async () => {
    const { text, format } = await readDocument(WRITER);
    expect(format).toBe("odt");
    expect(text).not.toContain("再核对一遍");
    expect(text).toMatch(/^1\.社会保障和就业支出（类）/m);
  });

  it("reads as the same document saved as .docx does", async () => {
    const odt = await factsOf("ingest/fixtures/odf/linlan-jtj-2025-yusuan.odt");
    const docx = await factsOf("ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx");
    const shown = (facts: typeof odt.facts) =>
      facts.map((fact) => `${fact.table}|${fact.row}|${fact.column}|${fact.value}`).sort();
    expect(odt.facts.length).toBeGreaterThan(400);
    expect(shown(odt.facts)).toEqual(shown(docx.facts));
  });
});

describe("a Calc workbook (.ods)", () => {
  it("reads each sheet's cells as shown, in the sheet's own unit", async () => {
    const parsed = await factsOf(CALC);
    expect(parsed.info.unit).toBe("岫岩满族自治县自然资源局");
    // (A 元 table's cell is kept in 万元 beside what it printed.)
    const heating = parsed.facts.find((fact) => fact.table === "06" && fact.row === "取暖费");
    expect([heating?.value, heating?.measure]).toEqual(["12.8", "万元"]);
    expect(heating?.printed).toEqual({ value: "128000.00", unit: "元" });
  });

  it("leaves hidden columns and comments out, and a cell of many lines as lines", async () => {
    const { text, format } = await readDocument(CALC);
    expect(format).toBe("ods");
    expect(text).not.toContain("级次");
    expect(text).not.toContain("含地质灾害防治项目（22");
    expect(text).toMatch(/^一、部门主要职责$/m);
    expect(text).toMatch(/^2025年预算数\t15\.36\t-\t/m);
  });

  it("reads as the same workbook saved as .xlsx does, but for cells Excel leaves blank", async () => {
    const ods = await factsOf("ingest/fixtures/odf/anyuan-nyncj-2025-yusuan.ods");
    const xlsx = await factsOf("ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx");
    const shown = (facts: typeof ods.facts) =>
      new Set(facts.map((fact) => `${fact.table}|${fact.row}|${fact.column}|${fact.value}`));
    const fromXlsx = shown(xlsx.facts);
    const extra = [...shown(ods.facts)].filter((fact) => !fromXlsx.has(fact));
    expect([...fromXlsx].every((fact) => shown(ods.facts).has(fact))).toBe(true);
    // LibreOffice recalculates two formulas whose saved results the .xlsx left empty: zeros.
    expect(extra.every((fact) => fact.endsWith("|0.00"))).toBe(true);
  });
});

describe("a file that is not one", () => {
  const read = (name: string, bytes: Buffer) => readDocument(name, bytes);

  it("refuses an Office 97–2003 file under an OpenDocument name", async () => {
    const doc = await readFile("ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc");
    await expect(read("x.odt", doc)).rejects.toThrow(/Office 97–2003/);
  });

  it("refuses a package without content.xml, and a presentation", async () => {
    const empty = new JSZip();
    empty.file("mimetype", "application/vnd.oasis.opendocument.text");
    await expect(read("x.odt", await empty.generateAsync({ type: "nodebuffer" }))).rejects.toBeInstanceOf(
      AppError,
    );
    const slides = new JSZip();
    slides.file(
      "content.xml",
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:presentation/></office:body></office:document-content>',
    );
    await expect(read("x.odp.odt", await slides.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(
      /presentation/,
    );
  });

  it("reads a flat .fods and refuses one that is not well-formed", async () => {
    const flat = Buffer.from(
      '<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="收入"><table:table-row><table:table-cell><text:p>事业收入</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>1.00</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>',
    );
    expect((await read("x.fods", flat)).text).toContain("事业收入\t1.00\t1.00");
    await expect(read("x.fods", Buffer.from("<office:document"))).rejects.toThrow(/well-formed/);
  });
});
