import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { metricsOfFact } from "./domain/metrics.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests as a Word document (eval/gold/unseen-docx3/NOTES.md): 重庆市璧山区
 * 退役军人事务局 2025年部门预算, written by python-docx. Read off the pages LibreOffice renders of it
 * (`soffice --convert-to pdf`, `pdftoppm -r 80`, footer "— N —" = PDF page N):
 * - pages 5–8: the headings of 第二部分 as Word numbers them ("一、" … "十、" come from numbering.xml,
 *   numId 90, chineseCounting "%1、"; their paragraphs hold only the words): 一、收支预算总体情况 … 十、预算绩效
 *   目标设置情况; page 8 under "五、“三公”经费预算情况": "公务接待费2.15万元，比2024年预算减少0.25万元";
 * - page 16, 表4 一般公共预算“三公”经费支出表 (单位：元): 3．公务接待费 24,000 | 21,500; 合计 110,000 | 99,500;
 *   2024年预算数 column 110,000 0 86,000 0 86,000 24,000;
 * - pages 3–4: "1．璧山区退役军人事务局（本级）：… 核定行政编制15名，实有人数14人", 2．服务中心 12/11,
 *   3．军队离退休干部休养所 8/7, 4．光荣院 6/6, 5．烈士陵园管理所 5/4; "（三）人员情况。… 本部门核定编制46名，
 *   其中行政编制15名、事业编制31名；实有在职人员42人；离退休人员19人";
 * - page 6, 三（二）: "2．伤残抚恤（2080802）2025年预算1,381.26万元，比2024年预算1,245.80万元增加72.46万元"
 *   against page 12, 表2 row 2080802 合计 1,318.26 (planted slip 2); page 14, 表3 "302 商品和服务支出"
 *   合计 112.47, 公用经费 121.47, its items adding to 121.47, 合计 row 1239.34 (planted slip 1);
 * - two fund scopes: page 5 一 "基本支出1,275.34万元，项目支出5,709.05万元" (all funds) and 三（一）
 *   "基本支出1,239.34万元 … 项目支出5,696.55万元" (一般公共预算); page 8 十: "涉及项目支出预算5,696.55万元".
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "bishan-tyjrswj-2025-yusuan",
  file: "ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx",
  hash: "test",
  text: read.text,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Chongqing district bureau's budget as a Word document: 重庆市璧山区退役军人事务局 2025年部门预算", () => {
  it("headings numbered by Word's list numbering are read with their numbers, and sections follow them", () => {
    const lines = read.text.split("\n");
    const headings = [
      "一、收支预算总体情况",
      "二、财政拨款收支预算情况",
      "三、一般公共预算财政拨款支出预算情况",
      "四、一般公共预算财政拨款基本支出预算情况",
      "五、“三公”经费预算情况",
      "六、政府性基金预算支出情况",
      "七、机关运行经费情况",
      "八、政府采购预算情况",
      "九、国有资产占用情况",
      "十、预算绩效目标设置情况",
    ];
    expect(headings.filter((heading) => !lines.includes(heading))).toEqual([]);
    const reception = doc.facts.find((f) => !f.table && f.row === "公务接待费" && f.value === "2.15");
    expect(reception?.source.section).toContain("五、“三公”经费预算情况");
  });

  it("the 三公 table in 元 is read in 万元 with its printed figures, by item and year", () => {
    const cell = (row: string, column: string) =>
      doc.facts.find((f) => f.tableLabel === "表4" && f.row === row && f.column === column);
    const reception = cell("公务接待费", "2025年预算数");
    expect([reception?.value, reception?.measure, reception?.printed?.value]).toEqual([
      "2.15",
      "万元",
      "21500",
    ]);
    expect(reception && metricsOfFact(reception)).toContain("公务接待费");
    const total = cell("合计", "2025年预算数");
    expect([total?.value, total?.printed?.value]).toEqual(["9.95", "99500"]);
    expect(total && metricsOfFact(total)).toContain("三公经费");
    const lastYear = doc.facts.filter((f) => f.tableLabel === "表4" && f.column === "2024年预算数");
    expect(lastYear.map((f) => [f.printed?.value, f.period])).toEqual([
      ["110000", 2024],
      ["0", 2024],
      ["86000", 2024],
      ["0", 2024],
      ["86000", 2024],
      ["24000", 2024],
    ]);
  });

  it("the numbered list of bodies gives the subordinates and each body's staff, apart from the department's", () => {
    expect(doc.info.relations.map((r) => r.child)).toEqual([
      "璧山区退役军人服务中心",
      "璧山区军队离退休干部休养所",
      "璧山区光荣院",
      "璧山区烈士陵园管理所",
    ]);
    const bodies = doc.facts.filter((f) => f.table === "bodies");
    expect(bodies.map((f) => [f.row, f.column, f.value, f.measure])).toEqual(
      [
        ["璧山区退役军人事务局（本级）", "15", "14"],
        ["璧山区退役军人服务中心", "12", "11"],
        ["璧山区军队离退休干部休养所", "8", "7"],
        ["璧山区光荣院", "6", "6"],
        ["璧山区烈士陵园管理所", "5", "4"],
      ].flatMap(([row, posts, staff]) => [
        [row, "编制数", posts, "人"],
        [row, "在职人数", staff, "人"],
      ]),
    );
    expect(doc.facts.filter((f) => !f.table && f.metric === "编制数").map((f) => f.value)).toEqual(["46"]);
    const counts = new Set(bodies.map((f) => f.value));
    const narrative = doc.facts.filter((f) => !f.table && f.measure === "人");
    expect(narrative.filter((f) => counts.has(f.value)).map((f) => f.source.excerpt)).toEqual([]);
  });

  it("a numbered list's subject line is that row's narrative figure, so the checks fail only on the planted slips", () => {
    const stated = doc.facts.filter((f) => !f.table && f.rowCode === "2080802");
    expect(stated.map((f) => [f.row, f.value])).toContainEqual(["伤残抚恤", "1381.26"]);
    expect(stated[0]?.source.section).toContain("三、一般公共预算财政拨款支出预算情况");
    // Slip 2, the narrative's 1,381.26 against 表2's 1,318.26; slip 1, 表3's 302 合计 112.47 where its
    // items and its 公用经费 say 121.47, echoed by the 合计 row (1239.34) and the row's 公用经费 column.
    expect(failed).toHaveLength(4);
    const patterns = [
      /2080802.*1318\.26.*1381\.26/,
      /「302 商品和服务支出」.*112\.47.*121\.47/,
      /「合计」.*1239\.34.*112\.47/,
      /「商品和服务支出」.*112\.47.*121\.47/,
    ];
    expect(patterns.map((pattern) => failed.filter((message) => pattern.test(message)).length)).toEqual([
      1, 1, 1, 1,
    ]);
    expect(failed.filter((message) => /前后不一致/.test(message))).toEqual([]);
  });
});
