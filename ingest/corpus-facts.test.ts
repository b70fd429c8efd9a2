import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";
import type { Fact, ParsedDocument } from "./schema.js";

/**
 * Facts of the four sample documents, checked cell by cell against values read from the
 * document text (line numbers cite data/docs/…). Grid rows read "key | v v v": key is a subject
 * code plus name, a name, or "L<line> name" when a name repeats; "-" means the document leaves the
 * cell blank (so there must be no fact: blank is not zero); "·" means the cell is not checked here.
 */
const DOCS = fileURLToPath(new URL("../data/docs/", import.meta.url));
const FILES = {
  "000": "000_2a4a6f0d8c259386.txt",
  "001": "001_c98938bd16771fdc.txt",
  "002": "002_f16b9cd1552d1230.txt",
  "003": "003_ff9efc1699625d1f.txt",
} as const;
type DocId = keyof typeof FILES;
const docs = {} as Record<DocId, ParsedDocument>;

beforeAll(async () => {
  for (const id of Object.keys(FILES) as DocId[]) {
    const { text } = await readDocument(DOCS + FILES[id]);
    docs[id] = parseDocument({ docId: id, file: FILES[id], hash: id, text });
  }
});

interface Query {
  row?: string;
  code?: string;
  line?: number;
  column: string;
}
/** "02".."09" is a standard table; anything else matches an attachment table's title. */
const inTable = (f: Fact, table: string) => (/^\d\d$/.test(table) ? f.table === table : !!f.table && !!f.tableTitle?.includes(table));
const matches = (f: Fact, table: string, q: Query) =>
  inTable(f, table) && f.column === q.column && (q.code ? f.rowCode === q.code : f.row === q.row) && (q.line === undefined || f.source.lines[0] === q.line);

/** The one table fact at (table, row or code, column); throws when there is none or several. */
function cell(doc: ParsedDocument, table: string, q: Query): Fact {
  const hits = doc.facts.filter((f) => matches(f, table, q));
  if (hits.length !== 1) throw new Error(`${doc.info.docId} 表${table}「${q.code ?? ""}${q.row ?? ""}｜${q.column}」: ${hits.length} facts`);
  return hits[0];
}

const canon = (v: string) => new Decimal(v).toFixed();

interface Grid {
  doc: DocId;
  table: string;
  columns: string[];
  rows: string;
}
const grids: Grid[] = [];
const grid = (doc: DocId, table: string, columns: string[], rows: string) => grids.push({ doc, table, columns, rows });
const INCOME = ["收入 / 金额", "支出 / 金额"];
const FINAL = ["收入 / 决算数", "支出 / 决算数"];
const T04 = ["收入 / 金额", "支出 / 合计", "支出 / 一般公共预算财政拨款", "支出 / 政府性基金预算财政拨款"];
const T05 = ["本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出"];
const T09 = ["预算数", "决算数"].flatMap((basis) =>
  ["合计", "因公出国（境）费", "公务用车购置及运行维护费 / 小计", "公务用车购置及运行维护费 / 公务用车购置费"]
    .concat(["公务用车购置及运行维护费 / 公务用车运行维护费", "公务接待费"])
    .map((c) => `${basis} / ${c}`),
);
const BASE = ["2023年决算数", "2024年预算数", "2024年决算数"];

// ── 000 株洲市人民政府办公室（制表符版式） ──
grid("000", "01", INCOME, `一般公共预算财政拨款收入 | 5487.18 · ;二、政府性基金预算财政拨款收入 | - · ;上级补助收入 | 0.00 · ;其他收入 | 0.00 ·
  一般公共服务支出 | · 4317.24 ;外交支出 | · - ;社会保障和就业支出 | · 648.26 ;卫生健康支出 | · 218.88 ;城乡社区支出 | · 58.68
  商业服务业等支出 | · 15.18 ;金融支出 | · 39.27 ;自然资源海洋气象等支出 | · 8.25 ;住房保障支出 | · 181.42 ;本年收入合计 | 5487.18 ·
  本年支出合计 | · 5487.18 ;年初结转和结余 | 0.00 · ;年末结转和结余 | · 0.00 ;总计 | 5487.18 5487.18`);
