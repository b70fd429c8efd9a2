import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../checks/run-checks.js";
import type { Fact, ParsedDocument } from "../schema.js";
import { parseDocument } from "./parse-document.js";

/**
 * Excerpts of the corpus PDFs as the PDF reader emits them (ingest/fixtures/pdf-excerpts: the
 * cover lines, then the lines of the pages named below, unchanged), and what the parser makes of
 * them. Each case is a misreading the understanding report exposed; the expected figures are the
 * ones the rendered pages print.
 */
const EXCERPTS = fileURLToPath(new URL("../fixtures/pdf-excerpts/", import.meta.url));
const parsed = new Map<string, ParsedDocument>();

function excerpt(name: string): ParsedDocument {
  const cached = parsed.get(name);
  if (cached) return cached;
  const text = readFileSync(`${EXCERPTS}${name}.txt`, "utf8");
  const doc = parseDocument({ docId: name, file: `${name}.pdf`, hash: name, text });
  parsed.set(name, doc);
  return doc;
}

const cells = (d: ParsedDocument, code: string) =>
  d.facts.filter((f) => f.table && f.rowCode === code).map((f) => [f.row, f.column, f.value]);
const said = (d: ParsedDocument, subject: string) =>
  d.facts
    .filter((f) => !f.table && (f.metric ?? f.row) === subject)
    .map((f) => ({ column: f.column, value: f.value, ...(f.period ? { period: f.period } : {}) }));
const failedChecks = (d: ParsedDocument) =>
  checkDocument(d.facts, d.tables).outcomes.filter((o) => o.holds === false);

describe("表格：类/款/项 代码列", () => {
  // putuo-wanli-2024 p29: the 款 of 津贴补贴 and 绩效工资 are printed "2" and "7".
  it("款、项 补足两位：301 | 2 → 30102，301 | 7 → 30107，「301 工资福利支出」等于明细之和", () => {
    const d = excerpt("wanli-2024-bumen-yusuan");
    expect(cells(d, "30102")).toContainEqual(["津贴补贴", "一般公共预算基本支出 / 合计", "1662.381"]);
    expect(cells(d, "30107")).toContainEqual(["绩效工资", "一般公共预算基本支出 / 合计", "1144.71"]);
    expect(d.facts.filter((f) => f.table && /^\d$/.test(f.row))).toEqual([]);
    expect(failedChecks(d).filter((o) => o.kind === "subject_hierarchy")).toEqual([]);
  });

  // putuo-shfly-2024 p9: the 类 of 事业单位医疗 is printed "7" beside 款 11 and 项 02, under 210 / 21011.
  it("类 印错的项归入上面的款：7 | 11 | 02 事业单位医疗 → 2101102", () => {
    const d = excerpt("shfly-2024-danwei-yusuan");
    expect(cells(d, "2101102")).toContainEqual(["事业单位医疗", "支出预算 / 合计", "50.3724"]);
    expect(d.facts.filter((f) => f.table && f.row === "7")).toEqual([]);
  });

  // putuo-czj-2024 p8: the last header row (类 款 项) shares the ruled row of 合计.
  it("“类 | 款 | 项 | 合计 | 2,946.25”是合计行，列名不带左侧的“支出功能分类”", () => {
    const d = excerpt("czj-2024-bumen-juesuan");
    const total = d.facts.filter((f) => f.table === "02" && f.row === "合计").map((f) => [f.column, f.value]);
    expect(total).toEqual([
      ["本年收入合计", "2946.25"],
      ["财政拨款收入", "2940.05"],
      ["其他收入", "6.20"],
    ]);
    expect(failedChecks(d).filter((o) => o.factIds.some((id) => id.includes(":t02:")))).toEqual([]);
  });
});

describe("表格：元、合计行、表格边界", () => {
  // putuo-shfly-2024 p9: whole 元 amounts with separators; the 合计 row has no trailing 项目支出.
  it("整数元金额（12,121,164）的行是数据行，合计行各列不移位", () => {
    const d = excerpt("shfly-2024-danwei-yusuan");
    const total = d.facts
      .filter((f) => f.table === "03" && f.row === "合计")
      .map((f) => [f.column, f.value, f.printed?.value, f.printed?.unit]);
    expect(total).toEqual([
      ["支出预算 / 合计", "1212.1164", "12121164", "元"],
      ["支出预算 / 基本支出", "950.1164", "9501164", "元"],
      ["支出预算 / 项目支出", "262", "2620000", "元"],
    ]);
  });

  // putuo-swh-2025 pp21-22: the 三公 table's one row, then the headings and sentences of p22.
  it("三公表只有一行数字：合计列是金额列，表后的标题和说明不成为表行", () => {
    const d = excerpt("swh-2025-bumen-yusuan");
    const row = d.facts.filter((f) => f.table === "09").map((f) => [f.column, f.value]);
    expect(row).toEqual([
      ["“三公”经费预算数 / 合计", "1.00"],
      ["“三公”经费预算数 / 公务接待费", "1.00"],
      ["机关运行经费预算数", "171.01"],
    ]);
    expect(said(d, "三公经费")).toEqual([{ column: "年初预算数", value: "1" }]);
    expect(said(d, "机关运行经费")).toEqual([{ column: "年初预算数", value: "171.01" }]);
  });

  // putuo-wanli-2023 p31: a 绩效目标填报表 is a form of label | amount pairs.
  it("绩效目标填报表：每个金额归于它左边的标签，分组标签“项目资金（元）”为列并给出单位", () => {
    const d = excerpt("wanli-2023-bumen-yusuan");
    const form = d.facts.filter((f) => f.table).map((f) => [f.row, f.column, f.value, f.printed?.value]);
    expect(form).toEqual(
      expect.arrayContaining([
        ["项目资金总额", "项目资金（元）", "410", "4100000.00"],
        ["年度资金申请总额", "项目资金（元）", "410", "4100000.00"],
        ["财政资金", "项目资金（元）", "410", "4100000.00"],
        ["当年财政拨款", "项目资金（元）", "410", "4100000.00"],
        ["上年结转资金", "项目资金（元）", "0", "0.00"],
      ]),
    );
  });
});

