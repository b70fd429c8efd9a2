import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import CFB from "cfb";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../parse/parse-document.js";
import { readDocument } from "../read-document.js";

/**
 * unseen-xls's document (汝阳县自然资源局 2025年部门预算), an Excel 97–2003 workbook saved by
 * LibreOffice Calc. Expected values are read off its pages as LibreOffice prints them (soffice
 * --convert-to pdf, then pdftoppm): page 11, 表3 部门支出总表, its 合计 row 3,241.99 | 1,823.79 |
 * 1,418.20 and 2200150 事业运行 857.34 (a column of internal ids hidden on the sheet is not printed);
 * page 12, 表4 财政拨款收支总表, "（三）国有资本经营预算拨款" with a dash for its zero, 收入总计 3,184.39;
 * page 15, 表6 in 元, 30231 公务用车运行维护费 118,000.00; page 16, 表7 三公 with rows 2024年预算数 (合计
 * 42.30), 2025年预算数 (18.00), 增减额 (-24.30) and 增减率（%）.
 */
const path = "../../fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls";
const file = fileURLToPath(new URL(path, import.meta.url));
const bytes = await readFile(file);
const { text, format } = await readDocument(file, bytes);
const lines = text.split("\n");
/** The cells of the first line starting so, in the table titled so (or anywhere). */
const cells = (start: string, title = "") =>
  lines
    .slice(Math.max(0, lines.indexOf(title)))
    .find((line) => line.startsWith(start))
    ?.split("\t");

describe("an Excel 97–2003 workbook (.xls)", () => {
  it("reads each visible sheet in order, the narrative sheet first", () => {
    expect(format).toBe("xls");
    expect(lines[0]).toBe("说明");
    expect(lines.findIndex((line) => line.includes("部门支出总表"))).toBeGreaterThan(
      lines.findIndex((line) => line.startsWith("第二部分")),
    );
  });

  it("shows numbers through their formats, formulas by their saved results, a hidden column left out", () => {
    expect(cells("2200150\t事业运行")?.filter(Boolean)).toContain("857.34");
    const total = cells("\t合　　计", "汝阳县自然资源局2025年部门支出总表")?.filter(Boolean);
    expect(total?.slice(1, 4)).toEqual(["3,241.99", "1,823.79", "1,418.20"]);
    expect(lines.some((line) => line.includes("系统科目ID"))).toBe(false);
  });

  it("shows a zero as an accounting format does, a dash", () => {
    const title = "汝阳县自然资源局2025年财政拨款收支总表";
    expect(cells("（三）国有资本经营预算拨款\t", title)?.[1]).toBe("-");
    expect(cells("收　入　总　计", title)?.[1]).toBe("3,184.39");
  });

  it("keeps the 三公 table's year rows and leaves its change rows to be computed", () => {
    const facts = parseDocument({ docId: "ruyang", file: path, hash: "test", text }).facts;
    const threePublic = facts.filter((f) => f.table === "09" && f.column === "合计");
    expect(threePublic.map((f) => [f.row, f.value])).toEqual([
      ["2024年预算数", "42.30"],
      ["2025年预算数", "18.00"],
    ]);
    expect(facts.find((f) => f.rowCode === "30231")?.printed).toEqual({ value: "118000.00", unit: "元" });
  });

  it("reads an .xlsx under an .xls name as what it is, and refuses what is no workbook", async () => {
    const xlsx = fileURLToPath(
      new URL("../../fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx", import.meta.url),
    );
    expect((await readDocument("renamed.xls", await readFile(xlsx))).format).toBe("xlsx");
    await expect(readDocument("table.xls", Buffer.from("no workbook here"))).rejects.toThrow(
      /table\.xls: not an Excel 97–2003 workbook/,
    );
    await expect(readDocument("cut.xls", bytes.subarray(0, 2048))).rejects.toMatchObject({
      code: "UNREADABLE_FILE",
    });
  });

  it("refuses a password-protected workbook (a FILEPASS record) with a clear error", async () => {
    // The fixture's workbook stream with a FILEPASS record after its first BOF: its records would be encrypted.
    const container = CFB.read(bytes, { type: "buffer" });
    const entry = CFB.find(container, "Workbook")!;
    const stream = Buffer.from(entry.content);
    const bof = 4 + stream.readUInt16LE(2);
    const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0, 0, 0, 0, 0, 0]);
    entry.content = Buffer.concat([stream.subarray(0, bof), filePass, stream.subarray(bof)]);
    entry.size = entry.content.length;
    const locked = Buffer.from(CFB.write(container, { type: "buffer" }) as Uint8Array);
    await expect(readDocument("locked.xls", locked)).rejects.toMatchObject({
      code: "UNREADABLE_FILE",
      message: expect.stringMatching(/locked\.xls: the workbook is password-protected/),
    });
  });
});
