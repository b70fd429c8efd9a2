import { Decimal } from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { Fact, ParsedDocument } from "../schema.js";
import { COUNT_AMOUNT_COLUMN } from "../domain/select-figures.js";
import { narrativeFacts } from "./narrative-facts.js";
import type { Paragraph } from "./parse-sections.js";
import type { DocContext } from "./table-facts.js";

/**
 * Figures stated in the narrative of the sample documents (budget, actual, completion rate,
 * change on last year with its reason, counts, procurement, subject lines resolved to codes),
 * checked against the document text. Line numbers cite data/docs/…; table cells: corpus-facts.test.ts.
 */
let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

const canon = (v: string) => new Decimal(v).toFixed();

/** The one narrative fact about `subject` (metric or row name) in `column`, optionally starting on `line`. */
function said(id: DocId, subject: string, column: string, line?: number): Fact {
  const hits = docs[id].facts.filter(
    (f) =>
      !f.table &&
      (f.metric === subject || f.row === subject) &&
      f.column === column &&
      (line === undefined || f.source.lines[0] === line),
  );
  if (hits.length !== 1)
    throw new Error(`${id}「${subject}｜${column}」${line ?? ""}: ${hits.length} narrative facts`);
  return hits[0];
}
const val = (f: Fact) => [canon(f.value), f.measure];