describe("叙述：谁的数字", () => {
  // putuo-czj-2024 p22: "1、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为1560.05万元，支出决算为1511.89万元".
  it("编号的类/款/项 科目行是该科目的数字，不是所在小节的“财政拨款支出”", () => {
    const d = excerpt("czj-2024-bumen-juesuan");
    const subject = d.facts.filter((f) => !f.table && f.row === "行政运行");
    expect(subject.map((f) => [f.column, f.value, f.rowPath?.join("/")])).toEqual([
      ["年初预算数", "1560.05", "一般公共服务支出/财政事务/行政运行"],
      ["决算数", "1511.89", "一般公共服务支出/财政事务/行政运行"],
    ]);
    expect(said(d, "财政拨款支出").filter((f) => f.column === "决算数")).toEqual([
      { column: "决算数", value: "2940.05" },
      { column: "决算数", value: "2940.05" },
      { column: "决算数", value: "2940.05" },
    ]);
  });

  // putuo-czj-2024 p21: "与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%".
  it("变动（减少63.14万元）不是水平值：比上年增减额 −63.14、增减率 −2.10", () => {
    const d = excerpt("czj-2024-bumen-juesuan");
    expect(said(d, "财政拨款支出")).toEqual(
      expect.arrayContaining([
        { column: "比上年增减额", value: "-63.14" },
        { column: "比上年增减率", value: "-2.1" },
      ]),
    );
    expect(said(d, "收支总计")).toEqual([
      { column: "决算数", value: "2995.39" },
      { column: "比上年增减额", value: "-56.95" },
      { column: "比上年增减率", value: "-1.87" },
    ]);
  });

  // putuo-czj-2024 p21: "财政拨款收入支出总计0.3万元" is not the 财政拨款收入.
  it("“财政拨款收入支出总计”是财政拨款收支总计，不是财政拨款收入", () => {
    const d = excerpt("czj-2024-bumen-juesuan");
    expect(said(d, "财政拨款收支总计")).toEqual([{ column: "决算数", value: "0.3" }]);
    expect(said(d, "财政拨款收入").map((f) => f.value)).not.toContain("0.3");
  });

  // putuo-shfly-2024 p6: "支出预算1,212.12万元，其中：财政拨款支出预算950.12万元…一般公共预算拨款支出预算950.12万元".
  // Both clauses name the appropriation's spending (the unit has no other fund): the same figure twice.
  it("“其中：财政拨款支出预算”和“一般公共预算拨款支出预算”归财政拨款支出，不是支出合计", () => {
    const d = excerpt("shfly-2024-danwei-yusuan");
    expect(said(d, "支出合计")).toEqual([{ column: "年初预算数", value: "1212.12" }]);
    const stated = new Set(said(d, "财政拨款支出").map((f) => `${f.column} ${f.value}`));
    expect([...stated]).toEqual(["年初预算数 950.12", "比上年增减额 0.46"]);
  });

  // putuo-wanli-2024 p32: "面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的…465.49万元".
  it("预留给中小企业的采购预算不是政府采购总额；总额等于货物+工程+服务", () => {
    const d = excerpt("wanli-2024-bumen-yusuan");
    expect(said(d, "政府采购支出总额")).toEqual([{ column: "年初预算数", value: "1662.44" }]);
    expect(failedChecks(d).filter((o) => o.kind === "narrative_sum" || o.kind === "text_repeat")).toEqual([]);
  });

  // putuo-sfj-2026-danwei p6: "1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。…2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%".
  it("预算的科目行：本年预算、上年执行数（2025年的决算数）、比上年增减率；括号里的代码即科目代码", () => {
    const d = excerpt("sfj-2026-danwei-yusuan");
    const run = d.facts.filter((f) => !f.table && f.row === "行政运行");
    expect(new Set(run.map((f) => f.rowCode))).toEqual(new Set(["2040601"]));
    expect(said(d, "行政运行")).toEqual([
      { column: "年初预算数", value: "1434.89" },
      { column: "决算数", value: "1690.69", period: 2025 },
      { column: "年初预算数", value: "1434.89" },
      { column: "比上年增减率", value: "-1.1" },
    ]);
  });

  // putuo-sfj-2026-danwei p2: the 目录 lists "一、单位主要职能 ……" entries with leader dots.
  it("目录（带引导点的条目）不是正文标题", () => {
    const d = excerpt("sfj-2026-danwei-yusuan");
    expect(d.sections.filter((s) => /…{2}/.test(s.title))).toEqual([]);
  });
});

describe("叙述：三公经费之和", () => {
  // putuo-wanli-2024 p32: 47.91 = 0 + 46.56 + 1.35.
  it("三公经费 = 因公出国 + 公务用车购置及运行费 + 公务接待费", () => {
    const d = excerpt("wanli-2024-bumen-yusuan");
    const sums = checkDocument(d.facts, d.tables).outcomes.filter((o) => o.kind === "narrative_sum");
    const sanGong = sums.find((o) =>
      o.factIds.some((id) => d.facts.find((f: Fact) => f.id === id)?.metric === "三公经费"),
    );
    expect(sanGong?.holds).toBe(true);
  });
});
