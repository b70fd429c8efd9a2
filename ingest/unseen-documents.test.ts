import { Decimal } from "decimal.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import type { Fact, ParsedDocument } from "./schema.js";

/**
 * Two disclosures written for these tests, never seen while the parser was built. Every
 * expected value below is copied from the fixture text, not from parser output:
 * - jiguan-2023.txt: 株洲市机关事务管理局 2023年度部门决算, tab layout, "金额单位：万元",
 *   "公开 1 表" markers, table 01 without a 行次 column, table 06 in two titled groups,
 *   table 09 with a three-row header and no 栏次 row, thousands separators in tables and
 *   sentences, sentences broken across lines. All figures are consistent.
 * - zhengfa-2025-cells.txt: 中共株洲市芦淞区委政法委员会 2025年度部门决算, one cell per line,
 *   tables 01/03/05/06/09, a short narrative. One planted error: in 公开06表 the line
 *   30201 办公费 prints 8.40, but the printed 302 商品和服务支出 (53.96) and its other lines
 *   imply 8.90, so 302 ≠ Σ its children by 0.50.
 */
const FIXTURES = fileURLToPath(new URL("./fixtures/unseen/", import.meta.url));
const text = (name: string) => readFileSync(FIXTURES + name, "utf8");
const parse = (docId: string, name: string, body = text(name)) =>
  parseDocument({ docId, file: `ingest/fixtures/unseen/${name}`, hash: "test", text: body });

const jiguan = parse("jiguan-2023", "jiguan-2023.txt");
const zhengfa = parse("zhengfa-2025", "zhengfa-2025-cells.txt");

/** The one table fact in `table` whose row code (digits) or row name is `row`, in `column`. */
function cellFacts(doc: ParsedDocument, table: string, row: string, column: string): Fact[] {
  const byCode = /^\d{3,7}$/.test(row);
  return doc.facts.filter(
    (f) =>
      f.table === table && (byCode ? f.rowCode === row : f.row === row && !f.rowCode) && f.column === column,
  );
}

/** Distinct values the narrative states for a metric (or a 项 code) in one column. */
function narrative(doc: ParsedDocument, subject: string, column: string): string[] {
  const byCode = /^\d{7}$/.test(subject);
  const hits = doc.facts.filter(
    (f) => !f.table && (byCode ? f.rowCode === subject : f.metric === subject) && f.column === column,
  );
  return [...new Set(hits.map((f) => f.value))];
}

type Cell = [table: string, row: string, column: string, value: string];

function expectCells(doc: ParsedDocument, cells: Cell[]): void {
  for (const [table, row, column, value] of cells) {
    const found = cellFacts(doc, table, row, column);
    // Values keep their printed decimals ("48.00"); compare them as exact decimals.
    expect(
      found.map((f) => new Decimal(f.value).toFixed()),
      `${table}｜${row}｜${column}`,
    ).toEqual([new Decimal(value).toFixed()]);
    expect(found[0].unit).toBe(doc.info.unit);
    expect(found[0].year).toBe(doc.info.year);
  }
}

type Stated = [subject: string, column: string, value: string, measure?: string];

function expectNarrative(doc: ParsedDocument, stated: Stated[]): void {
  for (const [subject, column, value, measure] of stated) {
    expect(narrative(doc, subject, column), `${subject}｜${column}`).toEqual([value]);
    if (measure) {
      const f = doc.facts.find((x) => !x.table && x.metric === subject && x.column === column);
      expect(f?.measure, `${subject}｜${column} measure`).toBe(measure);
    }
  }
}

const SANGONG_COLUMNS = [
  "合计",
  "因公出国（境）费",
  "公务用车购置及运行维护费 / 小计",
  "公务用车购置及运行维护费 / 公务用车购置费",
  "公务用车购置及运行维护费 / 公务用车运行维护费",
  "公务接待费",
];

