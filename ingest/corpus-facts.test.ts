import { Decimal } from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "./testing/corpus.js";
import type { Fact, ParsedDocument } from "./schema.js";

/**
 * Table facts of the sample documents, checked cell by cell against values read from the
 * document text (line numbers cite data/docs/…). Narrative facts: parse/narrative-facts.test.ts.
 */
let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

interface Query {
  row?: string;
  code?: string;
  line?: number;
  column: string;
}
/** "01".."09" is a standard table; anything else matches an attachment table's title. */
const inTable = (f: Fact, table: string) =>
  /^\d\d$/.test(table) ? f.table === table : !!f.table && !!f.tableTitle?.includes(table);
const matches = (f: Fact, table: string, q: Query) =>
  inTable(f, table) &&
  f.column === q.column &&
  (q.code ? f.rowCode === q.code : f.row === q.row) &&
  (q.line === undefined || f.source.lines[0] === q.line);

/** The one table fact at (table, row name or subject code, column); throws when there is none or several. */
function cell(doc: ParsedDocument, table: string, q: Query): Fact {
  const hits = doc.facts.filter((f) => matches(f, table, q));
  if (hits.length !== 1)
    throw new Error(`${doc.info.docId} 表${table}「${q.code ?? q.row}｜${q.column}」: ${hits.length} facts`);
  return hits[0];
}
const canon = (v: string) => new Decimal(v).toFixed();

/*
 * Expected cells, as read from the documents. "# doc table = columns" starts a table (columns
 * comma-separated, or a name from COLUMNS); rows read "key | v v …", several per line split by ";".
 * key is "code name", "name", or "L<line> name" where a name repeats. "-" = blank in the document
 * (there must be no fact: blank is not zero); "·" = not checked; "96.48%" = a percentage.
 */
const COLUMNS: Record<string, string[]> = {
  INCOME: ["收入 / 金额", "支出 / 金额"],
  FINAL: ["收入 / 决算数", "支出 / 决算数"],
  T04: ["收入 / 金额", "支出 / 合计", "支出 / 一般公共预算财政拨款", "支出 / 政府性基金预算财政拨款"],
  T05: ["本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出"],
  T09: ["预算数", "决算数"].flatMap((b) =>
    [
      "合计",
      "因公出国（境）费",
      "公务用车购置及运行维护费 / 小计",
      "公务用车购置及运行维护费 / 公务用车购置费",
    ]
      .concat(["公务用车购置及运行维护费 / 公务用车运行维护费", "公务接待费"])
      .map((c) => `${b} / ${c}`),
  ),
  BASE: ["2023年决算数", "2024年预算数", "2024年决算数"],
};

