import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Three documents written for these tests, each in a format county portals publish and nothing read
 * before this session (eval/gold/unseen-mht, unseen-wps, unseen-et: NOTES.md):
 * - tongshan-sfj-2025-yusuan.mht: a county justice bureau's 2025 budget saved by Word as "单个文件网页",
 *   its page GBK-encoded and quoted-printable. Rendered by Chromium, page 9 (表5 2025年一般公共预算支出表):
 *   "2040605 普法宣传 26.00 | | 26.00", "2040650 事业运行 48.62 | 48.62", "20406 司法 887.40".
 * - rongxi-zjj-2024-juesuan.wps: a county housing bureau's 2024 final accounts as WPS Office writes
 *   .wps (the Word 97 binary). Rendered by LibreOffice, page 17 (政府性基金预算财政拨款收入支出决算表, 公开07表):
 *   "212 08 03 城市建设支出 | 120.00 | 3180.00 | 3260.00 | | 3260.00 |".
 * - juancheng-wjj-2025-yusuan.et: a county health bureau's 2025 budget as WPS Office writes .et (the
 *   Excel 97 binary), one table a sheet and a hidden sheet of draft figures. Rendered by LibreOffice,
 *   page 14 (2025年政府性基金预算支出表): "2296002 用于社会福利的彩票公益金支出 30.00 | | 30.00".
 */
const parsedOf = async (path: string) => {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const read = await readDocument(file, await readFile(file));
  return { read, parsed: parseDocument({ docId: "doc", file: path, hash: "test", text: read.text }) };
};

describe("a Word document saved as a single-file web page (.mht)", async () => {
  const { read, parsed } = await parsedOf("./fixtures/unseen/tongshan-sfj-2025-yusuan.mht");

  it("is read as a web archive, its quoted-printable GBK page decoded", () => {
    expect(read.format).toBe("mhtml");
    expect(parsed.info.unit).toBe("通山县司法局");
    expect(parsed.info.year).toBe(2025);
  });

  it("gives the general budget table's rows their printed figures", () => {
    const general = parsed.facts.filter((f) => f.table === "05" && !f.period);
    expect(general.find((f) => f.rowCode === "2040605" && /合计/.test(f.column))?.value).toBe("26.00");
    expect(general.find((f) => f.rowCode === "2040650" && /合计/.test(f.column))?.value).toBe("48.62");
    expect(general.find((f) => f.rowCode === "20406" && /合计/.test(f.column))?.value).toBe("887.40");
  });

  it("names its one subordinate body, not the bureau under its second nameplate nor a clause about the body", () => {
    expect(parsed.info.relations.map((r) => r.child)).toEqual(["通山县公证处"]);
  });
});

describe("a WPS Office document (.wps)", async () => {
  const { read, parsed } = await parsedOf("./fixtures/unseen/rongxi-zjj-2024-juesuan.wps");

  it("is read as the Word binary it is", () => {
    expect(read.format).toBe("doc");
    expect(parsed.info.unit).toBe("蓉溪县住房和城乡建设局");
  });

  it("reads the fund table's carry-in and spending of a row", () => {
    const row = parsed.facts.filter((f) => f.table === "07" && f.rowCode === "2120803");
    expect(row.find((f) => /年初结转/.test(f.column))?.value).toBe("120.00");
    expect(row.find((f) => /本年支出 \/ (?:小计|合计)$/.test(f.column))?.value).toBe("3260.00");
  });
});

describe("a WPS Office workbook (.et)", async () => {
  const { read, parsed } = await parsedOf("./fixtures/unseen/juancheng-wjj-2025-yusuan.et");

  it("is read as the Excel binary it is, its hidden sheet of draft figures left out", () => {
    expect(read.format).toBe("xls");
    expect(read.text).not.toContain("底稿");
  });

  it("reads a fund's spending row", () => {
    const row = parsed.facts.filter((f) => f.rowCode === "2296002" && /合计/.test(f.column) && f.table);
    expect(row.map((f) => f.value)).toContain("30.00");
  });
});
