import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { relabelled } from "../testing/document-variants.js";
import { metricsOfFact } from "../domain/metrics.js";
import type { Fact, ParsedDocument } from "../schema.js";
import { parseDocument } from "./parse-document.js";
import { canonicalRowName } from "./table-facts.js";

/**
 * A 上海 部门预算, pages 1, 8 (first paragraph), 10, 11 and 21 of putuo-sfj-2026-bumen-yusuan.pdf,
 * in two text layouts: sfj-2026-bumen-yusuan.txt as the PDF reader emits it (title line, unit
 * line, tab-separated header and body rows; transcribed from the rendered pages), and
 * sfj-2026-bumen-yusuan.layout.txt as `pdftotext -layout` prints the same pages (columns as runs
 * of spaces, 类/款/项 in three columns, headers over several lines). Expected cells are the
 * page-verified ones of fixtures/pdf/putuo-sfj-2026-bumen-yusuan.expected.json.
 */
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

interface ExpectedCell {
  page: number;
  table: string;
  row: string;
  rowCode?: string;
  column: string;
  value: string;
  amountUnit: string;
}
const expected = JSON.parse(
  readFileSync(`${FIXTURES}pdf/putuo-sfj-2026-bumen-yusuan.expected.json`, "utf8"),
) as { cells: ExpectedCell[] };
const PAGES = new Set([10, 11, 21]);
const cells = expected.cells.filter((c) => PAGES.has(c.page));

function factAt(d: ParsedDocument, c: ExpectedCell): Fact[] {
  return d.facts.filter(
    (f) =>
      f.tableTitle === c.table &&
      f.column === c.column &&
      (c.rowCode
        ? f.rowCode === c.rowCode
        : /single data row/.test(c.row) || f.row === canonicalRowName(c.row)),
  );
}

describe.each([
  ["阅读器版式", "sfj-2026-bumen-yusuan.txt"],
  ["pdftotext -layout 版式", "sfj-2026-bumen-yusuan.layout.txt"],
])("上海部门预算（%s）：按表名认表，每表自己的金额单位", (_, file) => {
  const text = readFileSync(`${FIXTURES}shanghai/${file}`, "utf8");
  const parse = (body: string) => parseDocument({ docId: "sfj", file, hash: "t", text: body });
  const doc = parse(text);

  it("封面：上海市普陀区司法局 2026年 预算 部门版，无 metadata 警告", () => {
    const { unit, year, kind, edition, warnings } = doc.info;
    expect([unit, year, kind, edition]).toEqual(["上海市普陀区司法局", 2026, "预算", "部门"]);
    expect(warnings.filter((w) => w.code === "metadata" || w.code === "sum_mismatch")).toEqual([]);
  });

  it("三张表：财务收支预算总表、收入预算总表（元），“三公”经费表（万元）", () => {
    expect(doc.tables.map((t) => [t.number, t.template, t.amountUnit])).toEqual([
      ["01", "budget-summary", "元"],
      ["02", "budget-income", "元"],
      ["09", "budget-three-public", "万元"],
    ]);
  });

  it(`第10、11、21页核对过的 ${cells.length} 个单元格：值换算为万元，原印数字与单位保留`, () => {
    expect(cells.length).toBeGreaterThanOrEqual(10);
    for (const c of cells) {
      const hits = factAt(doc, c);
      expect(hits, `${c.table}｜${c.row}｜${c.column}`).toHaveLength(1);
      const [f] = hits;
      const wan = new Decimal(c.value).div(c.amountUnit === "元" ? 10000 : 1);
      expect(new Decimal(f.value).eq(wan), `${c.row}｜${c.column}: ${f.value}`).toBe(true);
      expect(f.measure).toBe("万元");
      if (c.amountUnit === "元") expect(f.printed).toEqual({ value: c.value, unit: "元" });
      else expect(f.printed).toBeUndefined();
      expect(f.basis).toBe("预算");
    }
  });

  it("“三公”表的单元格挂到词典指标上（三公经费、公务接待费、机关运行经费……），问答才找得到", () => {
    const byColumn = Object.fromEntries(
      doc.facts.filter((f) => f.table === "09").map((f) => [f.column, metricsOfFact(f).join(",")]),
    );
    expect(byColumn).toEqual({
      "“三公”经费预算数 / 合计": "三公经费",
      "“三公”经费预算数 / 因公出国(境)费": "因公出国（境）费",
      "“三公”经费预算数 / 公务接待费": "公务接待费",
      "“三公”经费预算数 / 公务用车购置及运行费 / 小计": "公务用车购置及运行维护费",
      "“三公”经费预算数 / 公务用车购置及运行费 / 购置费": "公务用车购置费",
      "“三公”经费预算数 / 公务用车购置及运行费 / 运行费": "公务用车运行维护费",
      机关运行经费预算数: "机关运行经费",
    });
  });

  it("类 / 款 / 项三列编码合成一个科目编码：204 06 01 → 2040601", () => {
    const codes = doc.facts.filter((f) => f.table === "02").map((f) => f.rowCode);
    expect(codes).toContain("2040601");
    expect(codes).toContain("20406");
    expect(codes).toContain("204");
    expect(codes.every((c) => c === undefined || /^\d{3}(\d{2}){0,2}$/.test(c))).toBe(true);
  });

  it("元折万元不丢精度：16726725.44 元 = 1672.672544 万元", () => {
    const f = doc.facts.find((x) => x.rowCode === "2040601" && x.column === "收入预算 / 合计");
    expect(f?.value).toBe("1672.672544");
  });

  it.each(["表一", "1.", "2.15", "附表"] as const)("表号写成 %s 时认出同样的三张表、同样的事实", (style) => {
    const after = parse(relabelled(style)(text.split("\n"), doc).join("\n"));
    const said = (d: ParsedDocument) =>
      d.facts.map((f) => `${f.table}|${f.row}|${f.column}|${f.value}`).sort();
    expect(said(after)).toEqual(said(doc));
  });

  it("表名缺失时按表头和“单位：元”行认出收入预算总表和“三公”经费表", () => {
    const untitled = text
      .split("\n")
      .map((l) => (/^\s*2026年部门(收入预算总表|“三公”经费和机关运行经费预算表)$/.test(l) ? "" : l))
      .join("\n");
    const after = parse(untitled);
    expect(after.tables.map((t) => t.template)).toEqual([
      "budget-summary",
      "budget-income",
      "budget-three-public",
    ]);
    expect(after.facts.filter((f) => f.table).length).toBe(doc.facts.filter((f) => f.table).length);
  });
});

