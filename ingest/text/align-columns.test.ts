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