describe("叙述中的数字", () => {
  it("001 “三公”经费：预算为40万元，支出决算为23.3万元，完成预算的58.25%（第1132行）", () => {
    expect([
      ...val(said("001", "三公经费", "预算数", 1132)),
      said("001", "三公经费", "预算数", 1132).basis,
    ]).toEqual(["40", "万元", "预算"]);
    expect([
      ...val(said("001", "三公经费", "决算数", 1132)),
      said("001", "三公经费", "决算数", 1132).basis,
    ]).toEqual(["23.3", "万元", "决算"]);
    expect(val(said("001", "三公经费", "预算完成率", 1132))).toEqual(["58.25", "%"]);
  });

  it("000 收支总计5487.18万元，比上年减少326.65万元、降低5.62%，原因“压减了运转经费开支”（第366行）", () => {
    expect(val(said("000", "收支总计", "决算数", 366))).toEqual(["5487.18", "万元"]);
    const change = said("000", "收支总计", "比上年增减额", 366);
    const rate = said("000", "收支总计", "比上年增减率", 366);
    expect([val(change), val(rate)]).toEqual([
      ["-326.65", "万元"],
      ["-5.62", "%"],
    ]);
    expect([change.reason, rate.reason]).toEqual(["压减了运转经费开支", "压减了运转经费开支"]);
  });

  it("000 因公出国（境）费：预算20、决算49.98、完成249.9%，比上年增加40.3万元、增长416.32%（第484行）", () => {
    const cols = ["预算数", "决算数", "预算完成率", "比上年增减额", "比上年增减率"];
    expect(cols.map((c) => canon(said("000", "因公出国（境）费", c, 484).value))).toEqual([
      "20",
      "49.98",
      "249.9",
      "40.3",
      "416.32",
    ]);
    expect(said("000", "因公出国（境）费", "决算数", 484).reason).toBe(
      "编制预算时2024年出国计划未定，未考虑到工作任务增长",
    );
  });

  it("计数：000 车辆19辆；001 编制7人、在职5人、车辆3辆；002 编制22人、实有29人、车辆1辆", () => {
    expect([522, 492].map((l) => val(said("000", "车辆数", "数量", l)))).toEqual([
      ["19", "辆"],
      ["19", "辆"],
    ]);
    expect(["编制数", "在职人数"].map((m) => val(said("001", m, "数量", 11)))).toEqual([
      ["7", "人"],
      ["5", "人"],
    ]);
    expect(val(said("001", "车辆数", "数量", 1154))).toEqual(["3", "辆"]);
    expect(["编制数", "在职人数"].map((m) => val(said("002", m, "数量", 580)))).toEqual([
      ["22", "人"],
      ["29", "人"],
    ]);
    expect(val(said("002", "车辆数", "数量", 494))).toEqual(["1", "辆"]);
  });

  it("000 政府采购675.32万元 = 货物179.79 + 工程106.01 + 服务389.52（第516行）", () => {
    const kinds = ["政府采购支出总额", "政府采购货物支出", "政府采购工程支出", "政府采购服务支出"];
    expect(kinds.map((k) => canon(said("000", k, "决算数", 516).value))).toEqual([
      "675.32",
      "179.79",
      "106.01",
      "389.52",
    ]);
  });

  it("科目行解析为编码：000 一般行政管理事务 → 2010302，年初预算683、决算558.89，附原因（第400–402行）", () => {
    const budget = said("000", "一般行政管理事务", "年初预算数", 402);
    const actual = said("000", "一般行政管理事务", "决算数", 402);
    expect([budget.rowCode, canon(budget.value), budget.basis]).toEqual(["2010302", "683", "年初预算"]);
    expect([actual.rowCode, canon(actual.value)]).toEqual(["2010302", "558.89"]);
    expect(actual.rowPath).toEqual([
      "一般公共服务支出",
      "政府办公厅（室）及相关机构事务",
      "一般行政管理事务",
    ]);
    expect(actual.reason).toBe("优化营商环境相关业务未开展");
  });

  it("同名“行政运行”按款区分：002 档案事务 → 2012601（147.20），党委办公厅 → 2013101（368.29）", () => {
    expect(
      [said("002", "行政运行", "年初预算数", 378), said("002", "行政运行", "年初预算数", 386)].map((f) => [
        f.rowCode,
        canon(f.value),
      ]),
    ).toEqual([
      ["2012601", "147.2"],
      ["2013101", "368.29"],
    ]);
    expect(said("000", "其他自然资源住房公积金", "决算数", 466).rowCode).toBe("2210201");
  });

  it("001 一般行政管理事务 → 2010302：年初预算257、决算247.8、完成96.4%；000 “行政事业单位医疗”按金额9.31定为2101101", () => {
    const cols = ["年初预算数", "决算数", "年初预算完成率"];
    const facts = cols.map((c) => said("001", "一般行政管理事务", c, 1121));
    expect(facts.map((f) => [f.rowCode, canon(f.value)])).toEqual([
      ["2010302", "257"],
      ["2010302", "247.8"],
      ["2010302", "96.4"],
    ]);
    expect(facts[1].reason).toBe("响应财政号召，压缩开支，节约经费");
    expect(said("000", "行政事业单位医疗", "决算数", 436).rowCode).toBe("2101101");
  });

  it("000 机关运行经费2104.76万元，比年初预算减少544.23万元（第504行）", () => {
    expect(val(said("000", "机关运行经费", "决算数", 504))).toEqual(["2104.76", "万元"]);
    expect(val(said("000", "机关运行经费", "比年初预算增减额", 504))).toEqual(["-544.23", "万元"]);
  });

  it("002 人员经费544.36万元、公用经费86.75万元（第442、444行）", () => {
    expect([
      val(said("002", "人员经费", "决算数", 442)),
      val(said("002", "公用经费", "决算数", 444)),
    ]).toEqual([
      ["544.36", "万元"],
      ["86.75", "万元"],
    ]);
  });

  it("003 2024年预算：三公154 = 出国20 + 公车101（购置0、运行101）+ 接待33；机关运行经费2182.99；均为年初预算口径", () => {
    const parts = [
      "三公经费",
      "因公出国（境）费",
      "公务用车购置及运行维护费",
      "公务用车购置费",
      "公务用车运行维护费",
      "公务接待费",
    ];
    const facts = parts.map((m) => said("003", m, "年初预算数", 58));
    expect(facts.map((f) => canon(f.value))).toEqual(["154", "20", "101", "0", "101", "33"]);
    expect(new Set(facts.map((f) => `${f.basis}|${f.kind}|${f.measure}`))).toEqual(
      new Set(["年初预算|预算|万元"]),
    );
    const running = said("003", "机关运行经费", "年初预算数", 47);
    expect([canon(running.value), running.basis]).toEqual(["2182.99", "年初预算"]);
    expect(canon(said("003", "机关运行经费", "比上年增减额", 47).value)).toBe("-370.99");
    expect(canon(said("003", "三公经费", "比上年增减额", 58).value)).toBe("-45");
    expect([
      canon(said("003", "车辆数", "数量", 51).value),
      said("003", "车辆数", "数量", 51).period,
    ]).toEqual(["22", 2023]);
  });

  it("003 会议费1万元，主要是…对接会议，共计4次，每次30人（第60行）：the counts the sentence totals after the purpose", () => {
    const counts = docs["003"].facts.filter(
      (f) => !f.table && f.metric === "会议费" && f.source.lines[0] === 60 && !/元$/.test(f.measure),
    );
    expect(counts.map((f) => [f.column, canon(f.value), f.measure])).toEqual([
      ["数量", "4", "次"],
      ["数量（每次）", "30", "人"],
    ]);
  });

  it("002 三公经费“决算数大于预算数的主要原因”只是“临时因公出国经费追加”（第458行）", () => {
    expect(said("002", "三公经费", "决算数", 458).reason).toBe("临时因公出国经费追加");
  });

  it("002 三公经费的比上年增减额带“增长的主要原因是临时因公出国经费追加”（第458行，预算原因之后的上年比较子句）", () => {
    const change = said("002", "三公经费", "比上年增减额", 458);
    expect([canon(change.value), change.reason]).toEqual(["4.26", "临时因公出国经费追加"]);
  });

  it("000 离退休人数只有“离退休人数 105 人”（第594行），“所属事业单位 5 个”不是（第592行）", () => {
    expect(docs["000"].facts.filter((f) => f.metric === "离退休人数").map(val)).toEqual([["105", "人"]]);
  });

  it("000 项目名“三公一业”改造项目经费的引号成对（第680–682行）", () => {
    const names = docs["000"].facts.filter((f) => f.rowPath?.[0] === "项目").map((f) => f.row);
    expect(names.filter((n) => (n.match(/“/g)?.length ?? 0) !== (n.match(/”/g)?.length ?? 0))).toEqual([]);
  });

  it("000 绩效自评得分 99.5 分，评价等级为“优”（第530–534行，同一句在部门评价结果里重复一次）；“得分排名”不是，自评表的总分另记（第807行 99.68）", () => {
    const scores = docs["000"].facts.filter((f) => f.metric === "绩效自评得分" && !f.table);
    const form = docs["000"].facts.filter((f) => f.metric === "绩效自评得分" && f.table);
    expect(form.map((f) => [...val(f), f.column, f.source.lines[0]])).toEqual([["99.68", "分", "得分", 807]]);
    expect(scores.map((f) => [...val(f), f.column, f.source.lines[0]])).toEqual([
      ["99.5", "分", "得分（评价等级“优”）", 530],
      ["99.5", "分", "得分（评价等级“优”）", 530],
    ]);
    // A score only goes to the score metric: no other narrative fact is counted in 分.
    for (const id of ["000", "001", "002", "003"] as const)
      expect(
        docs[id].facts.filter((f) => !f.table && f.measure === "分" && f.metric !== "绩效自评得分"),
      ).toEqual([]);
  });
});