describe("未见过的文档：株洲市机关事务管理局 2023年度部门决算（制表符版式）", () => {
  it("读出单位、年度、类型和金额单位（“金额单位：万元”与“部门：…”同一行）", () => {
    expect(jiguan.info.unit).toBe("株洲市机关事务管理局");
    expect(jiguan.info.year).toBe(2023);
    expect(jiguan.info.kind).toBe("决算");
    expect(jiguan.info.amountUnit).toBe("万元");
    expect(jiguan.info.title).toBe("株洲市机关事务管理局 2023年度部门决算");
    expect(jiguan.info.covers).toEqual([]);
  });

  it("“公开 1 表”…“公开 9 表”九张表齐全，均为制表符版式、万元", () => {
    const tables = jiguan.tables.filter((t) => t.number);
    expect(tables.map((t) => t.number)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    expect(tables.every((t) => t.layout === "tabs" && t.amountUnit === "万元")).toBe(true);
  });

  it("表格数字：千分位与无千分位混排、无行次的01表、两组的06表", () => {
    expectCells(jiguan, [
      ["01", "一般公共预算财政拨款收入", "收入 / 决算数", "4198.19"],
      ["01", "上级补助收入", "收入 / 决算数", "0"],
      ["01", "一般公共服务支出", "支出 / 决算数", "3315.93"],
      ["01", "社会保障和就业支出", "支出 / 决算数", "624.67"],
      ["01", "住房保障支出", "支出 / 决算数", "148.96"],
      ["01", "本年支出合计", "支出 / 决算数", "4198.19"],
      ["01", "总计", "收入 / 决算数", "4198.19"],
      ["02", "合计", "本年收入合计", "4198.19"],
      ["02", "2010303", "财政拨款收入", "412.18"],
      ["02", "2080501", "本年收入合计", "326.74"],
      ["02", "2101103", "其他收入", "0"],
      ["03", "合计", "基本支出", "3156.89"],
      ["03", "合计", "项目支出", "1041.3"],
      ["03", "20103", "本年支出合计", "3230.93"],
      ["03", "2010301", "基本支出", "1862.45"],
      ["03", "2010302", "项目支出", "956.3"],
      ["03", "20199", "项目支出", "85"],
      ["03", "2019999", "本年支出合计", "85"],
      ["03", "221", "本年支出合计", "148.96"],
      ["04", "一般公共服务支出", "支出 / 一般公共预算财政拨款", "3315.93"],
      ["05", "合计", "本年支出 / 小计", "4198.19"],
      ["05", "合计", "本年支出 / 基本支出", "3156.89"],
      ["05", "20805", "本年支出 / 小计", "624.67"],
      ["05", "2080506", "本年支出 / 基本支出", "99.31"],
      ["05", "2210201", "本年支出 / 小计", "148.96"],
      ["06", "301", "人员经费 / 决算数", "1987.6"],
      ["06", "30113", "人员经费 / 决算数", "148.96"],
      ["06", "303", "人员经费 / 决算数", "326.74"],
      ["06", "302", "公用经费 / 决算数", "823.55"],
      ["06", "30215", "公用经费 / 决算数", "3.85"],
      ["06", "30217", "公用经费 / 决算数", "4.26"],
      ["06", "30231", "公用经费 / 决算数", "22.68"],
      ["06", "31002", "公用经费 / 决算数", "19"],
      ["06", "人员经费合计", "人员经费 / 决算数", "2314.34"],
      ["06", "公用经费合计", "公用经费 / 决算数", "842.55"],
    ]);
    // Blank cells are not zero: no fact for an empty 公共安全支出 or an empty 基本支出 cell.
    expect(cellFacts(jiguan, "01", "公共安全支出", "支出 / 决算数")).toEqual([]);
    expect(cellFacts(jiguan, "03", "2010302", "基本支出")).toEqual([]);
    // 表04 "一般公共预算财政拨款" names a fund, not a budget figure.
    expect(cellFacts(jiguan, "04", "一般公共服务支出", "支出 / 一般公共预算财政拨款")[0].basis).toBe("决算");
  });

  it("表09：三行表头、无栏次行，预算数全年口径、决算数各列正确", () => {
    const t09 = jiguan.tables.find((t) => t.number === "09");
    expect(t09?.columns.map((c) => c.path.join(" / "))).toEqual([
      ...SANGONG_COLUMNS.map((c) => `预算数 / ${c}`),
      ...SANGONG_COLUMNS.map((c) => `决算数 / ${c}`),
    ]);
    const budget = ["48", "0", "41", "18", "23", "7"];
    const actual = ["44.54", "0", "40.28", "17.6", "22.68", "4.26"];
    expectCells(jiguan, [
      ...SANGONG_COLUMNS.map((c, i): Cell => ["09", "“三公”经费", `预算数 / ${c}`, budget[i]]),
      ...SANGONG_COLUMNS.map((c, i): Cell => ["09", "“三公”经费", `决算数 / ${c}`, actual[i]]),
    ]);
    expect(cellFacts(jiguan, "09", "“三公”经费", "预算数 / 合计")[0].basis).toBe("全年预算");
    expect(cellFacts(jiguan, "09", "“三公”经费", "决算数 / 合计")[0].basis).toBe("决算");
  });

  it("情况说明：总量、三公经费预算/决算/完成率/与上年相比（含正负号）、车辆、编制", () => {
    expectNarrative(jiguan, [
      ["收支总计", "决算数", "4198.19"], // written "4,198.19万元"
      ["收支总计", "比上年增减额", "-254.68"],
      ["收支总计", "比上年增减率", "-5.72", "%"],
      ["三公经费", "预算数", "48"],
      ["三公经费", "决算数", "44.54"],
      ["三公经费", "预算完成率", "92.79", "%"],
      ["三公经费", "比上年增减额", "12.64"],
      ["三公经费", "比上年增减率", "39.62"],
      ["公务用车购置及运行维护费", "预算数", "41"],
      ["公务用车购置及运行维护费", "决算数", "40.28"],
      ["公务用车购置及运行维护费", "预算完成率", "98.24"],
      ["公务用车购置及运行维护费", "比上年增减额", "14.48"],
      ["公务用车购置费", "决算数", "17.6"],
      ["公务用车运行维护费", "预算数", "23"],
      ["公务用车运行维护费", "决算数", "22.68"],
      ["公务用车运行维护费", "比上年增减额", "-3.12"],
      ["公务用车运行维护费", "比上年增减率", "-12.09"],
      ["公务接待费", "预算数", "7"],
      ["公务接待费", "决算数", "4.26"],
      ["公务接待费", "预算完成率", "60.86"],
      ["公务接待费", "比上年增减额", "-1.84"],
      ["公务接待费", "比上年增减率", "-30.16"],
      ["车辆数", "数量", "12", "辆"],
      ["编制数", "数量", "86", "人"],
      ["在职人数", "数量", "79", "人"],
      ["人员经费", "决算数", "2314.34"],
      ["公用经费", "决算数", "842.55"],
      ["机关运行经费", "比上年增减额", "-36.12"],
      ["财政拨款支出", "年初预算数", "3987.5"], // written "3,987.50万元"
      ["财政拨款支出", "年初预算完成率", "105.28"],
      ["政府采购支出总额", "决算数", "1268.4"], // written "1,268.40万元"
      ["政府采购货物支出", "决算数", "236.5"],
      ["政府采购工程支出", "决算数", "705.3"],
      ["政府采购服务支出", "决算数", "326.6"],
      ["授予中小企业合同金额", "决算数", "1102.8"],
    ]);
  });

  it("说明中的科目（类/款/项）对应到表中科目编码，带原因；跨行断句已接上", () => {
    expectNarrative(jiguan, [
      ["2010301", "年初预算数", "1820"], // written "1,820.00万元"
      ["2010301", "决算数", "1862.45"],
      ["2010301", "年初预算完成率", "102.33"],
      ["2010303", "决算数", "412.18"],
      ["2019999", "决算数", "85"],
      ["2101101", "年初预算完成率", "95.6"],
    ]);
    const admin = jiguan.facts.find((f) => !f.table && f.rowCode === "2010302" && f.column === "决算数");
    expect(admin?.value).toBe("956.3");
    expect(admin?.reason).toBe("追加了市直机关办公用房维修改造经费");
    const yoy = jiguan.facts.find((f) => !f.table && f.metric === "收支总计" && f.column === "比上年增减额");
    expect(yoy?.reason).toBe("市直机关办公用房维修改造项目已于上年基本完工，本年项目支出相应减少");
  });

  it("数字前后一致的文档不产生任何核对警告", () => {
    expect(jiguan.info.warnings).toEqual([]);
  });

  it("核对是生效的：把表09决算合计改成45.54，就报出合计不等于各项之和", () => {
    const body = text("jiguan-2023.txt");
    expect(body.split("\t44.54\t")).toHaveLength(2);
    const broken = parse("jiguan-broken", "jiguan-2023.txt", body.replace("\t44.54\t", "\t45.54\t"));
    const mismatch = broken.info.warnings.filter(
      (w) => w.code === "sum_mismatch" && /决算数 \/ 合计/.test(w.message),
    );
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].message).toContain("45.54");
    expect(mismatch[0].message).toContain("44.54");
  });
});

