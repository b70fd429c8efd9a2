import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Final accounts written for these tests (eval/gold/unseen-pdf10/NOTES.md): 施秉县住房和城乡建设局
 * 2024年度部门决算, its table pages portrait pages stored with /Rotate 90 (one 270), drawn sideways, and
 * its narrative set one glyph at a time. Read off the rendered page 18 (`pdftoppm -r 60`, upright and
 * landscape in the viewer): 一般公共预算财政拨款支出决算表（续表）, 附表5, 单位：元, columns 年初预算数 | 决算数
 * (合计 | 基本支出 | 项目支出); "2210105 农村危房改造 | 2,000,000.00 | 2,365,800.00 | | 2,365,800.00",
 * "2210108 老旧小区改造 | 3,000,000.00 | 3,120,000.00 | | 3,120,000.00".
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/shibing-zjj-2024-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "shibing-zjj-2024-juesuan",
  file: "ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});

describe("an unseen county bureau's final accounts on rotated pages: 施秉县住房和城乡建设局 2024年度部门决算", () => {
  it("reads a continued table on a rotated page by position, its cells in 元 as printed", () => {
    const cells = (code: string) =>
      doc.facts
        .filter((f) => f.table === "05" && f.rowCode === code)
        .map((f) => [f.column, f.printed?.value, f.printed?.unit]);
    expect(cells("2210105")).toEqual([
      ["年初预算数", "2000000.00", "元"],
      ["决算数 / 合计", "2365800.00", "元"],
      ["决算数 / 项目支出", "2365800.00", "元"],
    ]);
    expect(cells("2210108")).toEqual([
      ["年初预算数", "3000000.00", "元"],
      ["决算数 / 合计", "3120000.00", "元"],
      ["决算数 / 项目支出", "3120000.00", "元"],
    ]);
  });

  it("finds the document's year, kind and unit on its portrait cover", () => {
    expect([doc.info.unit, doc.info.year, doc.info.kind]).toEqual(["施秉县住房和城乡建设局", 2024, "决算"]);
  });
});