describe("叙述中的自评得分（上海 PDF 摘录）", () => {
  // 普陀区财政局 2024 部门决算, rendered page 23, 十、预算绩效管理情况.
  const excerpt =
    "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个。";
  it("takes 平均得分99.43分 as the score, without a grade (the grade counts projects)", () => {
    const facts = narrativeFacts(
      [{ text: excerpt, section: ["十、预算绩效管理情况"], lines: [1, 1] } as Paragraph],
      {
        docId: "d",
        unit: "u",
        year: 2024,
        kind: "决算",
      } as DocContext,
    );
    expect(facts.filter((f) => f.measure === "分").map((f) => [f.metric, f.column, f.value])).toEqual([
      ["绩效自评得分", "得分", "99.43"],
    ]);
  });

  // 普陀区万里街道 2023 部门预算, rendered page 29, 五、国有资产占有情况.
  it("reads 车辆7辆（一般公务用车3辆，执法执勤用车4辆，…）as a vehicle total and its kinds", () => {
    const text =
      "固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；单价50万元以上通用设备0台/套。";
    const facts = narrativeFacts([{ text, section: ["五、国有资产占有情况"], lines: [1, 1] } as Paragraph], {
      docId: "d",
      unit: "u",
      year: 2023,
      kind: "预算",
    } as DocContext);
    expect(facts.filter((f) => f.metric === "车辆数").map((f) => [f.column, f.value])).toEqual([
      ["数量", "7"],
      ["数量（一般公务用车）", "3"],
      ["数量（执法执勤用车）", "4"],
      ["数量（特种专业技术用车）", "0"],
      ["数量（其他用车）", "0"],
    ]);
    // The buildings' floor area is the one figure in 平方米 (a count of its own, dated like the cars).
    expect(facts.filter((f) => f.measure === "平方米").map((f) => [f.metric, f.column, f.value])).toEqual([
      ["房屋面积", "数量", "14609.83"],
    ]);
  });

  // ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf, rendered page 10, （五）预算绩效管理情况.
  it("reads the score after a project's purpose clause as that project's, not the unit's", () => {
    const text =
      "2．斜江河（大邑段）综合治理工程项目绩效自评综述：该项目实施周期为2023年4月至2025年6月，2024年度全年预算数为420.00万元，执行数为392.15万元，完成预算的93.37%。项目主要用于斜江河（大邑段）河道清淤疏浚、堤防加固和生态护岸建设，2024年完成河道综合整治8.6公里、新建生态护岸5.4公里，项目自评得分92.50分。";
    const facts = narrativeFacts(
      [{ text, section: ["（五）预算绩效管理情况"], lines: [1, 1] } as Paragraph],
      {
        docId: "d",
        unit: "u",
        year: 2024,
        kind: "决算",
      } as DocContext,
    );
    const scores = facts.filter((f) => f.measure === "分");
    expect(scores.map((f) => [f.row, f.rowPath, f.value, f.metric])).toEqual([
      ["斜江河（大邑段）综合治理工程", ["项目", "斜江河（大邑段）综合治理工程"], "92.5", undefined],
    ]);
  });

  it("takes no 平方米 figure of a project (an area is only the buildings' floor area)", () => {
    // 万里街道 2023 部门预算 p30, 项目概况 of the new service centre (not an asset statement).
    const text =
      "本工程规划建筑面积约为13459平方米，其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑高度为29.8米。";
    const facts = narrativeFacts([{ text, section: ["项目经费情况说明"], lines: [1, 1] } as Paragraph], {
      docId: "d",
      unit: "u",
      year: 2024,
      kind: "预算",
    } as DocContext);
    expect(facts.filter((f) => f.measure === "平方米")).toEqual([]);
  });

  // 万里街道 2023 部门预算, rendered page 29: the paragraph opens "截止2022年12月31日，本部门流动资产448.82万元。"
  // and the cars are in the next sentence; 2024 部门预算 page 32 dates them in the same sentence (2023年8月31日).
  it("dates the cars by the asset paragraph's opening 截止<年>, and kinds by the date said before them", () => {
    const read = (text: string, year: number) =>
      narrativeFacts([{ text, section: ["五、国有资产占有情况"], lines: [1, 1] } as Paragraph], {
        docId: "d",
        unit: "u",
        year,
        kind: "预算",
      } as DocContext)
        .filter((f) => f.metric === "车辆数")
        .map((f) => [f.column, f.value, f.period]);
    expect(
      read(
        "截止2022年12月31日，本部门流动资产448.82万元。固定资产3149.52万元，其中：房屋14609.83平方米；车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）。",
        2023,
      ),
    ).toEqual([
      ["数量", "7", 2022],
      ["数量（一般公务用车）", "3", 2022],
      ["数量（执法执勤用车）", "4", 2022],
      ["数量（特种专业技术用车）", "0", 2022],
      ["数量（其他用车）", "0", 2022],
    ]);
    expect(
      read(
        "截至2023年8月31日，上海市普陀区人民政府万里街道办事处（部门）共有车辆7辆，其中：执法执勤用车0辆、其他用车7辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
        2024,
      ),
    ).toEqual([
      ["数量", "7", 2023],
      ["数量（执法执勤用车）", "0", 2023],
      ["数量（其他用车）", "7", 2023],
    ]);
  });

  it("does not date a later sentence by an opening 截至 outside an asset section", () => {
    const facts = narrativeFacts(
      [
        {
          text: "截至2023年底，已完成全部改造。2024年部门预算安排购置车辆1辆。",
          section: ["三、政府采购情况"],
          lines: [1, 1],
        } as Paragraph,
      ],
      { docId: "d", unit: "u", year: 2024, kind: "预算" } as DocContext,
    );
    expect(facts.filter((f) => f.period)).toEqual([]);
  });

  // 003 line 51 ("…其他按照规定配备的公务用车2辆；2024年拟新增配置公务用车0辆，其中，机要通信用车0辆…") and
  // 万里街道 2024 部门预算 rendered page 32 ("2024年部门预算安排购置车辆1辆，其中：…").
  it("reads cars to be bought as a count of their own, not as kinds of the cars held", () => {
    const cars = (id: "003", line: number) =>
      docs[id].facts
        .filter((f) => f.metric === "车辆数" && f.source.lines[0] === line)
        .map((f) => [f.column, f.value]);
    expect(cars("003", 51)).toContainEqual(["数量（购置）", "0"]);
    expect(cars("003", 51).filter(([column]) => /新增|购置/.test(column))).toEqual([["数量（购置）", "0"]]);
    expect(cars("003", 51)).toContainEqual(["数量（机要通信用车）", "19"]);
    expect(cars("003", 51).filter(([column]) => column === "数量（机要通信用车）")).toHaveLength(1);
    const text =
      "2024年部门预算安排购置车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、其他用车1辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。";
    const facts = narrativeFacts(
      [{ text, section: ["五、国有资产占有使用情况"], lines: [1, 1] } as Paragraph],
      {
        docId: "d",
        unit: "u",
        year: 2024,
        kind: "预算",
      } as DocContext,
    );
    expect(facts.filter((f) => f.metric === "车辆数").map((f) => [f.column, f.value])).toEqual([
      ["数量（购置）", "1"],
    ]);
  });

  it("001 第1141行：公务接待16批次176人次，支出2.71万元 — the amount after the counts is what they cost, not the total", () => {
    const paired = docs["001"].facts.filter(
      (f) =>
        !f.table &&
        f.metric === "公务接待费" &&
        f.column === COUNT_AMOUNT_COLUMN &&
        f.source.lines[0] === 1141,
    );
    expect(paired.map(val)).toEqual([
      ["2.71", "万元"],
      ["0.86", "万元"],
    ]);
    expect(val(said("001", "公务接待费", "决算数", 1141))).toEqual(["3.6", "万元"]);
  });

  it("001 第1141行：商务接待5批次47人 — the count right after a count counts the same guests", () => {
    const guests = docs["001"].facts.filter(
      (f) =>
        !f.table &&
        f.metric === "公务接待费" &&
        f.source.lines[0] === 1141 &&
        f.column === "数量（商务接待）",
    );
    expect(guests.map(val)).toEqual([
      ["5", "批次"],
      ["47", "人"],
    ]);
  });
});

