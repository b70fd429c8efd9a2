import type { IndexStore } from "../../ingest/store/store.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEIJING, buildSampleIndex, CITY, SHANGHAI, TIANYUAN } from "../testing/sample-index.js";
import { Knowledge } from "./knowledge.js";
import type { MetricRef, Operation, QueryPlan } from "./plan-schema.js";
import { planConversation } from "./conversation.js";
import { planMessage } from "./rule-planner.js";

/**
 * The rule-based planner against the units, subjects and projects of the sample corpus
 * (data/docs). Units: C 市政府办, B 驻京办, T 天元区委办, S 驻沪办 (named, not published),
 * * every publishing unit. Metrics: lexicon key, "s:" subject code, "p:" project name.
 */
interface Expect {
  u: string;
  m: string[];
  y?: number[];
  op: Operation;
  basis?: QueryPlan["basis"];
  kind?: QueryPlan["kind"];
  followUp?: boolean;
  unknown?: string[];
  counts?: boolean;
  descending?: boolean;
}
type Row = [question: string | string[], expect: Expect];

const UNIT: Record<string, string> = { C: CITY, B: BEIJING, T: TIANYUAN, S: SHANGHAI };
const ALL = "CBT";
const units = (u: string) => [...(u === "*" ? ALL : u)].map((c) => UNIT[c]).sort();
const metricCode = (r: MetricRef) =>
  r.type === "metric" ? r.key : r.type === "subject" ? `s:${r.code ?? r.name}` : `p:${r.name}`;