const SPEC = `
# 000 01 = INCOME
一般公共预算财政拨款收入 | 5487.18 · ;二、政府性基金预算财政拨款收入 | - · ;上级补助收入 | 0.00 · ;其他收入 | 0.00 ·
一般公共服务支出 | · 4317.24 ;外交支出 | · - ;社会保障和就业支出 | · 648.26 ;卫生健康支出 | · 218.88 ;城乡社区支出 | · 58.68
商业服务业等支出 | · 15.18 ;金融支出 | · 39.27 ;自然资源海洋气象等支出 | · 8.25 ;住房保障支出 | · 181.42
本年收入合计 | 5487.18 · ;本年支出合计 | · 5487.18 ;年初结转和结余 | 0.00 · ;年末结转和结余 | · 0.00 ;总计 | 5487.18 5487.18
# 000 02 = 本年收入合计, 财政拨款收入, 上级补助收入
合计 | 5487.18 5487.18 0.00 ;2010201 行政运行 | 139.69 139.69 0.00 ;2010301 行政运行 | 3508.11 3508.11 0.00
2010302 一般行政管理事务 | 558.89 558.89 0.00 ;2019999 其他一般公共服务支出 | 30.45 30.45 0.00 ;2210201 住房公积金 | 181.42 181.42 0.00
2080505 机关事业单位基本养老保险缴费支出 | 208.47 208.47 0.00 ;2101199 其他行政事业单位医疗支出 | 168.36 168.36 0.00
# 000 03 = 本年支出合计, 基本支出, 项目支出, 上缴上级支出
合计 | 5487.18 4723.85 763.33 - ;2010301 行政运行 | 3508.11 3508.11 - - ;2010302 一般行政管理事务 | 558.89 - 558.89 -
2019999 其他一般公共服务支出 | 30.45 27.50 2.95 - ;2129999 其他城乡社区支出 | 58.68 - 58.68 - ;2210201 住房公积金 | 181.42 181.42 - -
# 000 04 = T04
L217 一般公共预算财政拨款 | 5487.18 · · · ;L229 一般公共预算财政拨款 | 0.00 · · · ;一般公共服务支出 | · 4317.24 4317.24 -
社会保障和就业支出 | · 648.26 648.26 - ;住房保障支出 | · 181.42 181.42 - ;本年收入合计 | 5487.18 · · ·
本年支出合计 | · 5487.18 5487.18 - ;年初财政拨款结转和结余 | 0.00 · · · ;总计 | 5487.18 5487.18 5487.18 -
# 000 05 = T05
合计 | 5487.18 4723.85 763.33 ;2010201 行政运行 | 139.69 139.69 - ;2010301 行政运行 | 3508.11 3508.11 -
2010302 一般行政管理事务 | 558.89 - 558.89 ;2019999 其他一般公共服务支出 | 30.45 27.50 2.95 ;2080801 死亡抚恤 | 17.45 17.45 -
2179999 其他金融支出 | 39.27 - 39.27
# 000 06 = 人员经费 / 决算数, 公用经费 / 决算数
301 工资福利支出 | 2190.38 · ;30101 基本工资 | 615.74 · ;30103 奖金 | 540.45 · ;30108 机关事业单位基本养老保险缴费 | 208.47 ·
30113 住房公积金 | 190.50 · ;303 对个人和家庭的补助 | 428.71 · ;30305 生活补助 | 243.13 · ;30309 奖励金 | 5.10 ·
人员经费合计 | 2619.09 · ;302 商品和服务支出 | · 2101.18 ;30201 办公费 | · 125.26 ;30205 水费 | · 54.50 ;30209 物业管理费 | · 427.20
30212 因公出国（境）费用 | · 34.80 ;30215 会议费 | · 2.22 ;30216 培训费 | · 22.70 ;30217 公务接待费 | · 1.12
30231 公务用车运行维护费 | · 85.75 ;30299 其他商品和服务支出 | · 147.54 ;310 资本性支出 | · 3.58 ;31002 办公设备购置 | · 3.58
399 其他支出 | · 0.00 ;公用经费合计 | · 2104.76
# 000 09 = T09
“三公”经费 | 136.85 49.98 85.75 - 85.75 1.12 136.85 49.98 85.75 - 85.75 1.12
# 000 基础数据表 = BASE
三公经费 | 151.98 136.85 136.85 ;公务用车购置和维护经费 | 140.32 85.75 85.75 ;公车购置 | 53.94 0 0 ;公车运行维护 | 86.38 85.75 85.75
出国经费 | 9.68 49.98 49.98 ;公务接待 | 1.98 1.12 1.12 ;项目支出 | 718.17 2314.49 2111.18 ;市长热线专项 | 467.6 510 510
营商环境 | 194.27 164.38 138.86 ;办公经费 | 145.55 132.88 131.81 ;会议费、培训费 | 3.66 39.7 25.71 ;政府采购金额 | - 994.06 686.16

# 001 01 = FINAL
一般公共预算财政拨款收入 | 247.80 · ;政府性基金预算财政拨款收入 | 0.00 · ;附属单位上缴收入 | 0.00 · ;本年收入合计 | 247.80 ·
使用非财政拨款结余 | 0.00 · ;年初结转和结余 | 0.00 · ;一般公共服务支出 | · 247.80 ;外交支出 | · 0.00 ;商业服务业等支出 | · 0.00
本年支出合计 | · 247.80 ;结余分配 | · 0.00 ;年末结转和结余 | · 0.00 ;总计 | 247.80 247.80
# 001 02 = 本年收入合计, 财政拨款收入, 上级补助收入, 其他收入
合计 | 247.80 247.80 0.00 0.00 ;201 一般公共服务支出 | 247.80 247.80 0.00 0.00 ;2010302 一般行政管理事务 | 247.80 247.80 0.00 0.00
20103 政府办公厅（室）及相关机构事务 | 247.80 247.80 0.00 0.00
# 001 03 = 本年支出合计, 基本支出, 项目支出, 对附属单位补助支出
合计 | 247.80 0.00 247.80 0.00 ;201 一般公共服务支出 | 247.80 0.00 247.80 0.00 ;2010302 一般行政管理事务 | 247.80 0.00 247.80 0.00
20103 政府办公厅（室）及相关机构事务 | 247.80 0.00 247.80 0.00
# 001 04 = T04
L397 一般公共预算财政拨款 | 247.80 · · · ;L487 一般公共预算财政拨款 | 0.00 · · · ;一般公共服务支出 | · 247.80 247.80 0.00
外交支出 | · 0.00 0.00 0.00 ;本年收入合计 | 247.80 · · · ;本年支出合计 | · 247.80 247.80 0.00 ;总计 | 247.80 247.80 247.80 0.00
# 001 05 = T05
合计 | 247.80 0.00 247.80 ;201 一般公共服务支出 | 247.80 0.00 247.80 ;2010302 一般行政管理事务 | 247.80 0.00 247.80
20103 政府办公厅（室）及相关机构事务 | 247.80 0.00 247.80
# 001 06 = 决算数
301 工资福利支出 | 0.00 ;30101 基本工资 | 0.00 ;303 对个人和家庭的补助 | 0.00 ;302 商品和服务支出 | 0.00 ;30215 会议费 | 0.00
30217 公务接待费 | 0.00 ;30231 公务用车运行维护费 | 0.00 ;310 资本性支出 | 0.00 ;39906 赠与 | 0.00
人员经费合计 | 0.00 ;公用经费合计 | 0.00
# 001 基础数据表 = BASE
三公经费 | 26.42 40 23.3 ;公务用车购置和维护经费 | 0 18 19.7 ;公车购置 | 0 0 0 ;公车运行维护 | 26.42 18 19.7 ;出国经费 | 0 0 0
公务接待 | 9.71 22 3.6 ;项目支出 | 69.12 257 247.8 ;业务工作经费 | 29.12 40 38.46 ;运行维护经费 | 40.00 217 209.35
公用经费 | 176.4 0 0 ;政府采购金额 | - 62.3 66.71
# 001 项目资金支出情况 = 年初预算, 实际指标可用数, 支出金额, 执行率, 超支（+）/结余（-）
驻京工作经费 | 217 217 209.35 96.48% -7.65 ;招商专项 | 40 40 38.46 96.15% -1.44 ;合计 | 257 257 247.81 96.42% -9.09

# 002 01 = FINAL
一般公共预算财政拨款收入 | 840.70 · ;上级补助收入 | - · ;本年收入合计 | 840.70 · ;年初结转和结余 | - · ;一般公共服务支出 | · 674.75
科学技术支出 | · 1.96 ;文化旅游体育与传媒支出 | · - ;社会保障和就业支出 | · 64.82 ;卫生健康支出 | · 55.93 ;住房保障支出 | · 43.24
本年支出合计 | · 840.70 ;总计 | 840.70 840.70
# 002 02 = 本年收入合计, 财政拨款收入, 上级补助收入
合计 | 840.70 840.70 - ;2012601 行政运行 | 145.09 145.09 - ;2012699 其他档案事务支出 | 40.00 40.00 -
2013101 行政运行 | 322.85 322.85 - ;2013105 专项业务 | 63.31 63.31 - ;2100717 计划生育服务 | 0.83 0.83 -
2101102 事业单位医疗 | 10.51 10.51 - ;2210201 住房公积金 | 43.24 43.24 -
# 002 03 = 本年支出合计, 基本支出, 项目支出
合计 | 840.70 631.11 209.59 ;2012601 行政运行 | 145.09 145.09 - ;2012699 其他档案事务支出 | 40.00 - 40.00
2013102 一般行政管理事务 | 93.49 - 93.49 ;2080505 机关事业单位基本养老保险缴费支出 | 51.28 51.28 -
2089999 其他社会保障和就业支出 | 1.56 1.56 - ;2210201 住房公积金 | 43.24 43.24 -
# 002 04 = T04
L203 一般公共预算财政拨款 | 840.70 · · · ;一般公共服务支出 | · 674.75 674.75 - ;科学技术支出 | · 1.96 1.96 -
住房保障支出 | · 43.24 43.24 - ;本年收入合计 | 840.70 · · · ;本年支出合计 | · 840.70 840.70 -
年末财政拨款结转和结余 | · - - - ;总计 | 840.70 840.70 840.70 -
# 002 05 = T05
合计 | 840.70 631.11 209.59 ;2012601 行政运行 | 145.09 145.09 - ;2012699 其他档案事务支出 | 40.00 - 40.00
2013101 行政运行 | 322.85 322.85 - ;2013102 一般行政管理事务 | 93.49 - 93.49 ;2101103 公务员医疗补助 | 35.02 35.02 -
# 002 06 = 决算数
301 工资福利支出 | 537.8 ;30101 基本工资 | 167.6 ;30102 津贴补贴 | 58.03 ;30103 奖金 | 155.4 ;30106 伙食补助费 | -
30108 机关事业单位基本养老保险缴 | 51.28 ;30113 住房公积金 | 43.24 ;303 对个人和家庭的补助 | 6.49 ;30307 医疗费补助 | 6.49
302 商品和服务支出 | 83.1 ;30201 办公费 | 3.51 ;30203 咨询费 | 0.70 ;30217 公务接待费 | 0.13 ;30226 劳务费 | 16.8
30231 公务用车运行维护 | 3.50 ;30239 其他交通费用 | 24.4 ;30299 其他商品和服务支 | 16.3 ;307 债务利息及费用支出 | -
310 资本性支出 | 3.65 ;31002 办公设备购置 | 3.65 ;人员经费合计 | 544.3 ;公用经费合计 | 86.7
# 002 09 = T09
“三公”经费 | 9.00 5.38 3.50 - 3.50 0.13 9.00 5.38 3.50 - 3.50 0.13
`;