describe("a reason opening the next paragraph (上海 PDF 摘录)", () => {
  // 上海市财政局 2025 单位预算, rendered page 6: the change stated in one paragraph, its reason in the next.
  const stated = "支出预算17,192万元，其中：财政拨款支出预算17,192万元，比2024年预算减少990万元。";
  const reason = "财政拨款收入支出减少的主要原因是预计注册会计师考试人数、科次减少，项目经费减少等。";
  const doc = { docId: "d", unit: "u", year: 2025, kind: "预算" } as DocContext;
  const para = (text: string, line: number) =>
    ({ text, section: ["2025年单位预算编制说明"], lines: [line, line] }) as Paragraph;

  it("explains the change stated just before", () => {
    const facts = narrativeFacts([para(stated, 1), para(reason, 2)], doc);
    const change = facts.find((f) => f.metric === "财政拨款支出" && f.column.startsWith("比上年"));
    expect(change?.value).toBe("-990");
    expect(change?.reason).toBe("预计注册会计师考试人数、科次减少，项目经费减少等");
  });

  it("a paragraph that opens with no change word explains nothing before it", () => {
    const facts = narrativeFacts([para(stated, 1), para("主要原因是工作安排。", 2)], doc);
    expect(facts.find((f) => f.column.startsWith("比上年"))?.reason).toBeUndefined();
  });
});