grid("000", "02", ["本年收入合计", "财政拨款收入", "上级补助收入"], `合计 | 5487.18 5487.18 0.00 ;2010201 行政运行 | 139.69 139.69 0.00
  2010301 行政运行 | 3508.11 3508.11 0.00 ;2010302 一般行政管理事务 | 558.89 558.89 0.00 ;2019999 其他一般公共服务支出 | 30.45 30.45 0.00
  2080505 机关事业单位基本养老保险缴费支出 | 208.47 208.47 0.00 ;2101199 其他行政事业单位医疗支出 | 168.36 168.36 0.00 ;2210201 住房公积金 | 181.42 181.42 0.00`);
grid("000", "03", ["本年支出合计", "基本支出", "项目支出", "上缴上级支出"], `合计 | 5487.18 4723.85 763.33 - ;2010301 行政运行 | 3508.11 3508.11 - -
  2010302 一般行政管理事务 | 558.89 - 558.89 - ;2019999 其他一般公共服务支出 | 30.45 27.50 2.95 - ;2129999 其他城乡社区支出 | 58.68 - 58.68 -
  2210201 住房公积金 | 181.42 181.42 - -`);
grid("000", "04", T04, `L217 一般公共预算财政拨款 | 5487.18 · · · ;L229 一般公共预算财政拨款 | 0.00 · · · ;一般公共服务支出 | · 4317.24 4317.24 -
  社会保障和就业支出 | · 648.26 648.26 - ;住房保障支出 | · 181.42 181.42 - ;本年收入合计 | 5487.18 · · · ;本年支出合计 | · 5487.18 5487.18 -
  年初财政拨款结转和结余 | 0.00 · · · ;总计 | 5487.18 5487.18 5487.18 -`);
grid("000", "05", T05, `合计 | 5487.18 4723.85 763.33 ;2010201 行政运行 | 139.69 139.69 - ;2010301 行政运行 | 3508.11 3508.11 -
  2010302 一般行政管理事务 | 558.89 - 558.89 ;2019999 其他一般公共服务支出 | 30.45 27.50 2.95 ;2080801 死亡抚恤 | 17.45 17.45 - ;2179999 其他金融支出 | 39.27 - 39.27`);
grid("000", "06", ["人员经费 / 决算数", "公用经费 / 决算数"], `301 工资福利支出 | 2190.38 · ;30101 基本工资 | 615.74 · ;30103 奖金 | 540.45 ·
  30108 机关事业单位基本养老保险缴费 | 208.47 · ;30113 住房公积金 | 190.50 · ;303 对个人和家庭的补助 | 428.71 · ;30305 生活补助 | 243.13 ·
  30309 奖励金 | 5.10 · ;人员经费合计 | 2619.09 · ;302 商品和服务支出 | · 2101.18 ;30201 办公费 | · 125.26 ;30205 水费 | · 54.50
  30209 物业管理费 | · 427.20 ;30212 因公出国（境）费用 | · 34.80 ;30215 会议费 | · 2.22 ;30216 培训费 | · 22.70 ;30217 公务接待费 | · 1.12
  30231 公务用车运行维护费 | · 85.75 ;30299 其他商品和服务支出 | · 147.54 ;310 资本性支出 | · 3.58 ;31002 办公设备购置 | · 3.58
  399 其他支出 | · 0.00 ;公用经费合计 | · 2104.76`);
grid("000", "09", T09, `“三公”经费 | 136.85 49.98 85.75 - 85.75 1.12 136.85 49.98 85.75 - 85.75 1.12`);
grid("000", "基础数据表", BASE, `三公经费 | 151.98 136.85 136.85 ;公务用车购置和维护经费 | 140.32 85.75 85.75 ;公车购置 | 53.94 0 0
  公车运行维护 | 86.38 85.75 85.75 ;出国经费 | 9.68 49.98 49.98 ;公务接待 | 1.98 1.12 1.12 ;项目支出 | 718.17 2314.49 2111.18
  市长热线专项 | 467.6 510 510 ;营商环境 | 194.27 164.38 138.86 ;办公经费 | 145.55 132.88 131.81 ;会议费、培训费 | 3.66 39.7 25.71
  政府采购金额 | - 994.06 686.16`);