const rows: Row[] = [
  // Unit names and abbreviations
  ["驻京办三公经费是多少", { u: "B", m: ["三公经费"], op: "value" }],
  ["驻北京联络处三公经费是多少", { u: "B", m: ["三公经费"], op: "value" }],
  ["驻京联络处三公经费", { u: "B", m: ["三公经费"], op: "value" }],
  ["北京办的三公经费", { u: "B", m: ["三公经费"], op: "value" }],
  ["株洲市人民政府驻北京联络处三公经费", { u: "B", m: ["三公经费"], op: "value" }],
  ["市政府办三公经费", { u: "C", m: ["三公经费"], op: "value" }],
  // A unit set aside by the question is not asked about
  ["市政府办（不是驻京办）三公经费", { u: "C", m: ["三公经费"], op: "value" }],
  ["除了驻京办，市政府办的三公经费", { u: "C", m: ["三公经费"], op: "value" }],
  // Words that point at the units named or ask to compare are no subject
  ["这两家（市政府办、驻京办）有几辆公车", { u: "CB", m: ["车辆数"], op: "value", counts: true }],
  // A rough size put on a change is no subject
  ["区委办收支总计为何较上年下降近三成", { u: "T", m: ["收支总计"], op: "yoy" }],
  ["区委办支出合计比上年多了一倍左右吗", { u: "T", m: ["支出合计"], op: "yoy" }],
  // A change asked after moving from one year to another compares the two years
  [
    ["驻京办2024年支出合计多少", "2023年呢", "增加了多少"],
    { u: "B", m: ["支出合计"], y: [2023, 2024], op: "yoy", followUp: true },
  ],
  // "跟去年比" names the base of the change: the year asked about is the conversation's
  [
    ["区委办2024年三公经费多少", "跟去年比呢"],
    { u: "T", m: ["三公经费"], y: [2024], op: "yoy", followUp: true },
  ],
  // "分<部分>、<部分>": the parts of the figure named, no qualifier
  ["市政府办政府采购分货物、服务各多少", { u: "C", m: ["政府采购支出总额"], op: "breakdown" }],
  // Story words around the figures are no subject
  ["驻京办三公经费本来预算多少，后来实际花了多少", { u: "B", m: ["三公经费"], op: "compare_budget_actual" }],
  // English words mixed in
  ["天元区委办 three public expenses", { u: "T", m: ["三公经费"], op: "value" }],
  ["市府办三公经费多少", { u: "C", m: ["三公经费"], op: "value" }],
  ["市政府办公室的三公经费", { u: "C", m: ["三公经费"], op: "value" }],
  ["株洲市人民政府办公室的三公经费", { u: "C", m: ["三公经费"], op: "value" }],
  ["区委办三公经费", { u: "T", m: ["三公经费"], op: "value" }],
  ["天元区委办三公经费多少", { u: "T", m: ["三公经费"], op: "value" }],
  ["天元区委办公室三公经费", { u: "T", m: ["三公经费"], op: "value" }],
  ["中共株洲市天元区委办公室三公经费", { u: "T", m: ["三公经费"], op: "value" }],
  // Years: none (latest), explicit, short, full-width, Chinese numerals
  ["驻京办2024年三公经费", { u: "B", m: ["三公经费"], y: [2024], op: "value" }],
  ["驻京办24年三公经费", { u: "B", m: ["三公经费"], y: [2024], op: "value" }],
  ["驻京办２０２４年三公经费", { u: "B", m: ["三公经费"], y: [2024], op: "value" }],
  ["驻京办二〇二四年三公经费", { u: "B", m: ["三公经费"], y: [2024], op: "value" }],
  ["市政府办2023年三公经费", { u: "C", m: ["三公经费"], y: [2023], op: "value" }],
  ["2024年度区委办三公经费决算", { u: "T", m: ["三公经费"], y: [2024], op: "value", basis: "决算" }],
  // Traditional characters
  ["驻京辦三公經費多少", { u: "B", m: ["三公经费"], op: "value" }],
  ["區委辦三公經費", { u: "T", m: ["三公经费"], op: "value" }],
  ["區委辦的公務接待費", { u: "T", m: ["公务接待费"], op: "value" }],
  ["市政府辦的公務用車運行維護費", { u: "C", m: ["公务用车运行维护费"], op: "value" }],
  ["驻京辦有幾輛公車", { u: "B", m: ["车辆数"], op: "value", counts: true }],
  // Colloquial
  ["驻京办在公车上花了多少钱", { u: "B", m: ["公务用车购置及运行维护费"], op: "value" }],
  ["市政府办有几辆公车", { u: "C", m: ["车辆数"], op: "value", counts: true }],
  ["区委办有几辆公车", { u: "T", m: ["车辆数"], op: "value", counts: true }],
  ["帮我查下市政府办的三公经费，谢谢", { u: "C", m: ["三公经费"], op: "value" }],
  ["帮我查一下区委办的公务接待费谢谢", { u: "T", m: ["公务接待费"], op: "value" }],
  ["驻京办用车花了多少钱", { u: "B", m: ["公务用车购置及运行维护费"], op: "value" }],
  ["市政府办招待费花了多少", { u: "C", m: ["公务接待费"], op: "value" }],
  ["市政府办一共花了多少钱", { u: "C", m: ["支出合计"], op: "value" }],
  ["请问驻京办的公务接待费是多少呀", { u: "B", m: ["公务接待费"], op: "value" }],
  // Typos fixed by normalizeQuestion
  ["驻京办三公经废", { u: "B", m: ["三公经费"], op: "value" }],
  ["驻京办3公经费", { u: "B", m: ["三公经费"], op: "value" }],
  ["区委办三公费用", { u: "T", m: ["三公经费"], op: "value" }],
  ["区委办的公物接待费", { u: "T", m: ["公务接待费"], op: "value" }],
  ["市政府办差旅废", { u: "C", m: ["s:30211"], op: "value" }],
  ["市政府办的公务用车运维费", { u: "C", m: ["公务用车运行维护费"], op: "value" }],
  ["驻京办三公经费决策数", { u: "B", m: ["三公经费"], op: "value", basis: "决算" }],
  // Subject codes and names
  ["市政府办2010302支出多少", { u: "C", m: ["s:2010302"], op: "value" }],
  ["市政府办一般行政管理事务支出", { u: "C", m: ["s:2010302"], op: "value" }],
  ["市政府办30217是多少", { u: "C", m: ["s:30217"], op: "value" }],
  ["市政府办30217公务接待费是多少", { u: "C", m: ["s:30217"], op: "value" }],
  ["市政府办差旅费", { u: "C", m: ["s:30211"], op: "value" }],
  ["区委办30211差旅费", { u: "T", m: ["s:30211"], op: "value" }],
  ["区委办专项业务支出多少", { u: "T", m: ["s:2013105"], op: "value" }],
  ["市政府办职业年金缴费支出", { u: "C", m: ["s:2080506"], op: "value" }],
  ["区委办2013101行政运行支出", { u: "T", m: ["s:2013101"], op: "value" }],
  ["市政府办行政运行支出多少", { u: "C", m: ["s:2010201", "s:2010301"], op: "value" }],
  ["驻京办2010302", { u: "B", m: ["s:2010302"], op: "value" }],
  ["市政府办一般公共服务支出", { u: "C", m: ["s:一般公共服务支出"], op: "value" }],
  // Lexicon figures and projects
  ["市政府办编制数", { u: "C", m: ["编制数"], op: "value" }],
  ["市政府办在职人数是多少", { u: "C", m: ["在职人数"], op: "value" }],
  ["区委办政府采购支出多少", { u: "T", m: ["政府采购支出总额"], op: "value" }],
  ["市政府办机关运行经费", { u: "C", m: ["机关运行经费"], op: "value" }],
  ["驻京办项目支出", { u: "B", m: ["项目支出"], op: "value" }],
  ["区委办人员经费是多少", { u: "T", m: ["人员经费"], op: "value" }],
  ["市政府办人员经费和公用经费", { u: "C", m: ["人员经费", "公用经费"], op: "value" }],
  ["驻京办驻京工作经费", { u: "B", m: ["p:驻京工作经费"], op: "value" }],
  ["区委办会议费", { u: "T", m: ["会议费"], op: "value" }],
  ["区委办支出合计", { u: "T", m: ["支出合计"], op: "value" }],
  ["区委办因公出国费多少", { u: "T", m: ["因公出国（境）费"], op: "value" }],
  // Operations
  ["驻京办三公经费构成", { u: "B", m: ["三公经费"], op: "breakdown" }],
  ["市政府办三公经费都花在哪些方面", { u: "C", m: ["三公经费"], op: "breakdown" }],
  [
    "市政府办政府采购货物、工程、服务各多少",
    { u: "C", m: ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"], op: "breakdown" },
  ],
  ["驻京办三公经费预算完成率", { u: "B", m: ["三公经费"], op: "compare_budget_actual" }],
  ["市政府办三公经费预决算对比", { u: "C", m: ["三公经费"], op: "compare_budget_actual" }],
  ["区委办三公经费超支了多少", { u: "T", m: ["三公经费"], op: "compare_budget_actual" }],
  ["驻京办三公经费比上年增长多少", { u: "B", m: ["三公经费"], op: "yoy" }],
  ["区委办三公经费同比变化", { u: "T", m: ["三公经费"], op: "yoy" }],
  ["市政府办收支总计比上年减少多少", { u: "C", m: ["收支总计"], op: "yoy" }],
  ["驻京办的公务接待费占三公经费的比重", { u: "B", m: ["公务接待费", "三公经费"], op: "share" }],
  ["区委办基本支出占支出合计的百分比", { u: "T", m: ["基本支出", "支出合计"], op: "share" }],
  ["驻京办和区委办三公经费合计", { u: "BT", m: ["三公经费"], op: "sum" }],
  ["三家单位三公经费加起来是多少", { u: "*", m: ["三公经费"], op: "sum" }],
  ["市政府办人员经费和公用经费一共多少", { u: "C", m: ["人员经费", "公用经费"], op: "sum" }],
  ["驻京办和区委办三公经费相差多少", { u: "BT", m: ["三公经费"], op: "difference" }],
  ["市政府办三公经费是驻京办的几倍", { u: "CB", m: ["三公经费"], op: "difference" }],
  ["哪个单位三公经费最高", { u: "*", m: ["三公经费"], op: "rank" }],
  ["三公经费最低的单位", { u: "*", m: ["三公经费"], op: "rank", descending: false }],
  ["三家单位三公经费对比", { u: "*", m: ["三公经费"], op: "rank" }],
  ["公务接待费排名", { u: "*", m: ["公务接待费"], op: "rank" }],
  ["近两年三公经费变化", { u: "*", m: ["三公经费"], op: "trend" }],
  ["驻京办近两年三公经费变化", { u: "B", m: ["三公经费"], op: "trend" }],
  ["市政府办三公经费历年趋势", { u: "C", m: ["三公经费"], op: "trend" }],
  ["起草一段说明：驻京办三公经费决算小于预算的原因", { u: "B", m: ["三公经费"], op: "explain_variance" }],
  ["为什么市政府办一般行政管理事务决算小于预算", { u: "C", m: ["s:2010302"], op: "explain_variance" }],
  ["写一段区委办职业年金缴费支出预算执行差异的说明", { u: "T", m: ["s:2080506"], op: "explain_variance" }],
  ["区委办三公经费为什么比上年增加", { u: "T", m: ["三公经费"], op: "yoy" }],
  // A named base year makes a change on that year; "和" keeps both years
  ["市政府办2024年三公经费跟2023年比变化多少", { u: "C", m: ["三公经费"], y: [2024], op: "yoy" }],
  ["驻京办三公经费2023年和2024年比，变化多大", { u: "B", m: ["三公经费"], y: [2023, 2024], op: "yoy" }],
  // Shares: the figure after 中/里 is the part; a lone whole takes the part its word names
  [
    "区委办2024年公用经费中其他交通费用占多大比例",
    { u: "T", m: ["s:30239", "公用经费"], y: [2024], op: "share" },
  ],
  [
    "市政府办2024年政府采购里服务类占比多少",
    { u: "C", m: ["政府采购服务支出", "政府采购支出总额"], y: [2024], op: "share" },
  ],
  // Per-unit: the amount a like-named project stands for, or total spending when none is named
  ["驻京办平均每辆运行维护费多少", { u: "B", m: ["公务用车运行维护费"], op: "per_capita" }],
  ["驻京办人均支出是多少", { u: "B", m: ["支出合计"], op: "per_capita" }],
  ["区委办的职责是什么", { u: "T", m: [], op: "text_lookup" }],
  ["市政府办内设机构有哪些", { u: "C", m: [], op: "text_lookup" }],
  ["驻京办是干什么的", { u: "B", m: [], op: "text_lookup" }],
  ["市政府办绩效自评情况", { u: "C", m: [], op: "text_lookup" }],
  ["区委办下属单位有哪些", { u: "T", m: [], op: "text_lookup" }],
  // Budget basis and document kind
  ["驻京办三公经费年初预算", { u: "B", m: ["三公经费"], op: "value", basis: "年初预算" }],
  ["市政府办三公经费全年预算是多少", { u: "C", m: ["三公经费"], op: "value", basis: "全年预算" }],
  ["市政府办三公经费决算", { u: "C", m: ["三公经费"], op: "value", basis: "决算" }],
  ["驻京办三公经费预算", { u: "B", m: ["三公经费"], op: "value", basis: "预算" }],
  [
    "市政府办2024年部门预算三公经费",
    { u: "C", m: ["三公经费"], y: [2024], op: "value", basis: "年初预算", kind: "预算" },
  ],
  ["市政府办一般公共预算财政拨款支出", { u: "C", m: ["财政拨款支出"], op: "value", basis: undefined }],
  // Units no document covers; units named but not publishing
  [
    "湘潭市人民政府办公室三公经费",
    { u: "", m: ["三公经费"], op: "value", unknown: ["湘潭市人民政府办公室"] },
  ],
  ["芦淞区委办公室三公经费", { u: "", m: ["三公经费"], op: "value", unknown: ["芦淞区委办公室"] }],
  ["株洲市教育局三公经费", { u: "", m: ["三公经费"], op: "value", unknown: ["株洲市教育局"] }],
  // A place the dictionary knows, glued to an alias, is another body; a typo of the unit's own is not
  ["长沙驻京办的公务接待费", { u: "", m: ["公务接待费"], op: "value", unknown: ["长沙驻京办"] }],
  ["南京驻京办三公经费", { u: "", m: ["三公经费"], op: "value", unknown: ["南京驻京办"] }],
  ["株州驻京办三公经费", { u: "B", m: ["三公经费"], op: "value" }],
  [
    "株洲市财政局2024年三公经费",
    { u: "", m: ["三公经费"], y: [2024], op: "value", unknown: ["株洲市财政局"] },
  ],
  ["驻上海联络处三公经费", { u: "S", m: ["三公经费"], op: "value" }],
  ["驻沪办三公经费", { u: "S", m: ["三公经费"], op: "value" }],
  ["三公经费是多少", { u: "", m: ["三公经费"], op: "value" }],
  // Follow-ups (planConversation)
  [
    ["市政府办2024年三公经费决算多少？", "其中公务接待费呢？"],
    { u: "C", m: ["公务接待费"], y: [2024], op: "value", followUp: true },
  ],
  [
    ["市政府办2024年三公经费决算多少？", "其中公务接待费呢？", "比上年呢？"],
    { u: "C", m: ["公务接待费"], y: [2024], op: "yoy", followUp: true },
  ],
  [
    ["市政府办2024年三公经费决算多少？", "其中公务接待费呢？", "比上年呢？", "占比多少"],
    // The part over the whole the conversation began with.
    { u: "C", m: ["公务接待费", "三公经费"], y: [2024], op: "share", followUp: true },
  ],
  [["驻京办三公经费是多少", "那区委办呢？"], { u: "T", m: ["三公经费"], op: "value", followUp: true }],
  [
    ["驻京办三公经费是多少", "那区委办呢？", "两者相差多少？"],
    { u: "BT", m: ["三公经费"], op: "difference", followUp: true },
  ],
  [
    ["驻京办三公经费是多少", "预算呢？"],
    { u: "B", m: ["三公经费"], op: "value", basis: "预算", followUp: true },
  ],
  [["驻京办三公经费是多少", "2023年呢"], { u: "B", m: ["三公经费"], y: [2023], op: "value", followUp: true }],
  [
    ["驻京办三公经费是多少", "有几辆公车"],
    { u: "B", m: ["车辆数"], op: "value", followUp: true, counts: true },
  ],
  [
    ["市政府办政府采购支出多少", "其中服务类呢？"],
    { u: "C", m: ["政府采购服务支出"], op: "value", followUp: true },
  ],
  [["驻京办三公经费是多少", "为什么"], { u: "B", m: ["三公经费"], op: "explain_variance", followUp: true }],
  [
    ["驻京办三公经费是多少", "市政府办的公务接待费呢"],
    { u: "C", m: ["公务接待费"], op: "value", followUp: false },
  ],
  [
    ["驻京办三公经费是多少", "湘潭市人民政府办公室呢"],
    { u: "", m: [], op: "text_lookup", followUp: false, unknown: ["湘潭市人民政府办公室"] },
  ],
];

/**
 * Engine bugs found while writing these tests (reported, not fixed here): each row states what
 * DOMAIN.md and the documents call for; the planner currently plans something else.
 */
const knownBugs: Row[] = [
  // An alias glued to 公务… ("市政府办公务接待费") leaves "，公务" behind the unit mask, which the
  // sibling-list rule reads as "…、公务用车…": 公务用车购置及运行维护费 is added as a second figure.
  ["市政府办公务接待费多少", { u: "C", m: ["公务接待费"], op: "value" }],
  ["驻京办公务接待费占三公经费比重是多少", { u: "B", m: ["公务接待费", "三公经费"], op: "share" }],
  // Same, plus the 在职人数 synonym "多少人" matches inside "多少人次".
  ["驻京办公务接待了多少人次", { u: "B", m: ["公务接待费"], op: "value", counts: true }],
  // "去年…" names the year asked about: the year of the latest 决算 (a reader of the 2024 决算
  // lives in 2025), not the year before the latest document.
  ["去年市政府办三公经费", { u: "C", m: ["三公经费"], y: [2024], op: "value" }],
  // "哪个高" between the two units of the conversation is not read as a comparison.
  [
    ["区委办三公经费", "那市政府办呢", "两个单位哪个高"],
    { u: "CT", m: ["三公经费"], op: "difference", followUp: true },
  ],
];

let k: Knowledge;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  k = await Knowledge.open(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

function plan(question: string | string[], knowledge = k): QueryPlan {
  const turns = Array.isArray(question) ? question : [question];
  return planConversation(
    knowledge,
    turns.map((content) => ({ role: "user" as const, content })),
  );
}

function check(question: string | string[], e: Expect): void {
  const p = plan(question);
  expect([...p.units].sort(), "units").toEqual(units(e.u));
  expect(p.metrics.map(metricCode), "metrics").toEqual(e.m);
  expect(p.years, "years").toEqual(e.y ?? []);
  expect(p.operation, "operation").toBe(e.op);
  expect(p.followUp, "followUp").toBe(e.followUp ?? false);
  expect(p.unknownUnits, "unknownUnits").toEqual(e.unknown ?? []);
  expect(p.clarify, "clarify").toBeUndefined();
  if ("basis" in e) expect(p.basis, "basis").toBe(e.basis);
  if ("kind" in e) expect(p.kind, "kind").toBe(e.kind);
  if ("counts" in e) expect(p.counts, "counts").toBe(e.counts);
  if ("descending" in e) expect(p.descending, "descending").toBe(e.descending);
}

describe("planConversation: phrasings people use", () => {
  it("covers at least 100 phrasings", () => expect(rows.length).toBeGreaterThanOrEqual(100));
  it.each(rows)("%s", (question, e) => check(question, e));
});

describe("planConversation: known engine bugs", () => {
  it.each(knownBugs)("%s", (question, e) => check(question, e));
});

describe("year sources", () => {
  it("no year → latest; explicit year → explicit; a follow-up keeps the earlier year", () => {
    expect(plan("驻京办三公经费").yearSource).toBe("latest");
    expect(plan("驻京办2024年三公经费").yearSource).toBe("explicit");
    expect(plan(["市政府办2024年三公经费决算多少？", "其中公务接待费呢？"]).yearSource).toBe("history");
  });

  it("a new question without a year resets the year its follow-ups inherit", () => {
    const p = plan(["驻京办2023年三公经费是多少", "区委办三公经费是多少", "其中公务接待费呢"]);
    expect(p.units).toEqual([TIANYUAN]);
    expect(p.years).toEqual([]);
    expect(p.yearSource).toBe("latest");
    // A follow-up of the first question still keeps its year.
    expect(plan(["驻京办2023年三公经费是多少", "其中公务接待费呢"]).years).toEqual([2023]);
  });

  it("“比2023年” names the comparison base, not the year asked", () => {
    const p = plan("驻京办2024年三公经费比2023年增长多少");
    expect(p.years).toEqual([2024]);
    expect(p.operation).toBe("yoy");
  });
});

describe("ambiguous aliases", () => {
  it("asks which unit an alias of two units means", async () => {
    // An alias file that gives both offices the same short name.
    const units = k.units.map((u) =>
      u.name === CITY || u.name === TIANYUAN ? { ...u, aliases: [...u.aliases, "两办"] } : u,
    );
    // The same store, its head read with the extra alias.
    const store = Object.create(k.store) as IndexStore;
    store.head = async () => ({ ...(await k.store.head()), units });
    const ambiguous = await Knowledge.open(store, k.embeddings);
    const p = planMessage(ambiguous, "两办三公经费是多少");
    expect(p.units).toEqual([]);
    expect(p.clarify).toContain(CITY);
    expect(p.clarify).toContain(TIANYUAN);
    // Naming the unit in full resolves it.
    expect(planMessage(ambiguous, "区委办三公经费是多少").clarify).toBeUndefined();
  });
});

describe("normalised question and text query", () => {
  it("keeps the normalised question and masks the unit out of the text query", () => {
    const p = plan("區委辦的職責是什麼");
    expect(p.question).toBe("区委办的职责是什么");
    expect(p.textQuery).not.toContain("区委办");
    expect(p.textQuery).toContain("职责");
  });
});

describe("reading the question against the index's vocabulary", () => {
  it.each<Row>([
    // Everyday words, through the thesaurus, for the subjects of the unit's tables
    ["区委办交了多少养老保险", { u: "T", m: ["s:30108"], op: "value" }],
    ["驻京办房租一年多少", { u: "B", m: ["s:30214"], op: "value" }],
    // Several years in everyday words
    ["市政府办三公经费连续两年怎么样", { u: "C", m: ["三公经费"], op: "trend" }],
    // One word for two rows asks for them together
    ["市政府办水电费多少", { u: "C", m: ["s:30205", "s:30206"], op: "sum" }],
    ["区委办请客吃饭花了多少", { u: "T", m: ["公务接待费"], op: "value" }],
    ["市政府办工资发了多少", { u: "C", m: ["s:301"], op: "value" }],
    // A known word when nothing else names a figure
    ["市政府办2024年收入多少", { u: "C", m: ["收入合计"], y: [2024], op: "value" }],
    ["区委办支出比收入多多少", { u: "T", m: ["支出合计", "收入合计"], op: "difference" }],
    // A typo in a unit name
    ["驻北京连络处三公经费多少", { u: "B", m: ["三公经费"], op: "value" }],
    // Compositions
    [
      "市政府办2024年三公经费是支出合计的百分之几",
      { u: "C", m: ["三公经费", "支出合计"], y: [2024], op: "share" },
    ],
    ["区委办人均人员经费是多少", { u: "T", m: ["人员经费"], op: "per_capita" }],
    ["市政府办每辆公车的运行维护费", { u: "C", m: ["公务用车运行维护费"], op: "per_capita" }],
  ])("%s", (question, e) => check(question, e));

  it("records how words were read, and lowers the confidence for each reading", () => {
    const p = plan("驻北京连络处三公经费多少");
    expect(p.readings).toEqual([`“驻北京连络处”按“${BEIJING}”理解`]);
    expect(p.confidence).toBeCloseTo(0.9);
  });

  it("a name no subject, project or unit has is a qualifier; asked attributes are kept", () => {
    expect(plan("区委办2024年智慧城市项目支出").qualifiers).toEqual(["智慧城市"]);
    expect(plan("区委办2024年智慧城市项目支出").confidence).toBeCloseTo(0.5);
    expect(plan("市政府办主任2024年的收入是多少").attributes).toEqual(["person"]);
    expect(plan("区委办公务接待一顿饭多少钱").attributes).toEqual(["per_occasion"]);
    expect(plan("驻京办2024年每个月的公务接待费").attributes).toEqual(["period"]);
  });

  it("verbs alone are no qualifier; a follow-up share keeps the earlier figure as the part", () => {
    expect(plan(["驻京办三公经费", "为什么没花完"]).qualifiers).toEqual([]);
    expect(plan("区委办2024年有没有买车").qualifiers).toEqual([]);
    const p = plan(["区委办人员经费", "占基本支出多少"]);
    expect(p.operation).toBe("share");
    expect(p.metrics).toEqual([
      { type: "metric", key: "人员经费" },
      { type: "metric", key: "基本支出" },
    ]);
  });

  it("a partial project name resolves to the project it most resembles", () => {
    expect(plan("区委办档案数字化项目花了多少").metrics).toEqual([
      { type: "project", name: "档案保护及数字化建设" },
    ]);
  });
});