describe("each item's clause gives its own reason (上海 PDF 摘录)", () => {
  // 普陀区社会福利院 2024 单位预算, rendered page 16 (其他相关情况说明): the cars' whole, then its two parts, each with a reason
  // (the whole's own "主要原因是。" states none).
  const whole = "（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。";
  const parts =
    "其中：公务用车购置费0.00万元，与2023年预算持平，主要原因是无此项支出；公务用车运行费6.40万元，与2023年预算持平，主要原因是根据实际公务用处运行情况。";
  const doc = { docId: "d", unit: "u", year: 2024, kind: "预算" } as DocContext;
  const facts = () =>
    narrativeFacts([{ text: `${whole}${parts}`, section: ["三公经费"], lines: [1, 1] } as Paragraph], doc);

  it("the running cost's reason is its own, not the purchase's before it", () => {
    const running = facts().find((f) => f.metric === "公务用车运行维护费" && !f.column.startsWith("比上年"));
    expect(running?.reason).toBe("根据实际公务用处运行情况");
    const purchase = facts().find((f) => f.metric === "公务用车购置费" && !f.column.startsWith("比上年"));
    expect(purchase?.reason).toBe("无此项支出");
  });

  it("'主要原因是。' with nothing after it is no reason", () => {
    const all = facts().find(
      (f) => f.metric === "公务用车购置及运行维护费" && !f.column.startsWith("比上年"),
    );
    expect(all?.reason).toBeUndefined();
  });
});