// ── 001 株洲市人民政府驻北京联络处（逐格一行版式，无公开09表） ──
grid("001", "01", FINAL, `一般公共预算财政拨款收入 | 247.80 · ;政府性基金预算财政拨款收入 | 0.00 · ;附属单位上缴收入 | 0.00 · ;本年收入合计 | 247.80 ·
  使用非财政拨款结余 | 0.00 · ;年初结转和结余 | 0.00 · ;一般公共服务支出 | · 247.80 ;外交支出 | · 0.00 ;商业服务业等支出 | · 0.00
  本年支出合计 | · 247.80 ;结余分配 | · 0.00 ;年末结转和结余 | · 0.00 ;总计 | 247.80 247.80`);
grid("001", "02", ["本年收入合计", "财政拨款收入", "上级补助收入", "其他收入"], `合计 | 247.80 247.80 0.00 0.00
  201 一般公共服务支出 | 247.80 247.80 0.00 0.00 ;20103 政府办公厅（室）及相关机构事务 | 247.80 247.80 0.00 0.00
  2010302 一般行政管理事务 | 247.80 247.80 0.00 0.00`);
grid("001", "03", ["本年支出合计", "基本支出", "项目支出", "对附属单位补助支出"], `合计 | 247.80 0.00 247.80 0.00
  201 一般公共服务支出 | 247.80 0.00 247.80 0.00 ;20103 政府办公厅（室）及相关机构事务 | 247.80 0.00 247.80 0.00
  2010302 一般行政管理事务 | 247.80 0.00 247.80 0.00`);
grid("001", "04", T04, `L397 一般公共预算财政拨款 | 247.80 · · · ;L487 一般公共预算财政拨款 | 0.00 · · · ;一般公共服务支出 | · 247.80 247.80 0.00
  外交支出 | · 0.00 0.00 0.00 ;本年收入合计 | 247.80 · · · ;本年支出合计 | · 247.80 247.80 0.00 ;总计 | 247.80 247.80 247.80 0.00`);
grid("001", "05", T05, `合计 | 247.80 0.00 247.80 ;201 一般公共服务支出 | 247.80 0.00 247.80
  20103 政府办公厅（室）及相关机构事务 | 247.80 0.00 247.80 ;2010302 一般行政管理事务 | 247.80 0.00 247.80`);
grid("001", "06", ["决算数"], `301 工资福利支出 | 0.00 ;30101 基本工资 | 0.00 ;303 对个人和家庭的补助 | 0.00 ;302 商品和服务支出 | 0.00
  30215 会议费 | 0.00 ;30217 公务接待费 | 0.00 ;30231 公务用车运行维护费 | 0.00 ;310 资本性支出 | 0.00 ;39906 赠与 | 0.00
  人员经费合计 | 0.00 ;公用经费合计 | 0.00`);
grid("001", "基础数据表", BASE, `三公经费 | 26.42 40 23.3 ;公务用车购置和维护经费 | 0 18 19.7 ;公车购置 | 0 0 0 ;公车运行维护 | 26.42 18 19.7
  出国经费 | 0 0 0 ;公务接待 | 9.71 22 3.6 ;项目支出 | 69.12 257 247.8 ;业务工作经费 | 29.12 40 38.46 ;运行维护经费 | 40.00 217 209.35
  公用经费 | 176.4 0 0 ;政府采购金额 | - 62.3 66.71`);
grid("001", "项目资金支出情况", ["年初预算", "实际指标可用数", "支出金额", "执行率", "超支（+）/结余（-）"], `驻京工作经费 | 217 217 209.35 96.48% -7.65
  招商专项 | 40 40 38.46 96.15% -1.44 ;合计 | 257 257 247.81 96.42% -9.09`);

