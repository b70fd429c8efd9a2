import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-md3/NOTES.md): 宜春市生态环境局's 2025年部门预算 as a
 * PDF-to-Markdown tool leaves it. Read off the .md file itself:
 * - 表3 部门支出总表, one line of HTML: "<td>211</td><td>节能环保支出</td><td>6496.32</td>", its 款
 *   "21101 环境保护管理事务 2160.02", "21102 环境监测与监察 2173.30", "21103 污染防治 1331.00" (the planted
 *   slip), "21104 自然生态保护 110.00", "21105 … 740.00"; under 21103 "2110301 大气 520.00", "水体 472.00",
 *   "96.00", "150.00", "75.00" (adding to 1313.00; 6496.32 − 2160.02 − 2173.30 − 110.00 − 740.00 = 1313.00).
 * - 表5 一般公共预算支出表 (2024年预算数 first): "<td>2080505</td><td>机关事业单位基本养老保险缴</td><td>费支出
 *   255.12</td><td>262.48</td>" (the name's end run into the next cell), "2080502 事业单位离退休 20.10 21.35".
 * - the narrative: "…比2024年预算数20.10万元增加1.25万元，增长$6.22\%$"; "其他收入30.00万元，占0.41\%";
 *   "上年事业收入预算80.00万元，其他收入预算25.00万元。"
 * - line 203: "…主要原因是按规定更新1辆已达报废年限的执法执勤用车；公务用车运行维护费33.40万元，比上年减少
 *   9.20万元，下降21.60%，…".
 * - 人员情况表 (line 97, HTML): "序号 | 单位名称 | 单位性质 | 编制数（名） | 实有人数（人）", "3 | 宜春市生态环境监测中心 |
 *   公益一类事业单位 | 48 | 45".
 */
async function parse(path: string) {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const read = await readDocument(file, await readFile(file));
  return { read, parsed: parseDocument({ docId: "yichun", file: path, hash: "test", text: read.text }) };
}
const { read, parsed } = await parse("./fixtures/unseen/yichun-sthjj-2025-yusuan.md");
const cell = (table: string, code: string, column: string) =>
  parsed.facts.find((f) => f.table === table && f.rowCode === code && f.column === column)?.value;

describe("a Markdown file a PDF converter wrote, its tables as one-line HTML", () => {
  it("reads each HTML table row as a row, its spans filled", () => {
    expect(cell("03", "2110301", "合计")).toBe("520.00");
    expect(cell("03", "211", "合计")).toBe("6496.32");
    expect(cell("05", "2080502", "2024年预算数")).toBe("20.10");
    expect(cell("05", "2080502", "2025年预算数 / 小计")).toBe("21.35");
  });

  it("gives a name's end run into the amount's cell back to the name", () => {
    const row = parsed.facts.find(
      (f) => f.table === "05" && f.rowCode === "2080505" && f.column === "2024年预算数",
    );
    expect(row?.row).toBe("机关事业单位基本养老保险缴费支出");
    expect(row?.value).toBe("255.12");
  });

  it("writes LaTeX percentages plainly and drops the pictures", () => {
    expect(read.text).toContain("增长6.22%");
    expect(read.text).toContain("占0.41%");
    expect(read.text).not.toContain("![](");
  });

  it("reads figures listed after a clause of last year's as last year's", () => {
    const lastYear = parsed.facts
      .filter((f) => !f.table && f.period === 2024 && (f.metric === "事业收入" || f.metric === "其他收入"))
      .map((f) => [f.metric, f.value]);
    expect(lastYear).toEqual([
      ["事业收入", "80"],
      ["其他收入", "25"],
    ]);
  });

  it("singles out the one misprinted subtotal: its items and the class above both give another value", () => {
    const misprints = parsed.info.warnings.filter((w) => w.code === "misprint");
    expect(misprints).toHaveLength(1);
    expect(misprints[0]!.message).toContain("1331.00");
    expect(misprints[0]!.message).toContain("6496.32");
    expect(misprints[0]!.message).toMatch(/都为1313$/);
  });

  it("reads a table of the bodies' staff as counts of people, row by row", () => {
    const centre = parsed.facts.filter((f) => f.row === "宜春市生态环境监测中心" && f.measure === "人");
    expect(centre.map((f) => [f.column, f.value])).toEqual([
      ["编制数（名）", "48"],
      ["实有人数（人）", "45"],
    ]);
  });

  it("reads a figure named right after a reason that ends with '；'", () => {
    const running = parsed.facts
      .filter((f) => !f.table && f.metric === "公务用车运行维护费" && !f.period)
      .map((f) => [f.column, f.value]);
    expect(running).toEqual([
      ["年初预算数", "33.4"],
      ["比上年增减额", "-9.2"],
      ["比上年增减率", "-21.6"],
    ]);
  });
});