describe("subjects named by their code inside a sentence (内蒙古 旗 text export 摘录)", () => {
  // ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt lines 703–709 (七、政府性基金预算支出情况), and 596–598.
  const fund =
    "2025年政府性基金预算支出1815.00万元，比上年预算1566.00万元增加249.00万元，增长15.90%，全部为国有土地使用权出让收入安排的支出，由旗土地收购储备中心具体实施。其中：征地和拆迁补偿支出（2120801）1260.00万元，比上年预算980.00万元增加280.00万元，增长28.57%，主要原因是2025年旗本级计划征收土地面积增加；土地开发支出（2120802）420.00万元，比上年预算460.00万元减少40.00万元，下降8.70%，主要原因是储备土地前期开发整理面积减少；其他国有土地使用权出让收入安排的支出（2120899）135.00万元，比上年预算126.00万元增加9.00万元，增长7.14%，主要原因是纳入储备的土地管护面积增加。";
  const income =
    "2025年收入预算3141.84万元，其中：一般公共预算拨款收入1308.24万元，占41.64%，比上年预算1331.10万元减少22.86万元，下降1.72%；政府性基金预算拨款收入1815.00万元，占57.77%，比上年预算1566.00万元增加249.00万元，增长15.90%。";
  const doc = { docId: "d", unit: "u", year: 2025, kind: "预算" } as DocContext;
  const facts = (text: string) =>
    narrativeFacts([{ text, section: ["七、政府性基金预算支出情况"], lines: [703, 709] } as Paragraph], doc);
  const of = (all: Fact[], code: string, column: string, period?: number) =>
    all.filter((f) => f.rowCode === code && f.column === column && f.period === period).map((f) => f.value);

  it("each coded row's amount, last year's budget and change are its own", () => {
    const all = facts(fund);
    expect(of(all, "2120801", "年初预算数")).toEqual(["1260"]);
    expect(of(all, "2120801", "年初预算数", 2024)).toEqual(["980"]);
    expect(of(all, "2120802", "比上年增减额")).toEqual(["-40"]);
    expect(of(all, "2120802", "比上年增减率")).toEqual(["-8.7"]);
    expect(of(all, "2120899", "年初预算数", 2024)).toEqual(["126"]);
    expect(all.find((f) => f.rowCode === "2120802")?.row).toBe("土地开发支出");
  });

  it("each coded row's change takes the reason of its own clause", () => {
    const reason = (code: string) =>
      facts(fund).find((f) => f.rowCode === code && f.column === "比上年增减额")?.reason;
    expect(reason("2120801")).toBe("2025年旗本级计划征收土地面积增加");
    expect(reason("2120802")).toBe("储备土地前期开发整理面积减少");
    expect(reason("2120899")).toBe("纳入储备的土地管护面积增加");
  });

  it("the general fund's appropriation stated with its amount and last year's is its own figure", () => {
    const general = facts(income).filter((f) => f.metric === "一般公共预算财政拨款收入");
    expect(general.map((f) => [f.column, f.value, f.period])).toEqual([
      ["年初预算数", "1308.24", undefined],
      ["占比", "41.64", undefined],
      ["年初预算数", "1331.1", 2024],
      ["比上年增减额", "-22.86", undefined],
      ["比上年增减率", "-1.72", undefined],
    ]);
    // The total's figures stay the total's.
    expect(
      facts(income)
        .filter((f) => f.metric === "收入合计")
        .map((f) => f.value),
    ).toEqual(["3141.84"]);
  });

  it("another fund's figures after the general fund's are not the general fund's", () => {
    // ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx, 第三部分 三 (LibreOffice's rendering).
    const all = facts(
      "2024年度财政拨款收入支出总计38,186.93万元。其中：一般公共预算财政拨款收入38,089.33万元、支出38,089.33万元；政府性基金预算财政拨款年初结转和结余12.60万元、收入85.00万元、支出90.40万元。",
    );
    const general = all.filter((f) => f.metric === "一般公共预算财政拨款收入").map((f) => f.value);
    expect(general).toEqual(["38089.33"]);
  });
});

