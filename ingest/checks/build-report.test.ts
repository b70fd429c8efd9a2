import { Decimal } from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../parse/parse-document.js";
import { DocumentInfo, DocumentReport, type CheckKind, type Fact, type ParsedDocument } from "../schema.js";
import { corpusLines, DOC_IDS, parseCorpus, type DocId } from "../testing/corpus.js";
import type { CheckOutcome } from "./check-outcome.js";
import { checkDocument } from "./run-checks.js";
import { STANDARD_TABLES } from "./standard-tables.js";

/**
 * The understanding report on the four sample documents. Every identity asserted to hold was
 * added up by hand from the document text (line numbers below); the failures are the document's
 * own inconsistencies.
 */
let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

const report = (id: DocId) => docs[id].info.report!;
const canon = (v: string) => new Decimal(v).toFixed();
const outcomesOf = (doc: ParsedDocument) => checkDocument(doc.facts, doc.tables).outcomes;
const factOf = (doc: ParsedDocument, id: string): Fact => doc.facts.find((f) => f.id === id)!;

/** The outcomes of one kind whose total (first fact) satisfies `total`, as [holds, total, ...parts]. */
function checks(
  id: DocId,
  kind: CheckKind,
  total: (f: Fact) => boolean,
): [boolean | undefined, ...string[]][] {
  const doc = docs[id];
  return outcomesOf(doc)
    .filter((o) => o.kind === kind && total(factOf(doc, o.factIds[0])))
    .map((o) => [o.holds, ...o.factIds.map((fid) => canon(factOf(doc, fid).value))]);
}

const at =
  (table: string, row: string | RegExp, column: RegExp = /./) =>
  (f: Fact) =>
    f.table === table && (typeof row === "string" ? f.row === row : row.test(f.row)) && column.test(f.column);
const names = (kind: "决算" | "预算") => STANDARD_TABLES.filter((s) => s.kind === kind).map((s) => s.name);

describe("标准表按标题识别，行数和数据个数与原文一致", () => {
  it("000 有九张标准表（第94–357行），四张附件表不是标准表", () => {
    const found = report("000").tables.map((t) => [t.standard ?? t.title, t.rows, t.facts, t.amountUnit]);
    expect(found.slice(0, 9)).toEqual([
      // 01: 30 rows (104–134); income 9 amounts, spending 11.
      ["收入支出决算总表", 30, 20, "万元"],
      // 02: 合计 + 18 项 rows, 7 amounts each (151–169).
      ["收入决算表", 19, 133, "万元"],
      // 03: blank cells are not amounts: 3 + 2×17 + 3 (2019999 has 27.50 and 2.95).
      ["支出决算表", 19, 40, "万元"],
      ["财政拨款收入支出决算总表", 16, 27, "万元"],
      ["一般公共预算财政拨款支出决算表", 19, 40, "万元"],
      // 06: 29 rows (277–306), 23×3 + 3×3 + 2 + 1 + 2 amounts.
      ["一般公共预算财政拨款基本支出决算表", 29, 83, "万元"],
      ["政府性基金预算财政拨款收入支出决算表", 1, 0, "万元"],
      ["国有资本经营预算财政拨款支出决算表", 1, 0, "万元"],
      // 09: one row of 12 cells, the two 公务用车购置费 cells blank.
      ["财政拨款“三公”经费支出决算表", 1, 10, "万元"],
    ]);
    expect(
      report("000")
        .tables.slice(9)
        .every((t) => !t.standard && /绩效/.test(t.title)),
    ).toBe(true);
    expect(report("000").missing).toEqual([]);
  });

  it("001 没有公开09表（三公经费只在第1129–1141行的说明里），报告列为未找到", () => {
    expect(report("001").missing).toEqual(["财政拨款“三公”经费支出决算表"]);
    expect(corpusLines("001").some((l) => /公开\s*0?9\s*表/.test(l))).toBe(false);
  });

  it("002 的九张标准表按模板顺序，十五张项目绩效表不是标准表", () => {
    const standard = report("002").tables.filter((t) => t.standard);
    expect(standard.map((t) => t.standard)).toEqual(names("决算"));
    expect(report("002").tables.length - standard.length).toBe(15);
  });

  it("003 是纯叙述的预算说明：没有表，九张预算标准表都未找到", () => {
    expect(report("003").tables).toEqual([]);
    expect(report("003").missing).toEqual(names("预算"));
  });
});