interface CellCheck {
  doc: DocId;
  table: string;
  q: Query;
  name: string;
  label: string;
  expected: string | null;
}
const checks: CellCheck[] = [];
let current: { doc: DocId; table: string; columns: string[] } | undefined;
for (const line of SPEC.split("\n").filter((l) => l.trim())) {
  const header = /^# (\d{3}) (\S+) = (.+)$/.exec(line);
  if (header) {
    const columns = COLUMNS[header[3]] ?? header[3].split(", ");
    current = { doc: header[1] as DocId, table: header[2], columns };
    continue;
  }
  for (const spec of line.split(";")) {
    const { doc, table, columns } = current!;
    const [head, body] = spec.split("|").map((x) => x.trim());
    const [, lineNo, code, raw] = /^(?:L(\d+) )?(?:(\d{3,7}) )?(.+)$/.exec(head)!;
    const name = raw.replace(/^[一二三四五六七八九十]+、/, "");
    const values = body.split(/\s+/);
    if (values.length !== columns.length) throw new Error(`bad spec ${doc} ${table}: ${spec}`);
    values.forEach((v, i) => {
      if (v === "·") return;
      const q: Query = {
        column: columns[i],
        ...(code ? { code } : { row: name }),
        ...(lineNo ? { line: +lineNo } : {}),
      };
      const label = `${doc} 表${table}「${head}｜${columns[i]}」`;
      checks.push({ doc, table, q, name, label, expected: v === "-" ? null : v });
    });
  }
}