describe("procurement by kind, and a body's own head count (广东 HTML, 浙江 PDF 摘录)", () => {
  const doc = { docId: "d", unit: "u", year: 2025, kind: "预算" } as DocContext;
  const facts = (text: string) =>
    narrativeFacts([{ text, section: ["政府采购"], lines: [1, 1] } as Paragraph], doc);

  it("the kinds listed with their amounts after the procurement total are its goods, works and services", () => {
    // ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html, 情况说明 八 (page marker "— 16 —").
    const all = facts(
      "2025年本部门政府采购预算总额14,055.60万元，其中：货物类10,460.00万元，工程类1,280.00万元，服务类2,315.60万元。",
    );
    const value = (metric: string) => all.find((f) => f.metric === metric)?.value;
    expect(value("政府采购支出总额")).toBe("14055.6");
    expect(value("政府采购货物支出")).toBe("10460");
    expect(value("政府采购工程支出")).toBe("1280");
    expect(value("政府采购服务支出")).toBe("2315.6");
  });

  it("a head count said right after another body's name is not the department's", () => {
    // ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf page 4: "…消费者权益保护委员会秘书处编制3名，由局机关统筹使用。"
    const all = facts("另有离退休人员86人。消费者权益保护委员会秘书处编制3名，由局机关统筹使用。");
    expect(all.filter((f) => f.metric === "编制数")).toEqual([]);
    // The department's own, said with 本: kept.
    expect(facts("本部门编制数232人，实有人数216人。").find((f) => f.metric === "编制数")?.value).toBe("232");
  });
});