// ── 002 中共株洲市天元区委办公室（制表符版式） ──
grid("002", "01", FINAL, `一般公共预算财政拨款收入 | 840.70 · ;上级补助收入 | - · ;本年收入合计 | 840.70 · ;年初结转和结余 | - · ;一般公共服务支出 | · 674.75
  科学技术支出 | · 1.96 ;文化旅游体育与传媒支出 | · - ;社会保障和就业支出 | · 64.82 ;卫生健康支出 | · 55.93 ;住房保障支出 | · 43.24
  本年支出合计 | · 840.70 ;总计 | 840.70 840.70`);
grid("002", "02", ["本年收入合计", "财政拨款收入", "上级补助收入"], `合计 | 840.70 840.70 - ;2012601 行政运行 | 145.09 145.09 -
  2012699 其他档案事务支出 | 40.00 40.00 - ;2013101 行政运行 | 322.85 322.85 - ;2013105 专项业务 | 63.31 63.31 -
  2100717 计划生育服务 | 0.83 0.83 - ;2101102 事业单位医疗 | 10.51 10.51 - ;2210201 住房公积金 | 43.24 43.24 -`);
grid("002", "03", ["本年支出合计", "基本支出", "项目支出"], `合计 | 840.70 631.11 209.59 ;2012601 行政运行 | 145.09 145.09 -
  2012699 其他档案事务支出 | 40.00 - 40.00 ;2013102 一般行政管理事务 | 93.49 - 93.49 ;2080505 机关事业单位基本养老保险缴费支出 | 51.28 51.28 -
  2089999 其他社会保障和就业支出 | 1.56 1.56 - ;2210201 住房公积金 | 43.24 43.24 -`);
grid("002", "04", T04, `L203 一般公共预算财政拨款 | 840.70 · · · ;一般公共服务支出 | · 674.75 674.75 - ;科学技术支出 | · 1.96 1.96 -
  住房保障支出 | · 43.24 43.24 - ;本年收入合计 | 840.70 · · · ;本年支出合计 | · 840.70 840.70 - ;年末财政拨款结转和结余 | · - - -
  总计 | 840.70 840.70 840.70 -`);
grid("002", "05", T05, `合计 | 840.70 631.11 209.59 ;2012601 行政运行 | 145.09 145.09 - ;2012699 其他档案事务支出 | 40.00 - 40.00
  2013101 行政运行 | 322.85 322.85 - ;2013102 一般行政管理事务 | 93.49 - 93.49 ;2101103 公务员医疗补助 | 35.02 35.02 -`);
grid("002", "06", ["决算数"], `301 工资福利支出 | 537.8 ;30101 基本工资 | 167.6 ;30102 津贴补贴 | 58.03 ;30103 奖金 | 155.4 ;30106 伙食补助费 | -
  30108 机关事业单位基本养老保险缴 | 51.28 ;30113 住房公积金 | 43.24 ;303 对个人和家庭的补助 | 6.49 ;30307 医疗费补助 | 6.49
  302 商品和服务支出 | 83.1 ;30201 办公费 | 3.51 ;30203 咨询费 | 0.70 ;30217 公务接待费 | 0.13 ;30226 劳务费 | 16.8
  30231 公务用车运行维护 | 3.50 ;30239 其他交通费用 | 24.4 ;30299 其他商品和服务支 | 16.3 ;307 债务利息及费用支出 | -
  310 资本性支出 | 3.65 ;31002 办公设备购置 | 3.65 ;人员经费合计 | 544.3 ;公用经费合计 | 86.7`);
grid("002", "09", T09, `“三公”经费 | 9.00 5.38 3.50 - 3.50 0.13 9.00 5.38 3.50 - 3.50 0.13`);

interface CellCheck {
  doc: DocId;
  table: string;
  q: Query;
  name: string;
  label: string;
  expected: string | null;
}
const checks: CellCheck[] = grids.flatMap(({ doc, table, columns, rows }) =>
  rows.split(/[;\n]/).flatMap((spec) => {
    const [head, body] = spec.split("|").map((s) => s.trim());
    const m = /^(?:L(\d+) )?(?:(\d{3,7}) )?(.+)$/.exec(head)!;
    const values = body.split(/\s+/);
    if (values.length !== columns.length) throw new Error(`bad spec ${doc} ${table}: ${spec}`);
    return values.flatMap((v, i) => {
      if (v === "·") return [];
      const name = m[3].replace(/^[一二三四五六七八九十]+、/, "");
      const q: Query = { column: columns[i], ...(m[2] ? { code: m[2] } : { row: name }), ...(m[1] ? { line: Number(m[1]) } : {}) };
      return [{ doc, table, q, name, label: `${doc} 表${table}「${head}｜${columns[i]}」`, expected: v === "-" ? null : v }];
    });
  }),
);

