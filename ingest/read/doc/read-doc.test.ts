import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import CFB from "cfb";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.js";

/**
 * unseen-doc2's document (牡丹江市水务局 2025年部门预算), a Word 97–2003 binary document saved by
 * LibreOffice. Expected values are read off its pages as LibreOffice renders them (soffice --convert-to
 * pdf, then pdftoppm): page 1, the cover's title in a text frame; page 14, 表二 部门收入总体情况表 on a
 * landscape page, its header 功能分类科目 over 科目编码 and 科目名称 and 财政拨款收入 over three fund
 * columns, row 2130350 事业运行: 合计 1,309.67, 一般公共预算 1,046.27, 事业收入 244.76, 其他收入 18.64; page 19,
 * 表五, the same row on 一般公共预算 alone: 1046.27; page 23, 表十, 2130314 防汛 one cell spanning two
 * project rows, the second 防汛应急抢险车辆更新购置 24.00. Every page but the cover carries the running
 * header 牡丹江市水务局2025年部门预算 and a footer "— N —".
 */
const path = "../../fixtures/unseen/mudanjiang-swj-2025-yusuan.doc";
const file = fileURLToPath(new URL(path, import.meta.url));
const bytes = await readFile(file);
const { text, format } = await readDocument(file, bytes);
const lines = text.split("\n");
const row = (start: string) => lines.find((line) => line.startsWith(`${start}\t`))?.split("\t");

describe("a Word 97–2003 document (.doc)", () => {
  it("is read as a Word document, its cover's text frame first", () => {
    expect(format).toBe("doc");
    expect(lines.slice(0, 2)).toEqual(["牡丹江市水务局", "2025年部门预算"]);
  });

  it("leaves out the running header and the page numbers of the header and footer stories", () => {
    expect(lines).not.toContain("牡丹江市水务局2025年部门预算");
    expect(lines.some((line) => /^—\s*\d+\s*—$/.test(line))).toBe(false);
  });

  it("tells cells from rows by their marks, and puts merged header cells over the columns they span", () => {
    const start = lines.findIndex((line) => /^表二.*\t单位/.test(line));
    const [group, fields] = [lines[start + 1].split("\t"), lines[start + 2].split("\t")];
    expect(group.slice(0, 4)).toEqual(["功能分类科目", "", "合计", "财政拨款收入"]);
    expect(fields.slice(0, 6)).toEqual([
      "科目编码",
      "科目名称",
      "",
      "一般公共预算",
      "政府性基金预算",
      "国有资本经营预算",
    ]);
    const cells = row("2130350");
    expect(cells?.[group.indexOf("合计")]).toBe("1,309.67");
    expect(cells?.[fields.indexOf("一般公共预算")]).toBe("1,046.27");
    expect(cells?.[group.indexOf("事业收入")]).toBe("244.76");
    expect(cells?.[group.indexOf("其他收入")]).toBe("18.64");
  });

  it("keeps a cell spanning rows in its first row and leaves the rows below blank there", () => {
    const vehicle = lines.find((line) => line.includes("\t防汛应急抢险车辆更新购置\t"))?.split("\t");
    expect(vehicle?.[0]).toBe("");
    expect(vehicle).toContain("24.00");
  });

  it("reads a .docx or a web page saved under a .doc name as what it is", async () => {
    const docx = fileURLToPath(new URL("../../fixtures/unseen/linlan-jtj-2025-yusuan.docx", import.meta.url));
    const asDoc = await readDocument("renamed.doc", await readFile(docx));
    expect(asDoc.format).toBe("docx");
    const page = Buffer.from(
      "<html><body><p>某局2025年部门预算</p><p>收入合计100.00万元。</p></body></html>",
    );
    expect((await readDocument("page.doc", page)).format).toBe("html");
  });

  it("refuses a file that is no Word document with a clear error", async () => {
    await expect(readDocument("budget.doc", Buffer.from("not a Word file at all"))).rejects.toThrow(
      /budget\.doc: not a Word 97–2003 document/,
    );
    const truncated = bytes.subarray(0, 4096);
    await expect(readDocument("cut.doc", truncated)).rejects.toMatchObject({ code: "UNREADABLE_FILE" });
  });

  it("refuses a password-protected document (the FIB's fEncrypted flag) with a clear error", async () => {
    const container = CFB.read(bytes, { type: "buffer" });
    const entry = CFB.find(container, "WordDocument")!;
    const stream = Buffer.from(entry.content);
    stream.writeUInt16LE(stream.readUInt16LE(0x0a) | 0x0100, 0x0a);
    entry.content = stream;
    const locked = Buffer.from(CFB.write(container, { type: "buffer" }) as Uint8Array);
    await expect(readDocument("locked.doc", locked)).rejects.toMatchObject({
      code: "UNREADABLE_FILE",
      message: expect.stringMatching(/locked\.doc: the Word document is password-protected/),
    });
  });
});