describe("totals set against last year's, carry-overs, parts and projects' own paragraphs", () => {
  const facts = (text: string, kind: "预算" | "决算" = "预算", year = 2025) =>
    narrativeFacts([{ text, section: ["收支总体情况"], lines: [1, 1] } as Paragraph], {
      docId: "d",
      unit: "u",
      year,
      kind,
    } as DocContext);
  const shown = (all: Fact[]) => all.map((f) => [f.row, f.column, f.value, f.period]);

  it("a year's figure compared with, printed with thousands separators, leaves the change after it the subject's", () => {
    // ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf page 5 (its text layer): "…与2023年部门预算58,013.19万元相比，增加3,922.28万元，增长6.76%。"
    expect(
      shown(facts("与2023年部门预算58,013.19万元相比，增加3,922.28万元，增长6.76%。", "预算", 2024)),
    ).toEqual([
      ["收支总计", "年初预算数", "58013.19", 2023],
      ["收支总计", "比上年增减额", "3922.28", undefined],
      ["收支总计", "比上年增减率", "6.76", undefined],
    ]);
  });

  it("a budget's 财政拨款收支预算总计 is the appropriations' total, its 其中 parts by fund are not", () => {
    // ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt line 442.
    const all = facts(
      "2025年本部门财政拨款收支预算总计18,687.35万元，与2024年财政拨款收支预算18,146.72万元相比，增加540.63万元，增长2.98%。其中：一般公共预算拨款16,201.35万元，政府性基金预算拨款2,486.00万元。",
    );
    expect(shown(all)).toEqual([
      ["财政拨款收支总计", "年初预算数", "18687.35", undefined],
      ["财政拨款收支总计", "年初预算数", "18146.72", 2024],
      ["财政拨款收支总计", "比上年增减额", "540.63", undefined],
      ["财政拨款收支总计", "比上年增减率", "2.98", undefined],
    ]);
  });

  it("a fund's carry-over is no budget of the fund", () => {
    // ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf page 7.
    const all = facts(
      "2024年度政府性基金预算财政拨款年初结转和结余135.00万元，本年收入4689.50万元，本年支出4704.50万元。",
      "决算",
      2024,
    );
    expect(all.some((f) => f.value === "135")).toBe(false);
  });

  it("a numbered paragraph on a project holds the project's score and money, not the department's", () => {
    // ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html, 预算绩效管理情况 (placeholder name and figures).
    const all = facts(
      "2.某某补贴项目。该项目实施周期为2024年1月至2024年12月，全年预算数500.00万元，执行数480.00万元，预算执行率96.00%，项目自评得分91.00分，评价等级为“优”。",
      "决算",
      2024,
    );
    expect(all.filter((f) => f.metric === "绩效自评得分")).toEqual([]);
    expect(all.filter((f) => f.row === "某某补贴").map((f) => [f.column, f.value])).toEqual(
      expect.arrayContaining([
        ["全年预算数", "500"],
        ["决算数", "480"],
        ["预算完成率", "96"],
        ["得分（评价等级“优”）", "91"],
      ]),
    );
  });
});