describe("表格单元格：逐格核对原文", () => {
  it("单元格数值断言不少于150个", () => {
    expect(checks.filter((c) => c.expected !== null).length).toBeGreaterThanOrEqual(150);
  });

  const byTable = new Map<string, CellCheck[]>();
  for (const c of checks)
    byTable.set(`${c.doc} 表${c.table}`, [...(byTable.get(`${c.doc} 表${c.table}`) ?? []), c]);
  for (const [key, group] of byTable) {
    it(`${key}：${group.length} 格`, () => {
      for (const { doc, table, q, name, label, expected } of group) {
        if (expected === null) {
          const blank = docs[doc].facts.filter((f) => matches(f, table, q));
          expect(blank, `${label} 原文空白，不应有事实`).toEqual([]);
          continue;
        }
        const f = cell(docs[doc], table, q);
        expect(canon(f.value), label).toBe(canon(expected.replace(/%$/, "")));
        expect(f.measure, label).toBe(expected.endsWith("%") ? "%" : "万元");
        if (q.code) expect(f.row, label).toBe(name);
        else expect(f.rowCode, label).toBeUndefined();
        expect([f.unit, f.year, f.kind], label).toEqual([docs[doc].info.unit, 2024, "决算"]);
        const period = /^(20\d\d)年/.exec(q.column)?.[1];
        if (period && period !== "2024") expect(f.period, label).toBe(Number(period));
      }
    });
  }
});