describe("未见过的文档：中共株洲市芦淞区委政法委员会 2025年度部门决算（逐格一行版式）", () => {
  it("读出单位、简称、年度、类型和金额单位", () => {
    expect(zhengfa.info.unit).toBe("中共株洲市芦淞区委政法委员会");
    expect(zhengfa.info.aliases).toEqual(["区委政法委"]);
    expect(zhengfa.info.year).toBe(2025);
    expect(zhengfa.info.kind).toBe("决算");
    expect(zhengfa.info.amountUnit).toBe("万元");
  });

  it("找到公开01、03、05、06、09表；说明里提到的“公开07表、公开08表”不是表", () => {
    const tables = zhengfa.tables.filter((t) => t.number);
    expect(tables.map((t) => t.number)).toEqual(["01", "03", "05", "06", "09"]);
    expect(tables.every((t) => t.layout === "cell-per-line" && t.amountUnit === "万元")).toBe(true);
  });

  it("表格数字：全角空格尾缀、省略的合计名称格、三组的06表", () => {
    expectCells(zhengfa, [
      ["01", "一般公共预算财政拨款收入", "收入 / 决算数", "473.78"],
      ["01", "公共安全支出", "支出 / 决算数", "45"],
      ["01", "社会保障和就业支出", "支出 / 决算数", "48.24"],
      ["01", "本年收入合计", "收入 / 决算数", "473.78"],
      ["01", "总计", "支出 / 决算数", "473.78"],
      ["03", "合计", "本年支出合计", "473.78"],
      ["03", "合计", "基本支出", "355.28"],
      ["03", "合计", "项目支出", "118.5"],
      ["03", "20136", "本年支出合计", "341.9"],
      ["03", "2013601", "基本支出", "268.4"],
      ["03", "2013601", "项目支出", "0"],
      ["03", "2013602", "项目支出", "73.5"],
      ["03", "2049999", "项目支出", "45"],
      ["03", "2080505", "本年支出合计", "32.16"],
      ["03", "2210201", "基本支出", "24.12"],
      ["05", "合计", "本年支出 / 小计", "473.78"],
      ["05", "合计", "本年支出 / 基本支出", "355.28"],
      ["05", "204", "本年支出 / 项目支出", "45"],
      ["05", "20805", "本年支出 / 小计", "48.24"],
      ["05", "2101101", "本年支出 / 基本支出", "14.52"],
      ["06", "301", "决算数", "300.12"],
      ["06", "30101", "决算数", "98.64"],
      ["06", "303", "决算数", "1.2"],
      ["06", "302", "决算数", "53.96"],
      ["06", "30201", "决算数", "8.4"],
      ["06", "30239", "决算数", "6.9"],
      ["06", "310", "决算数", "0"],
      ["06", "人员经费合计", "决算数", "301.32"],
      ["06", "公用经费合计", "决算数", "53.96"],
    ]);
  });

  it("表09（逐格一行、空格保留为空行）：各列路径与数值，空白购置费没有事实", () => {
    const t09 = zhengfa.tables.find((t) => t.number === "09");
    expect(t09?.columns.map((c) => c.path.join(" / "))).toEqual([
      ...SANGONG_COLUMNS.map((c) => `预算数 / ${c}`),
      ...SANGONG_COLUMNS.map((c) => `决算数 / ${c}`),
    ]);
    expectCells(zhengfa, [
      ["09", "“三公”经费", "预算数 / 合计", "12"],
      ["09", "“三公”经费", "预算数 / 因公出国（境）费", "0"],
      ["09", "“三公”经费", "预算数 / 公务用车购置及运行维护费 / 小计", "8"],
      ["09", "“三公”经费", "预算数 / 公务接待费", "4"],
      ["09", "“三公”经费", "决算数 / 合计", "7.18"],
      ["09", "“三公”经费", "决算数 / 公务用车购置及运行维护费 / 公务用车运行维护费", "5.8"],
      ["09", "“三公”经费", "决算数 / 公务接待费", "1.38"],
    ]);
    expect(
      cellFacts(zhengfa, "09", "“三公”经费", "决算数 / 公务用车购置及运行维护费 / 公务用车购置费"),
    ).toEqual([]);
  });

  it("情况说明：三公经费、接待费的预算/决算/完成率/与上年相比，车辆、编制、在职", () => {
    expectNarrative(zhengfa, [
      ["收支总计", "决算数", "473.78"],
      ["收支总计", "比上年增减额", "38.52"],
      ["收支总计", "比上年增减率", "8.85"],
      ["三公经费", "预算数", "12"],
      ["三公经费", "决算数", "7.18"],
      ["三公经费", "预算完成率", "59.83", "%"],
      ["三公经费", "比上年增减额", "-0.87", "万元"],
      ["三公经费", "比上年增减率", "-10.81", "%"],
      ["公务用车运行维护费", "预算数", "8"],
      ["公务用车运行维护费", "决算数", "5.8"],
      ["公务用车运行维护费", "预算完成率", "72.5"],
      ["公务接待费", "预算数", "4"],
      ["公务接待费", "决算数", "1.38"],
      ["公务接待费", "预算完成率", "34.5"],
      ["公务接待费", "比上年增减额", "-0.42"],
      ["公务接待费", "比上年增减率", "-23.33"],
      ["车辆数", "数量", "2", "辆"],
      ["编制数", "数量", "18", "人"],
      ["在职人数", "数量", "16", "人"],
      ["人员经费", "决算数", "301.32"],
      ["公用经费", "决算数", "53.96"],
      ["2013601", "年初预算数", "270"],
      ["2013601", "决算数", "268.4"],
      ["2049999", "年初预算完成率", "150"],
      ["政府采购支出总额", "决算数", "18.6"],
    ]);
  });

  it("只报出埋下的那一处错误：06表302商品和服务支出≠其明细之和（办公费8.40应为8.90）", () => {
    expect(zhengfa.info.warnings).toHaveLength(1);
    const [w] = zhengfa.info.warnings;
    expect(w.code).toBe("sum_mismatch");
    expect(w.message).toContain("302 商品和服务支出");
    expect(w.message).toContain("53.96");
    expect(w.message).toContain("53.46");
    const office = cellFacts(zhengfa, "06", "30201", "决算数")[0];
    const total = cellFacts(zhengfa, "06", "302", "决算数")[0];
    expect(w.factIds).toContain(office.id);
    expect(w.factIds[0]).toBe(total.id);
  });
});
