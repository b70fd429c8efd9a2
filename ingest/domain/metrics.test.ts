import { describe, expect, it } from "vitest";
import { corpusLines, DOC_IDS, parseCorpus } from "../testing/corpus.js";
import { cellHoldsMetric, findMetricMentions, METRIC_BY_KEY, METRICS, metricsOfFact } from "./metrics.js";

/**
 * Table selectors over the cells as the parser names them. Rows and column paths are those of the
 * 上海 预算 tables (putuo-sfj-2026-bumen-yusuan: 财务收支预算总表 p10, 支出预算总表 p12–13, 基本支出经济
 * 分类预算表 p19) and the 株洲 决算 tables (000: 公开01/03/06表).
 */
describe("metric table selectors", () => {
  it("基本支出 / 项目支出: the 合计 row of table 03, alone (株洲) or under 支出预算 (上海)", () => {
    expect(cellHoldsMetric({ table: "03", row: "合计", column: "基本支出" }, "基本支出")).toBe(true);
    expect(cellHoldsMetric({ table: "03", row: "合计", column: "支出预算 / 基本支出" }, "基本支出")).toBe(
      true,
    );
    expect(cellHoldsMetric({ table: "03", row: "合计", column: "支出预算 / 项目支出" }, "项目支出")).toBe(
      true,
    );
    expect(cellHoldsMetric({ table: "03", row: "合计", column: "支出预算 / 合计" }, "基本支出")).toBe(false);
  });

  it("人员经费 / 公用经费: 株洲's 人员经费合计 row, 上海's 合计 row under 一般公共预算基本支出", () => {
    expect(cellHoldsMetric({ table: "06", row: "人员经费合计", column: "决算数" }, "人员经费")).toBe(true);
    const shanghai = { table: "06", row: "合计", column: "一般公共预算基本支出 / 公用经费" };
    expect(metricsOfFact(shanghai)).toEqual(["公用经费"]);
    expect(
      cellHoldsMetric(
        { table: "06", row: "工资福利支出", column: "一般公共预算基本支出 / 人员经费" },
        "人员经费",
      ),
    ).toBe(false);
    // putuo-sfj-2026-danwei-yusuan p8: 支出总计 … 基本支出 / 人员经费 20,374,181 (its p19 economic table says 20,272,981).
    const summary = { table: "01", row: "支出总计", column: "本年支出 / 预算数 / 基本支出 / 人员经费" };
    expect(metricsOfFact(summary)).toEqual(["人员经费"]);
  });

  it("收入合计 / 支出合计: 本年…合计 of a 决算, 收入总计 / 支出总计 of a 预算, never a part column", () => {
    expect(cellHoldsMetric({ table: "01", row: "本年收入合计", column: "收入 / 决算数" }, "收入合计")).toBe(
      true,
    );
    expect(cellHoldsMetric({ table: "01", row: "收入总计", column: "本年收入 / 预算数" }, "收入合计")).toBe(
      true,
    );
    expect(cellHoldsMetric({ table: "01", row: "支出总计", column: "本年支出 / 预算数" }, "支出合计")).toBe(
      true,
    );
    expect(
      cellHoldsMetric({ table: "01", row: "支出总计", column: "本年支出 / 预算数 / 合计" }, "支出合计"),
    ).toBe(true);
    for (const part of ["本年支出 / 预算数 / 基本支出 / 人员经费", "本年支出 / 预算数 / 项目支出"])
      expect(cellHoldsMetric({ table: "01", row: "支出总计", column: part }, "支出合计"), part).toBe(false);
    // 株洲 table 01's 总计 includes carry-overs: it is no 支出合计.
    expect(cellHoldsMetric({ table: "01", row: "总计", column: "支出 / 决算数" }, "支出合计")).toBe(false);
  });
});