describe("表格单元格：逐格核对原文", () => {
  it("单元格数值断言不少于150个", () => {
    expect(checks.filter((c) => c.expected !== null).length).toBeGreaterThanOrEqual(150);
  });

  const byTable = new Map<string, CellCheck[]>();
  for (const c of checks) byTable.set(`${c.doc} 表${c.table}`, [...(byTable.get(`${c.doc} 表${c.table}`) ?? []), c]);
  for (const [key, group] of byTable) {
    it(`${key}：${group.length} 格`, () => {
      for (const { doc, table, q, name, label, expected } of group) {
        if (expected === null) {
          expect(docs[doc].facts.filter((f) => matches(f, table, q)), `${label} 原文空白，不应有事实`).toEqual([]);
          continue;
        }
        const f = cell(docs[doc], table, q);
        expect(canon(f.value), label).toBe(canon(expected.replace(/%$/, "")));
        expect(f.measure, label).toBe(expected.endsWith("%") ? "%" : "万元");
        if (q.code) expect(f.row, label).toBe(name);
        else expect(f.rowCode, label).toBeUndefined();
        expect(f.kind).toBe("决算");
        expect(f.year).toBe(2024);
        const period = /^(20\d\d)年/.exec(q.column)?.[1];
        if (period && period !== "2024") expect(f.period, label).toBe(Number(period));
      }
    });
  }
});

describe("文档与表头", () => {
  const TITLES = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表"].concat(
    ["一般公共预算财政拨款基本支出决算明细表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "财政拨款“三公”经费支出决算表"],
  );
  const standard = (id: DocId) => docs[id].tables.filter((t) => t.number).map((t) => [t.number, t.title]);

  it("单位、年度、类型来自正文", () => {
    expect((Object.keys(FILES) as DocId[]).map((id) => [docs[id].info.unit, docs[id].info.year, docs[id].info.kind])).toEqual([
      ["株洲市人民政府办公室", 2024, "决算"],
      ["株洲市人民政府驻北京联络处", 2024, "决算"],
      ["中共株洲市天元区委办公室", 2024, "决算"],
      ["株洲市人民政府办公室", 2024, "预算"],
    ]);
  });

  it("000、002 有公开01–09表，001 只有01–08表，003 没有表", () => {
    const numbered = TITLES.map((t, i) => [String(i + 1).padStart(2, "0"), t]);
    expect(standard("000")).toEqual(numbered);
    expect(standard("002")).toEqual(numbered);
    expect(standard("001")).toEqual(numbered.slice(0, 8));
    expect(docs["003"].tables).toEqual([]);
    expect(docs["003"].facts.filter((f) => f.table)).toEqual([]);
  });

  it("空表（公开07、08表，“无”）不产生事实；001 没有09表的事实", () => {
    for (const id of ["000", "001", "002"] as const) expect(docs[id].facts.filter((f) => f.table === "07" || f.table === "08")).toEqual([]);
    expect(docs["001"].facts.filter((f) => f.table === "09")).toEqual([]);
  });

  it("表09的预算数是全年预算口径（表注），决算数是决算口径", () => {
    expect(cell(docs["000"], "09", { row: "“三公”经费", column: "预算数 / 合计" }).basis).toBe("全年预算");
    expect(cell(docs["002"], "09", { row: "“三公”经费", column: "决算数 / 合计" }).basis).toBe("决算");
  });

  it.fails("表04“支出 / 一般公共预算财政拨款”是资金来源列，口径是决算而不是预算（000 第217行）", () => {
    expect(cell(docs["000"], "04", { row: "一般公共服务支出", column: "支出 / 一般公共预算财政拨款" }).basis).toBe("决算");
  });

  it.fails("001 表1“实际指标可用数”是可用预算指标，不是决算数（第1219行）", () => {
    expect(cell(docs["001"], "项目资金支出情况", { row: "驻京工作经费", column: "实际指标可用数" }).basis).not.toBe("决算");
  });

  it.fails("基础数据表首段“财政供养人员情况（人）”：000 编制数138、实际在职125、控制率90.58%（第726–727行）", () => {
    const people = docs["000"].facts.filter((f) => f.tableTitle?.includes("基础数据表") && f.period === undefined && !f.column.includes("年决算数"));
    expect(people.map((f) => [f.column, canon(f.value), f.measure])).toEqual(
      expect.arrayContaining([["编制数", "138", "人"], ["2024年实际在职人数", "125", "人"], ["控制率", "90.58", "%"]]),
    );
  });

  it.fails("001 表06 第857–859行没有科目名的“0.00”不应记到“其他交通费用”名下", () => {
    expect(docs["001"].facts.filter((f) => f.table === "06" && f.row === "其他交通费用")).toHaveLength(1);
  });
});