describe("成立的恒等式（逐一按原文相加核对）", () => {
  it("000 收入支出决算总表：支出本年合计 = 各类之和，收入总计 = 支出总计（第104–134行）", () => {
    expect(checks("000", "statement_total", at("01", "本年支出合计"))).toEqual([
      [true, "5487.18", "4317.24", "648.26", "218.88", "58.68", "15.18", "39.27", "8.25", "181.42"],
    ]);
    expect(checks("000", "balance", at("01", "总计"))).toEqual([[true, "5487.18", "5487.18"]]);
  });

  it("000 表06 人员经费合计 = 301 + 303，公用经费合计 = 302 + 307 + 310 + 399，表05 基本支出 = 两者之和", () => {
    expect(checks("000", "basic_spending", () => true)).toEqual([
      [true, "2619.09", "2190.38", "428.71"], // line 306 = 277 + 291
      [true, "2104.76", "2101.18", "0", "3.58", "0"], // line 306 = 277 + 277 + 280 + 297
      [true, "4723.85", "2619.09", "2104.76"], // line 246
    ]);
  });

  it("000 三公：决算合计 136.85 = 49.98 + 85.75 + 1.12，公务用车小计 85.75 = 运行维护费 85.75（第356行）", () => {
    expect(checks("000", "three_public", at("09", /三公/, /^决算数/))).toEqual([
      [true, "136.85", "49.98", "85.75", "1.12"],
      [true, "85.75", "85.75"],
    ]);
  });

  it("000 支出决算表 2019999 本年支出合计 30.45 = 基本支出 27.50 + 项目支出 2.95（第189行）", () => {
    expect(checks("000", "total_column", (f) => f.table === "03" && f.rowCode === "2019999")).toEqual([
      [true, "30.45", "27.5", "2.95"],
    ]);
  });

  it("000 表04 一般公共预算财政拨款支出合计（第227行）= 表05 合计小计（第246行）", () => {
    expect(checks("000", "cross_table", at("04", "本年支出合计"))).toEqual([[true, "5487.18", "5487.18"]]);
  });

  it("000 收入决算表合计 5487.18，18 项之和 5487.19：尾数差，算作成立并留下 rounding 提示", () => {
    const [row] = checks("000", "total_row", at("02", "合计", /^本年收入合计$/));
    expect(row.slice(0, 2)).toEqual([true, "5487.18"]);
    expect(
      row
        .slice(2)
        .reduce((a, v) => a.plus(v as string), new Decimal(0))
        .toFixed(),
    ).toBe("5487.19");
    expect(docs["000"].info.warnings.some((w) => w.code === "rounding" && /5487\.19/.test(w.message))).toBe(
      true,
    );
  });

  it("002 本年支出合计 840.70 = 674.75 + 1.96 + 64.82 + 55.93 + 43.24（第112–121行）；三公 9.00 ≈ 5.38 + 3.50 + 0.13", () => {
    expect(checks("002", "statement_total", at("01", "本年支出合计"))).toEqual([
      [true, "840.7", "674.75", "1.96", "64.82", "55.93", "43.24"],
    ]);
    expect(checks("002", "three_public", at("09", /三公/, /^决算数 \/ 合计$/))).toEqual([
      [true, "9", "5.38", "3.5", "0.13"],
    ]);
  });

  it("003 说明：三公 154 = 20 + 101 + 33，公车 101 = 0 + 101（第58行）；政府采购 1077.36 = 120.07 + 50 + 907.29（第49行）", () => {
    expect(checks("003", "narrative_sum", () => true)).toEqual([
      [true, "1077.36", "120.07", "50", "907.29"],
      [true, "154", "20", "101", "33"],
      [true, "101", "0", "101"],
    ]);
  });
});