describe("income sources and carry-overs", () => {
  // putuo-shfly-2024-danwei-yusuan p7 (财务收支预算总表: 财政拨款收入, 事业收入 rows) and p8 (收入预算总表
  // columns); 株洲 公开01表 rows 经营收入 / 年末结转和结余 (000).
  it("上海 预算 rows and 收入预算总表 columns, 株洲 决算 rows", () => {
    expect(metricsOfFact({ table: "01", row: "事业收入", column: "本年收入 / 预算数" })).toEqual([
      "事业收入",
    ]);
    expect(metricsOfFact({ table: "02", row: "合计", column: "收入预算 / 事业收入" })).toEqual(["事业收入"]);
    expect(metricsOfFact({ table: "02", row: "合计", column: "收入预算 / 财政拨款收入" })).toEqual([
      "财政拨款收入",
    ]);
    expect(metricsOfFact({ table: "01", row: "财政拨款收入", column: "本年收入 / 预算数" })).toEqual([
      "财政拨款收入",
    ]);
    expect(metricsOfFact({ table: "01", row: "事业单位经营收入", column: "本年收入 / 预算数" })).toEqual([
      "经营收入",
    ]);
    expect(metricsOfFact({ table: "01", row: "年末结转和结余", column: "支出 / 决算数" })).toEqual([
      "年末结转和结余",
    ]);
    // A subject's row of the income table is no income source.
    expect(
      metricsOfFact({ table: "02", row: "社会福利", rowCode: "20810", column: "收入预算 / 事业收入" }),
    ).toEqual([]);
  });

  it("事业收入预算 is the 事业收入, not the 收入合计", () => {
    expect(METRIC_BY_KEY.get("事业收入")!.pattern.exec("事业收入预算是多少")?.[0]).toBe("事业收入预算");
  });
});

describe("how users ask", () => {
  it("运行经费 is the 机关运行经费, 行政运行经费 the 行政运行 subject (putuo-swh-2025 p7: 行政运行 938.99万元)", () => {
    const ask = METRIC_BY_KEY.get("机关运行经费")!.ask!;
    expect(ask.test("市政府办2024年运行经费多少")).toBe(true);
    expect(ask.test("商务委的行政运行经费2025年安排了多少")).toBe(false);
  });
});

describe("findMetricMentions", () => {
  it("finds the metrics a sentence names, in order (000 line 474)", () => {
    const sentence = corpusLines("000")[473]; // 公用经费2104.76万元，占基本支出的44.55%，主要包括…
    const mentions = findMetricMentions(sentence);
    expect(mentions.slice(0, 2)).toEqual([
      { key: "公用经费", start: 0, end: 4 },
      { key: "基本支出", start: 15, end: 19 },
    ]);
    expect(mentions.map((m) => m.key)).toEqual([
      "公用经费",
      "基本支出",
      "因公出国（境）费",
      "会议费",
      "培训费",
      "公务接待费",
      "公务用车运行维护费",
    ]);
    expect(findMetricMentions(corpusLines("000")[2])).toEqual([]); // "2024年度"
  });

  it("gives, on every line of the sample, what each pattern compiled afresh per call gives", () => {
    const afresh = (text: string) => {
      const found = METRICS.filter((m) => !m.tableOnly).flatMap((m) =>
        [...text.matchAll(new RegExp(m.pattern.source, "g"))].map((hit) => ({
          key: m.key,
          start: hit.index,
          end: hit.index + hit[0].length,
        })),
      );
      found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
      const kept: typeof found = [];
      for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1].end) kept.push(f);
      return kept;
    };
    for (const id of DOC_IDS)
      for (const line of corpusLines(id)) expect(findMetricMentions(line)).toEqual(afresh(line));
  });
});

describe("metricsOfFact", () => {
  it("gives, for every fact of the sample, what testing every metric's selectors gives", async () => {
    const docs = await parseCorpus();
    const facts = DOC_IDS.flatMap((id) => docs[id].facts);
    const everyMetric = (fact: (typeof facts)[number]) => {
      const keys = METRICS.filter((m) => cellHoldsMetric(fact, m.key)).map((m) => m.key);
      return fact.metric && !keys.includes(fact.metric) ? [fact.metric, ...keys] : keys;
    };
    let held = 0;
    for (const fact of facts) {
      const keys = metricsOfFact(fact);
      expect(keys).toEqual(everyMetric(fact));
      if (keys.length) held++;
    }
    expect(held).toBeGreaterThan(100);
  });
});