/** The one narrative fact about `subject` (metric or row name) in `column`, optionally starting on `line`. */
function said(id: DocId, subject: string, column: string, line?: number): Fact {
  const hits = docs[id].facts.filter(
    (f) => !f.table && (f.metric === subject || f.row === subject) && f.column === column && (line === undefined || f.source.lines[0] === line),
  );
  if (hits.length !== 1) throw new Error(`${id}「${subject}｜${column}」${line ?? ""}: ${hits.length} narrative facts`);
  return hits[0];
}
const val = (f: Fact) => [canon(f.value), f.measure];

describe("叙述中的数字", () => {
  it("001 “三公”经费：预算为40万元，支出决算为23.3万元，完成预算的58.25%（第1132行）", () => {
    expect([...val(said("001", "三公经费", "预算数", 1132)), said("001", "三公经费", "预算数", 1132).basis]).toEqual(["40", "万元", "预算"]);
    expect([...val(said("001", "三公经费", "决算数", 1132)), said("001", "三公经费", "决算数", 1132).basis]).toEqual(["23.3", "万元", "决算"]);
    expect(val(said("001", "三公经费", "预算完成率", 1132))).toEqual(["58.25", "%"]);
  });

  it("000 收支总计5487.18万元，比上年减少326.65万元、降低5.62%，原因“压减了运转经费开支”（第366行）", () => {
    expect(val(said("000", "收支总计", "决算数", 366))).toEqual(["5487.18", "万元"]);
    const change = said("000", "收支总计", "比上年增减额", 366);
    const rate = said("000", "收支总计", "比上年增减率", 366);
    expect([val(change), val(rate)]).toEqual([["-326.65", "万元"], ["-5.62", "%"]]);
    expect([change.reason, rate.reason]).toEqual(["压减了运转经费开支", "压减了运转经费开支"]);
  });

  it("000 因公出国（境）费：预算20、决算49.98、完成249.9%，比上年增加40.3万元、增长416.32%（第484行）", () => {
    const cols = ["预算数", "决算数", "预算完成率", "比上年增减额", "比上年增减率"];
    expect(cols.map((c) => canon(said("000", "因公出国（境）费", c, 484).value))).toEqual(["20", "49.98", "249.9", "40.3", "416.32"]);
    expect(said("000", "因公出国（境）费", "决算数", 484).reason).toBe("编制预算时2024年出国计划未定，未考虑到工作任务增长");
  });

  it("计数：000 车辆19辆；001 编制7人、在职5人、车辆3辆；002 编制22人、实有29人、车辆1辆", () => {
    expect([522, 492].map((l) => val(said("000", "车辆数", "数量", l)))).toEqual([["19", "辆"], ["19", "辆"]]);
    expect(["编制数", "在职人数"].map((m) => val(said("001", m, "数量", 11)))).toEqual([["7", "人"], ["5", "人"]]);
    expect(val(said("001", "车辆数", "数量", 1154))).toEqual(["3", "辆"]);
    expect(["编制数", "在职人数"].map((m) => val(said("002", m, "数量", 580)))).toEqual([["22", "人"], ["29", "人"]]);
    expect(val(said("002", "车辆数", "数量", 494))).toEqual(["1", "辆"]);
  });

  it("000 政府采购675.32万元 = 货物179.79 + 工程106.01 + 服务389.52（第516行）", () => {
    const kinds = ["政府采购支出总额", "政府采购货物支出", "政府采购工程支出", "政府采购服务支出"];
    expect(kinds.map((k) => canon(said("000", k, "决算数", 516).value))).toEqual(["675.32", "179.79", "106.01", "389.52"]);
  });

  it("科目行解析为编码：000 一般行政管理事务 → 2010302，年初预算683、决算558.89，附原因（第400–402行）", () => {
    const budget = said("000", "一般行政管理事务", "年初预算数", 402);
    const actual = said("000", "一般行政管理事务", "决算数", 402);
    expect([budget.rowCode, canon(budget.value), budget.basis]).toEqual(["2010302", "683", "年初预算"]);
    expect([actual.rowCode, canon(actual.value)]).toEqual(["2010302", "558.89"]);
    expect(actual.rowPath).toEqual(["一般公共服务支出", "政府办公厅（室）及相关机构事务", "一般行政管理事务"]);
    expect(actual.reason).toBe("优化营商环境相关业务未开展");
  });

  it("同名“行政运行”按款区分：002 档案事务 → 2012601（147.20），党委办公厅 → 2013101（368.29）", () => {
    expect([said("002", "行政运行", "年初预算数", 378), said("002", "行政运行", "年初预算数", 386)].map((f) => [f.rowCode, canon(f.value)])).toEqual([
      ["2012601", "147.2"],
      ["2013101", "368.29"],
    ]);
    expect(said("000", "其他自然资源住房公积金", "决算数", 466).rowCode).toBe("2210201");
  });

  it("002 人员经费544.36万元、公用经费86.75万元（第442、444行）", () => {
    expect([val(said("002", "人员经费", "决算数", 442)), val(said("002", "公用经费", "决算数", 444))]).toEqual([["544.36", "万元"], ["86.75", "万元"]]);
  });

  it("003 2024年预算：三公154 = 出国20 + 公车101（购置0、运行101）+ 接待33；机关运行经费2182.99；均为年初预算口径", () => {
    const parts = ["三公经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"];
    const facts = parts.map((m) => said("003", m, "年初预算数", 58));
    expect(facts.map((f) => canon(f.value))).toEqual(["154", "20", "101", "0", "101", "33"]);
    expect(new Set(facts.map((f) => `${f.basis}|${f.kind}|${f.measure}`))).toEqual(new Set(["年初预算|预算|万元"]));
    const running = said("003", "机关运行经费", "年初预算数", 47);
    expect([canon(running.value), running.basis]).toEqual(["2182.99", "年初预算"]);
    expect(canon(said("003", "机关运行经费", "比上年增减额", 47).value)).toBe("-370.99");
    expect(canon(said("003", "三公经费", "比上年增减额", 58).value)).toBe("-45");
    expect([canon(said("003", "车辆数", "数量", 51).value), said("003", "车辆数", "数量", 51).period]).toEqual(["22", 2023]);
  });

  it.fails("002 三公经费“决算数大于预算数的主要原因”只是“临时因公出国经费追加”（第458行）", () => {
    expect(said("002", "三公经费", "决算数", 458).reason).toBe("临时因公出国经费追加");
  });

  it.fails("000 离退休人数只有“离退休人数 105 人”（第594行），“所属事业单位 5 个”不是（第592行）", () => {
    expect(docs["000"].facts.filter((f) => f.metric === "离退休人数").map(val)).toEqual([["105", "人"]]);
  });

  it.fails("000 项目名“三公一业”改造项目经费的引号成对（第680–682行）", () => {
    const names = docs["000"].facts.filter((f) => f.rowPath?.[0] === "项目").map((f) => f.row);
    expect(names.filter((n) => (n.match(/“/g)?.length ?? 0) !== (n.match(/”/g)?.length ?? 0))).toEqual([]);
  });
});
