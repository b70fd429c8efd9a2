import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf11/NOTES.md): 弥渡县卫生健康局's 2024年度部门决算
 * as a scanned paper document made searchable by OCR: every page an image, an invisible text layer
 * placed word by word, no vector rulings. Read off the rendered pages (`pdftoppm -r 100`):
 * - page 11 (printed "— 10 —"), 表6 一般公共预算财政拨款基本支出决算表 (元), two blocks side by side:
 *   "30107 | 绩效工资 | 11,024,415.36 | 30206 | 电费 | 312,460.88", "301 | 工资福利支出 | 35,053,426.04 | 302 |
 *   商品和服务支出 | 2,891,195.95".
 * - page 7 (printed "— 6 —"), 表3 支出决算表 (万元): "210 卫生健康支出 8412.61", "21001 … 414.10", "21003 …
 *   2364.93", "21004 公共卫生 4376.42 | 2712.75 | 2023.67" (the planted slip: its items 733.37 + 221.66 +
 *   2113.22 + 1268.75 + 356.82 + 42.60 add to 4736.42), "21007 … 624.38", "21011 … 272.78"; "2080505 |
 *   机关事业单位基本养老保险缴费支 / 出 | 598.72" (the name wrapped in a tall cell, the figures in its middle).
 * - page 5 ("— 4 —"), 表1 收入支出决算总表 under "收入 | 支出" titles, each block "项目 | 行次 | 决算数": "本年支出合计
 *   | 25 | 9665.43", "年末结转和结余 | 27 | 118.15".
 * - page 16: "主要用于接待上级部门业务督导检查等，国内公务接待28批次，共计196人次（其中：陪同人员64人次）".
 * - page 12 ("— 11 —"), 表7 政府性基金预算财政拨款收入支出决算表: a header of tall cells ("年初结转和结 / 余"
 *   wrapped in its cell, "本年收入", "年末结转和结 / 余") beside "本年支出" over "小计 | 基本支出 | 项目支出"; the row
 *   "22960 | 彩票公益金安排的支出 | 0.00 | 86.40 | 82.15 | | 82.15 | 4.25".
 * - page 10 ("— 9 —"), 表5 一般公共预算财政拨款支出决算表: "年初预算数" beside "决算数" over "合计 | 基本支出 | 项目
 *   支出"; "合计 | 6502.00 | 6870.41 | 3860.10 | 3010.31".
 * - page 4, at its top with neither title nor unit: "单位名称 | 单位性质 | 编制数（人） | 实有人数（人）",
 *   "弥渡县妇幼保健院 | 公益二类 | 58 | 54", "合计 | | 181 | 168".
 */
const path = "./fixtures/unseen/midu-wjj-2024-juesuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "midu",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const cell = (table: string, code: string) =>
  parsed.facts.find((f) => f.table === table && f.rowCode === code && /决算数$/.test(f.column));

describe("a scanned final account made searchable by OCR", () => {
  it("keeps an amount and the next block's code apart, though no ruling separates them", () => {
    expect(cell("06", "30107")).toMatchObject({ row: "绩效工资", value: "1102.441536" });
    expect(cell("06", "30206")).toMatchObject({ row: "电费", value: "31.246088" });
    expect(cell("06", "301")?.value).toBe("3505.342604");
  });

  it("singles out the misprinted 款 total: its items and the class above both give another value", () => {
    const misprints = parsed.info.warnings.filter((w) => w.code === "misprint");
    expect(misprints.map((w) => w.message)).toEqual([
      expect.stringMatching(/公共卫生.*4376\.42.*8412\.61.*都为4736\.42$/),
    ]);
  });

  it("joins a name wrapped above and below its row's figures", () => {
    const rows = parsed.facts.filter(
      (f) => f.table === "03" && f.rowCode === "2080505" && f.column === "本年支出合计",
    );
    expect(rows.map((f) => [f.row, f.value])).toEqual([["机关事业单位基本养老保险缴费支出", "598.72"]]);
  });

  it("makes no column of a title centred over a block, so the row number column stays apart", () => {
    const total = parsed.facts.find((f) => f.table === "01" && f.row === "本年支出合计");
    expect(total?.value).toBe("9665.43");
  });

  it("reads counts stated after what the money was for", () => {
    const counts = parsed.facts.filter(
      (f) => !f.table && f.metric === "公务接待费" && f.column.startsWith("数量"),
    );
    expect(counts.map((f) => [f.column, f.value, f.measure])).toEqual(
      expect.arrayContaining([
        ["数量", "28", "批次"],
        ["数量", "196", "人次"],
      ]),
    );
  });

  it("reads the bodies' staff table printed with neither title nor unit, as counts of people", () => {
    const hospital = parsed.facts.filter((f) => f.row === "弥渡县妇幼保健院" && f.measure === "人");
    expect(hospital.map((f) => f.value)).toEqual(["58", "54"]);
  });
});

describe("a header read line by line where the scan's words sit at uneven heights", () => {
  const row = (table: string, code: string) =>
    Object.fromEntries(
      parsed.facts.filter((f) => f.table === table && f.rowCode === code).map((f) => [f.column, f.value]),
    );

  it("joins a label wrapped in its cell and puts the group's title over its own columns only", () => {
    expect(row("07", "22960")).toEqual({
      年初结转和结余: "0.00",
      本年收入: "86.40",
      "本年支出 / 小计": "82.15",
      "本年支出 / 项目支出": "82.15",
      年末结转和结余: "4.25",
    });
  });

  it("keeps a tall label beside a group apart from the group's columns", () => {
    const total = parsed.facts.filter((f) => f.table === "05" && f.row === "合计");
    expect(total.map((f) => [f.column, f.value])).toEqual(
      expect.arrayContaining([
        ["年初预算数", "6502.00"],
        ["决算数 / 合计", "6870.41"],
        ["决算数 / 项目支出", "3010.31"],
      ]),
    );
  });
});
