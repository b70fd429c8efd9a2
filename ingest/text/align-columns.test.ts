import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignColumns, looksSpaceAligned } from "./align-columns.js";

/** Lines as `pdftotext -layout` prints them (putuo-sfj-2026-bumen-yusuan.pdf p. 21, p. 10). */
const SANGONG = [
  "                                 “三公”经费预算数",
  "                                                                             机关运行经费预算",
  "                                                 公务用车购置及运行费",
  "                                                                                 数",
  "   合计           因公出国(境)费       公务接待费",
  "                                          小计          购置费       运行费",
  "        10.81              0       0.83        9.98         0         9.98        217.83",
];

describe("alignColumns：空格对齐的表切成定位单元格", () => {
  it("p.21 “三公”经费表：三层表头按位置归到各列，跨行的“机关运行经费预算/数”合成一个", () => {
    const rows = alignColumns(SANGONG);
    const header = rows.slice(0, -1).map((r) => r.cells);
    expect(header).toEqual([
      Array(6).fill("“三公”经费预算数").concat("机关运行经费预算数"),
      ["合计", "因公出国(境)费", "公务接待费", ...Array(3).fill("公务用车购置及运行费"), ""],
      ["", "", "", "小计", "购置费", "运行费", ""],
    ]);
    expect(rows.at(-1)?.cells).toEqual(["10.81", "0", "0.83", "9.98", "0", "9.98", "217.83"]);
  });

  it("p.10 左右两栏：金额后只隔一个空格的支出项目也分开；空格子留空", () => {
    const rows = alignColumns([
      "一、财政拨款收入                  96,282,213.44 一、公共安全支出                87,267,272.44",
      "3. 国有资本经营预算                        0.00 四、住房保障支出                 4,521,559.00",
      "二、事业收入                             0.00",
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ["一、财政拨款收入", "96,282,213.44", "一、公共安全支出", "87,267,272.44"],
      ["3. 国有资本经营预算", "0.00", "四、住房保障支出", "4,521,559.00"],
      ["二、事业收入", "0.00", "", ""],
    ]);
  });

  it("科目编码与名称粘连时拆开（上海部门决算模板第16页文字层：“30206    电费”“30207邮电费”）", () => {
    const rows = alignColumns(["30206    电费", "30207邮电费"]);
    expect(rows.map((r) => r.cells)).toEqual([
      ["30206", "电费"],
      ["30207", "邮电费"],
    ]);
  });

  it("looksSpaceAligned：制表符版式和逐格一行版式都不是空格对齐", () => {
    expect(looksSpaceAligned(SANGONG)).toBe(true);
    expect(looksSpaceAligned(["项目\t行次\t金额", "一、一般公共预算财政拨款收入\t1\t5,487.18"])).toBe(false);
    expect(looksSpaceAligned(["\t收入", "\t支出", "", "\t项目"])).toBe(false);
  });
});

/**
 * A word processor's "save as text" (ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, written for
 * the tests): columns lined up by display width, a CJK character two columns wide, so a short name
 * ("奖金") puts its amounts further right in characters than a long one.
 */
const BASIC = [
  "科目编码  科目名称                            合计    人员经费    公用经费",
  "          合计                             6482.18     6088.58      393.60",
  "301       工资福利支出                     6003.02     6003.02",
  "30101     基本工资                         1386.52     1386.52",
  "30102     津贴补贴                          842.36      842.36",
  "30103     奖金                              126.40      126.40",
  "30107     绩效工资                          908.55      908.55",
];
const INCOME = [
  "科目编码  科目名称                                  合计  一般公共预  政府性基  国有资本经  财政专户管理    事业收入  上年结转  其他收入",
  "                                                              算拨款    金拨款  营预算拨款    的非税收入",
  "208       社会保障和就业支出                    1,047.26    1,047.26",
  "20805     行政事业单位养老支出                  1,047.26    1,047.26",
  "2080505   机关事业单位基本养老保险缴费支出      1,047.26    1,047.26",
  "210       卫生健康支出                         11,971.43   10,735.03                               86.40    1,150.00",
  "21001     卫生健康管理事务                        701.72      701.72",
];
const FUNCTIONS = [
  "            科    目                        一般公共预算支出",
  "编码      名称                                    合计    基本支出    项目支出",
  "栏次                                                 1           2           3",
  "          合计                                12484.84     6482.18     6002.66",
  "208       社会保障和就业支出                   1047.26     1047.26",
];
const THREE_PUBLIC = [
  "                                          公务用车购置及运行费",
  "项    目            合计  因公出国（境）费      小计  公务用车购置费  公务用车运行费    公务接待费",
  "2024年预算数       28.75              0.00     21.05            0.00           21.05          7.70",
  "2025年预算数       38.46              0.00     32.16           16.00           16.16          6.30",
];