describe("文档与表头", () => {
  const TITLES =
    "收入支出决算总表 收入决算表 支出决算表 财政拨款收入支出决算总表 一般公共预算财政拨款支出决算表 一般公共预算财政拨款基本支出决算明细表 政府性基金预算财政拨款收入支出决算表 国有资本经营预算财政拨款支出决算表 财政拨款“三公”经费支出决算表".split(
      " ",
    );
  const standard = (id: DocId) => docs[id].tables.filter((t) => t.number).map((t) => [t.number, t.title]);

  it("000、002 有公开01–09表，001 只有01–08表，003 没有表", () => {
    const numbered = TITLES.map((t, i) => [String(i + 1).padStart(2, "0"), t]);
    expect(standard("000")).toEqual(numbered);
    expect(standard("002")).toEqual(numbered);
    expect(standard("001")).toEqual(numbered.slice(0, 8));
    expect(docs["003"].tables).toEqual([]);
    expect(docs["003"].facts.filter((f) => f.table)).toEqual([]);
  });

  it("空表（公开07、08表，“无”）不产生事实；001 没有09表的事实", () => {
    for (const id of ["000", "001", "002"] as const)
      expect(docs[id].facts.filter((f) => f.table === "07" || f.table === "08")).toEqual([]);
    expect(docs["001"].facts.filter((f) => f.table === "09")).toEqual([]);
  });

  it("表09的预算数是全年预算口径（表注），决算数是决算口径", () => {
    expect(cell(docs["000"], "09", { row: "“三公”经费", column: "预算数 / 合计" }).basis).toBe("全年预算");
    expect(cell(docs["002"], "09", { row: "“三公”经费", column: "决算数 / 合计" }).basis).toBe("决算");
  });

  it("表04“支出 / 一般公共预算财政拨款”是资金来源列，口径是决算而不是预算（000 第217行）", () => {
    const q = { row: "一般公共服务支出", column: "支出 / 一般公共预算财政拨款" };
    expect(cell(docs["000"], "04", q).basis).toBe("决算");
  });

  it("001 表1“实际指标可用数”是可用预算指标，不是决算数（第1219行）", () => {
    const q = { row: "驻京工作经费", column: "实际指标可用数" };
    expect(cell(docs["001"], "项目资金支出情况", q).basis).not.toBe("决算");
  });

  it("基础数据表首段“财政供养人员情况（人）”：000 编制数 138 人（第726–727行）", () => {
    const f = docs["000"].facts.find((x) => x.tableTitle?.includes("基础数据表") && x.column === "编制数");
    expect([f?.value, f?.measure]).toEqual(["138", "人"]);
  });

  it("002 项目自评表“培训费用 10万元 5.38万元 10 10.00”（第868行）：分值和得分不是“培训费”的数字", () => {
    const scores = docs["002"].facts.filter((f) => f.source.lines[0] === 868 && f.measure === "分");
    expect(scores.map((f) => [f.column, f.value])).toEqual([
      ["分值", "10"],
      ["得分", "10.00"],
    ]);
    expect(scores.filter((f) => f.metric)).toEqual([]);
  });

  it("001 表06 第857–859行没有科目名的“0.00”不应记到“其他交通费用”名下", () => {
    expect(docs["001"].facts.filter((f) => f.table === "06" && f.row === "其他交通费用")).toHaveLength(1);
  });
});