describe("通过率", () => {
  it("000、002、003 的校验全部成立；001 只有说明里三处真实的前后矛盾不成立", () => {
    for (const id of ["000", "002", "003"] as const) {
      expect(report(id).checks.failed, id).toEqual([]);
      expect(report(id).passRate, id).toBe(1);
    }
    const beijing = report("001");
    // Line 1134 says 公务接待费 3.6 and 16.26% of 22 (3.6 ÷ 22 = 16.36%), line 1139 says 3.61;
    // line 1137: 19.7 of a budget of 18 is "100%" (it is 109.44%).
    expect(beijing.checks.failed.map((f) => [f.kind, f.message])).toEqual([
      ["text_repeat", expect.stringMatching(/公务接待费.*3\.6万元（第1134行）、3\.61万元（第1139行）/)],
      ["stated_rate", expect.stringContaining("16.26%，但3.6 ÷ 22 = 16.36%")],
      ["stated_rate", expect.stringContaining("100%，但19.7 ÷ 18 = 109.44%")],
    ]);
    expect(beijing.checks.total - beijing.checks.passed).toBe(3);
    expect(beijing.passRate).toBeCloseTo((beijing.checks.total - 3) / beijing.checks.total, 4);
  });

  it("表格读得全的文档有上百项校验", () => {
    expect(report("000").checks.total).toBeGreaterThan(100);
    expect(report("002").checks.total).toBeGreaterThan(100);
    expect(report("001").checks.total).toBeGreaterThan(50);
  });

  it("报告符合 DocumentReport，经 JSON 往返后仍在 DocumentInfo 上", () => {
    for (const id of DOC_IDS) {
      expect(DocumentReport.parse(report(id))).toEqual(report(id));
      const info = DocumentInfo.parse(JSON.parse(JSON.stringify(docs[id].info)));
      expect(info.report).toEqual(report(id));
    }
  });
});

describe("改动原文中的一个数字，恰好对应的校验不成立", () => {
  const reparse = (from: string, to: string) => {
    const text = corpusLines("000").join("\n");
    expect(text.split(from)).toHaveLength(2);
    return parseDocument({ docId: "000", file: "000.txt", hash: "x", text: text.replace(from, to) });
  };
  const failed = (doc: ParsedDocument): CheckOutcome[] => outcomesOf(doc).filter((o) => o.holds === false);

  it("表06 30101 基本工资 615.74 → 625.74（第278行）：只有「301 工资福利支出」= 明细之和不成立", () => {
    const broken = reparse("30101\t基本工资\t615.74", "30101\t基本工资\t625.74");
    const [only, ...more] = failed(broken);
    expect(more).toEqual([]);
    expect(only.kind).toBe("subject_hierarchy");
    expect(only.warning?.code).toBe("sum_mismatch");
    expect(only.warning?.message).toContain("2190.38");
    expect(only.warning?.message).toContain("2200.37");
    const { total, passed } = broken.info.report!.checks;
    expect([total, passed]).toEqual([report("000").checks.total, report("000").checks.total - 1]);
  });

  it("表01 支出总计 5,487.18 → 5,487.81（第134行）：收支平衡、总计 = 本年合计 + 结转、说明中的收支总计三处不成立", () => {
    const broken = reparse("60\t5,487.18", "60\t5,487.81");
    expect(failed(broken).map((o) => o.kind)).toEqual(["statement_total", "balance", "table_text"]);
    expect(broken.info.report!.checks.failed.map((f) => f.kind)).toEqual([
      "statement_total",
      "balance",
      "table_text",
    ]);
  });
});
