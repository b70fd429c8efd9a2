import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A final account written for these tests and printed to PDF by Chromium (eval/gold/unseen-pdf4/NOTES.md):
 * 嵩阳县市场监督管理局 2024年度部门决算 in the national template, its tables labelled 公开01表–公开09表 in the
 * page's corner, 行次 and 栏次 columns, amounts in 元 on landscape pages. Read off the rendered pages:
 * - page 10, 公开03表: 20805 行政事业单位养老支出 本年支出合计 4,394,263.84 where its 基本支出 and its 项 give
 *   4,349,263.84 — its writer's planted slip;
 * - page 8, 公开02表: 合计 32,493,685.27 = 财政拨款收入 31,605,566.35 + 事业收入 864,500.00 + 其他收入 23,618.92,
 *   the 栏次 row "1 2 3 4 5 6 7" under the header;
 * - page 14, 公开05表: 合计 基本支出 23,521,382.45;
 * - page 21: "住房保障支出（类）125.77万元" in the class list of the general budget's spending, where 公开05表
 *   (page 15) prints 221 住房保障支出 1,527,662.40 — the writer's other planted slip.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/songyang-scjgj-2024-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE);
const doc = parseDocument({
  docId: "songyang-scjgj-2024-juesuan",
  file: "ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf",
  hash: "test",
  text: read.text,
  ...(read.sources ? { sources: read.sources } : {}),
});

describe("an unseen Henan county final account in the national template: 嵩阳县市场监督管理局 2024年度部门决算", () => {
  it("places its nine tables by their titles, each with the label in its corner", () => {
    const placed = doc.tables.filter((t) => t.template).map((t) => t.label);
    expect(placed).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"].map((n) => `公开${n}表`));
  });

  it("finds exactly its two planted errors: the table slip and the narrative's class figure", () => {
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    const tableSlip = (message: string) => /行政事业单位养老支出|社会保障和就业支出/.test(message);
    // Page 21: "住房保障支出（类）125.77万元" where 公开05表 (page 15) prints 221 1,527,662.40.
    const textSlip = (message: string) => /住房保障支出.*152\.76624.*125\.77/.test(message);
    expect(failed.some(tableSlip)).toBe(true);
    expect(failed.some(textSlip)).toBe(true);
    expect(failed.filter((message) => !tableSlip(message) && !textSlip(message))).toEqual([]);
  });

  it("reads the 栏次 row as no figures and the income table's sources in 元 (page 8)", () => {
    const income = (column: string) =>
      doc.facts.find((f) => f.table === "02" && f.row === "合计" && f.column === column)?.value;
    expect(income("本年收入合计")).toBe("3249.368527");
    expect(income("事业收入")).toBe("86.45");
    expect(income("其他收入")).toBe("2.361892");
    expect(doc.facts.some((f) => f.table === "02" && /栏次/.test(f.row))).toBe(false);
  });
});