describe("alignColumns: a text export lined up by display width", () => {
  it("reads each amount under its column whatever the name's length (表六 lines 238–244)", () => {
    const rows = alignColumns(BASIC).map((r) => r.cells);
    expect(rows[0]).toEqual(["科目编码", "科目名称", "合计", "人员经费", "公用经费"]);
    expect(rows.find((r) => r[0] === "30103")).toEqual(["30103", "奖金", "126.40", "126.40", ""]);
    expect(rows.find((r) => r[0] === "30107")).toEqual(["30107", "绩效工资", "908.55", "908.55", ""]);
  });

  it("joins a label broken over two lines and leaves empty cells empty (表二 lines 131–137)", () => {
    const rows = alignColumns(INCOME).map((r) => r.cells);
    expect(rows[0].slice(2, 4)).toEqual(["合计", "一般公共预算拨款"]);
    expect(rows.find((r) => r[0] === "210")?.slice(2)).toEqual([
      "11,971.43",
      "10,735.03",
      "",
      "",
      "86.40",
      "1,150.00",
      "",
      "",
    ]);
  });

  it("reads “项    目” as one label; the group label heads the columns named after it (表七 lines 258–261)", () => {
    const rows = alignColumns(THREE_PUBLIC).map((r) => r.cells);
    const paths = rows[1].map((leaf, c) => [rows[0][c], leaf].filter(Boolean).join(" / "));
    expect(paths.slice(1)).toEqual([
      "合计",
      "因公出国（境）费",
      "公务用车购置及运行费 / 小计",
      "公务用车购置及运行费 / 公务用车购置费",
      "公务用车购置及运行费 / 公务用车运行费",
      "公务接待费",
    ]);
    expect(rows.at(-1)).toEqual(["2025年预算数", "38.46", "0.00", "32.16", "16.00", "16.16", "6.30"]);
    expect(rows.some((r) => r[0] === "项目")).toBe(true);
  });

  it("passes a 栏次 row on as a row of its own, so the header ends above it (表五 lines 180–184)", () => {
    const rows = alignColumns(FUNCTIONS).map((r) => r.cells);
    expect(rows.some((r) => r[0] === "栏次")).toBe(true);
    expect(rows.every((r) => r.every((cell) => !/ \/ 1$/.test(cell)))).toBe(true);
  });

  it("左右两栏的收支总表（西乌旗 表1，第153–183行）：字距拉开的“收  入  总  计”是一个名称，支出科目落在名称栏", () => {
    const file = new URL("../fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt", import.meta.url);
    const lines = readFileSync(file, "utf8").split("\n").slice(152, 183);
    const rows = alignColumns(lines).map((r) => r.cells);
    expect(rows.slice(0, 2)).toEqual([
      ["收入", "收入", "支出", "支出"],
      ["项目", "预算数", "项目", "预算数"],
    ]);
    // Lines 157, 162 and 183 as printed: a blank income amount, an expense amount, the totals.
    expect(rows).toContainEqual(["三、国有资本经营预算拨款收入", "", "三、国防支出", ""]);
    expect(rows).toContainEqual(["八、附属单位上缴收入", "", "八、社会保障和就业支出", "137.35"]);
    expect(rows.at(-1)).toEqual(["收入总计", "3141.84", "支出总计", "3141.84"]);
  });

  it("编码栏（208 / 20805 / 2080501）不是金额栏：表头“2025年预算数”管到合计、基本支出、项目支出（西乌旗 表5，第344–372行）", () => {
    const file = new URL("../fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt", import.meta.url);
    const rows = alignColumns(readFileSync(file, "utf8").split("\n").slice(343, 372)).map((r) => r.cells);
    expect(rows.slice(0, 2).map((row) => row.slice(2))).toEqual([
      ["2025年预算数", "2025年预算数", "2025年预算数"],
      ["合计", "基本支出", "项目支出"],
    ]);
  });

  it("偏在左边的组标题，由每行“合计 = 基本支出 + 项目支出”认定它管到整块（常德 表五，第182–200行）", () => {
    const file = new URL("../fixtures/unseen/changde-weijian-2025-yusuan.txt", import.meta.url);
    const rows = alignColumns(readFileSync(file, "utf8").split("\n").slice(181, 200)).map((r) => r.cells);
    expect(rows.slice(0, 2).map((row) => row.slice(2))).toEqual([
      ["一般公共预算支出", "一般公共预算支出", "一般公共预算支出"],
      ["合计", "基本支出", "项目支出"],
    ]);
  });
});
