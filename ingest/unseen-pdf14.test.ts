import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";
import { deriveAliases } from "./units/derive-aliases.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf14/NOTES.md): a 贵州 township government's
 * 2024年度部门决算 printed by Chromium, its table pages landscape (two stored portrait with /Rotate 90)
 * and its 一般公共预算财政拨款支出决算表 printed the way a spreadsheet prints a table wider than the
 * paper: codes, names, 年初预算数 and 调整预算数 on one page, the names again with 决算数 on the next.
 * Read off the rendered pages (`pdftoppm -r 70`):
 * - cover: "预算单位：惠水县青杠坝镇人民政府（本级）".
 * - page 6 (/Rotate 90), 公开表2 收入决算表: "合计 | 2233.69 | 2221.19 | … | 12.50"; "21305 | 巩固脱贫攻坚成果衔接
 *   乡村振兴 | 223.20 | 210.70 | … | 12.50".
 * - page 10, 公开表5 (left): "2010350 | 事业运行 | 230.50 | 230.50 | | 238.16 | 238.16"; "合计 | 1788.86 | … | 2095.74".
 * - page 11, 公开表5 (right): "合计 | 2073.19 | 1259.69 | 813.50 | 98.92"; "事业运行 | 238.16 | 238.16 | | 100.00".
 * - page 12 (left): "2130104 | 事业运行 | 92.80 | 92.80 | | 96.30 | 96.30"; "213 | 农林水支出 | 511.06 | … | 678.30".
 * - page 13 (right): "农林水支出 | 664.70 | 96.30 | 568.40 | 97.99"; "事业运行 | 96.30 | 96.30 | | 100.00".
 * The document's two planted errors (公开表6 row 302 printed 174.25, its items add to 174.52; the narrative's
 * 241.56 for the table's 214.56) are the only checks that fail.
 */
const path = "./fixtures/unseen/qinggangba-zhen-2024-juesuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "town",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const table05 = parsed.facts.filter((f) => f.table === "05");
const cell = (code: string, column: string) =>
  table05.find((f) => f.rowCode === code && f.column.endsWith(column))?.value;

describe("a table printed with its columns across two pages", () => {
  it("gives the second page's rows the first page's codes, row by row", () => {
    // Two rows named 事业运行 under different classes: each spent figure under its own code.
    expect(cell("2010350", "决算数 / 小计")).toBe("238.16");
    expect(cell("2130104", "决算数 / 小计")).toBe("96.30");
    expect(cell("213", "决算数 / 小计")).toBe("664.70");
    expect(cell("213", "调整预算数 / 小计")).toBe("678.30");
  });

  it("reads the adjusted budget as the full-year budget, beside the year-start one", () => {
    const total = table05.filter((f) => f.row === "合计" && /小计$/.test(f.column));
    expect(total.find((f) => f.basis === "年初预算")?.value).toBe("1788.86");
    expect(total.find((f) => f.basis === "全年预算")?.value).toBe("2095.74");
    expect(total.find((f) => f.basis === "决算")?.value).toBe("2073.19");
  });

  it("cites each figure on the page that prints it", () => {
    const spent = table05.find((f) => f.rowCode === "213" && f.column.endsWith("决算数 / 小计"));
    const budgeted = table05.find((f) => f.rowCode === "213" && f.column.endsWith("调整预算数 / 小计"));
    expect(spent?.source.page).toBe(13);
    expect(budgeted?.source.page).toBe(12);
  });

  it("adds up across its pages: only the planted errors fail", () => {
    const { checks } = parsed.info.report!;
    expect(checks.total - checks.passed).toBe(4);
    expect(checks.failed.map((c) => c.kind).sort()).toEqual(
      ["basic_spending", "stated_rate", "subject_hierarchy", "table_text"].sort(),
    );
    expect(checks.failed.find((c) => c.kind === "subject_hierarchy")?.message).toContain("174.25");
  });
});

describe("a page stored rotated", () => {
  it("is read as the landscape page it displays", () => {
    const income = parsed.facts.filter((f) => f.table === "02");
    expect(income.find((f) => f.row === "合计" && /合计$/.test(f.column))?.value).toBe("2233.69");
    expect(income.find((f) => f.rowCode === "21305" && /其他收入$/.test(f.column))?.value).toBe("12.50");
  });
});

describe("a township government named with its own level", () => {
  it("keeps the qualified name and goes by the town's names", () => {
    expect(parsed.info.unit).toBe("惠水县青杠坝镇人民政府（本级）");
    const aliases = deriveAliases(parsed.info.unit);
    expect(aliases).toEqual(expect.arrayContaining(["青杠坝镇", "青杠坝镇政府", "惠水县青杠坝镇人民政府"]));
  });
});