/**
 * A 上海 部门决算 without 公开NN表 labels: fixtures/shanghai/czj-2024-bumen-juesuan.txt holds the
 * cover and table of contents (pp. 1-2, where the 三公 table is listed seventh) and the tables of
 * pp. 6-7 and 18 of putuo-czj-2024-bumen-juesuan.pdf in the reader's layout, transcribed from the
 * rendered pages. Expected cells: fixtures/pdf/putuo-czj-2024-bumen-juesuan.expected.json.
 */
describe("上海部门决算：没有“公开NN表”，按表名认出并给出标准表号", () => {
  const file = "czj-2024-bumen-juesuan.txt";
  const doc = parseDocument({
    docId: "czj",
    file,
    hash: "t",
    text: readFileSync(`${FIXTURES}shanghai/${file}`, "utf8"),
  });
  const czj = JSON.parse(
    readFileSync(`${FIXTURES}pdf/putuo-czj-2024-bumen-juesuan.expected.json`, "utf8"),
  ) as { cells: ExpectedCell[] };

  it("目录里的表名不成表；“三公”表印在第七位，仍是标准表09", () => {
    expect(doc.tables.map((t) => [t.number, t.template, t.label])).toEqual([
      ["01", "final-summary", undefined],
      ["09", "final-three-public", undefined],
    ]);
    expect([doc.info.unit, doc.info.year, doc.info.kind]).toEqual(["上海市普陀区财政局", 2024, "决算"]);
  });

  it("第6、18页核对过的单元格（万元，无换算）", () => {
    const cells = czj.cells.filter((c) => c.page === 6 || c.page === 18);
    expect(cells.length).toBeGreaterThanOrEqual(7);
    for (const c of cells) {
      const hits = factAt(doc, c);
      expect(hits, `${c.table}｜${c.row}｜${c.column}`).toHaveLength(1);
      expect(new Decimal(hits[0].value).eq(c.value)).toBe(true);
      expect(hits[0].measure).toBe("万元");
      expect(hits[0].printed).toBeUndefined();
    }
  });

  it("“三公”表只有预算数两格有数：空格子不是零", () => {
    expect(doc.facts.filter((f) => f.table === "09").map((f) => f.column)).toEqual([
      "财政拨款“三公”经费 / 合计 / 预算数",
      "财政拨款“三公”经费 / 公务接待费 / 预算数",
    ]);
  });
});

describe("空白模板（上海部门决算模板 shanghai-bumen-juesuan-template-2024.pdf 的文字层节选）", () => {
  it("单位名是“上海市 XX 局”、标准表没有金额：认作模板，不建索引", () => {
    const text = readFileSync(`${FIXTURES}shanghai/juesuan-template-excerpt.txt`, "utf8");
    expect(() => parseDocument({ docId: "t", file: "template.txt", hash: "t", text })).toThrow(
      /blank disclosure template/,
    );
  });
});
