import { UNIT_PRICE_COLUMN } from "./indicator-values.js";
import { z } from "zod";
import type { DocumentInfo, Fact } from "../schema.js";
import { cellHoldsMetric, heldByFallback, METRIC_BY_KEY, METRICS, metricsOfTable } from "./metrics.js";

/** Which figure of a metric: actual, a budget, last year's actual, the stated change or share. */
export const Want = z.enum([
  "actual",
  "budget",
  "initial",
  "full",
  "prev_actual",
  "prev_budget",
  "yoy_amount",
  "yoy_rate",
  "share",
  "count",
  "rate",
  "vs_budget",
  "none",
]);
export type Want = z.infer<typeof Want>;

/**
 * The figures a document's headline figure table keeps per metric: one fact per (metric, want),
 * chosen at ingest by the same rules as `selectMetricFacts`, so a question over every unit reads
 * one narrow row per document instead of every fact of the metric.
 */
export const FIGURE_WANTS = [
  "actual",
  "budget",
  "initial",
  "full",
  "count",
  "prev_actual",
] as const satisfies readonly Want[];

/** A document's preferred fact for (metric, want), chosen at ingest. */
export const Figure = z.object({
  metric: z.string(),
  want: Want,
  docId: z.string(),
  factId: z.string(),
  /** The fact's exact decimal value, for ordering without reading the fact. */
  value: z.string(),
});
export type Figure = z.infer<typeof Figure>;

// "一般公共预算财政拨款" names a fund, not a budget figure: an actual in the final accounts.
const BUDGET_COLUMN = /预算(?!财政拨款|拨款)/;

/** The parts of spending a row's amount is printed in beside its total. */
const ROW_PARTS = "人员经费|公用经费|基本支出|项目支出";
/** A column holding a part of its row's amount (the 人员经费 of a subject's spending), not the row. */
export const ROW_PART_COLUMN = new RegExp(`(?:^| \\/ )(?:${ROW_PARTS})$`);
/** A column under a part of spending ("基本支出 / 小计", "项目支出"), at any level of its header. */
export const ROW_PART_IN_PATH = new RegExp(`(?:^| \\/ )(?:${ROW_PARTS})(?= \\/ |$)`);

/**
 * Is a table cell a budget figure? "实际指标可用数" is an adjusted budget although its column does not
 * say 预算, and a table printing its years as rows says 预算数 in the row: the basis does.
 */
export function isBudgetCell(fact: Fact): boolean {
  return BUDGET_COLUMN.test(fact.column) || (!!fact.basis && fact.basis !== "决算" && fact.basis !== "上年");
}

/** Does a fact's column (and basis, period) give the wanted figure? */
export function wantColumn(fact: Fact, want: Want, doc: Pick<DocumentInfo, "year">): boolean {
  if (fact.table) {
    // An item's unit price ("单价") is no amount of the row (its 金额 is).
    if (UNIT_PRICE_COLUMN.test(fact.column)) return false;
    const budget = isBudgetCell(fact);
    if (want === "prev_actual") return fact.period === doc.year - 1 && !budget;
    if (want === "prev_budget") return fact.period === doc.year - 1 && budget;
    if (fact.period) return false;
    if (want === "rate") return /执行率|完成率/.test(fact.column);
    // A score is the form's 得分 column; an amount or count never is.
    if (want === "actual" || want === "count")
      return fact.measure === "分"
        ? fact.column === "得分"
        : // A saving (结余) is no actual; a carry-over (年初结转和结余, a fund table's column) is one.
          !budget && !/增减|率|占比|分值|得分|(?<!结转和?)结余|超支/.test(fact.column);
    if (want === "budget") return budget;
    if (want === "full") return budget && fact.basis === "全年预算";
    if (want === "initial") return budget && fact.basis === "年初预算";
    return false;
  }
  // "<上年>年当年预算执行数为…万元" in a budget: last year's actual, stated in the narrative.
  if (want === "prev_actual") return fact.period === doc.year - 1 && fact.column === "决算数";
  // "比上年预算53.39万元增加2.96万元": last year's budget, stated beside this year's.
  if (want === "prev_budget") return fact.period === doc.year - 1 && /预算数$/.test(fact.column);
  if (fact.period && want !== "count") return false;
  return NARRATIVE_COLUMN[want]?.test(fact.column) ?? false;
}

/**
 * The column of an amount a sentence states right after counts ("…11批次93人次，支出1.67万元"):
 * what those counts cost, a part of the subject's amount and never the amount itself.
 */
export const COUNT_AMOUNT_COLUMN = "对应金额";

/** The narrative column that states each figure. */
const NARRATIVE_COLUMN: Partial<Record<Want, RegExp>> = {
  actual: /^决算数$/,
  // A project page's "项目总预算X万" is the project's budget when no table row states it.
  budget: /^(预算数|年初预算数|全年预算数|项目总预算)$/,
  initial: /^年初预算数$/,
  full: /^全年预算数$/,
  yoy_amount: /^比上年增减额$/,
  yoy_rate: /^比上年增减率$/,
  share: /^占比$/,
  count: /^(?:数量|得分)/,
  rate: /预算完成率$/,
  vs_budget: /^比(年初)?预算增减(额|率)$/,
};

/** Does a fact hold the metric? Table cells through the lexicon's selectors, text facts by tag. */
export function holdsMetric(fact: Fact, key: string): boolean {
  if (fact.metric === key && !(fact.rowPath && fact.rowPath[0] === "项目")) return true;
  return cellHoldsMetric(fact, key);
}

/** Standard table cells first (the authoritative cell-level source), then narrative, then attachments. */
export function sourceRank(fact: Fact): number {
  return fact.table && /^\d+$/.test(fact.table) ? 0 : !fact.table ? 1 : 2;
}

/** The wants a count answers whatever basis they name. */
const COUNT_BASES = new Set<Want>(["actual", "budget", "initial", "full", "count"]);

/** The facts of one document that state (metric, want), preferred first. */
export function selectMetricFacts(
  facts: Fact[],
  doc: Pick<DocumentInfo, "year">,
  key: string,
  want: Want,
): Fact[] {
  const counted = METRIC_BY_KEY.get(key)?.measure;
  // Counts (车辆, 编制, 在职) are the same figure whatever budget basis was asked; a change or a
  // share of a count is still its own column, never the count itself.
  const asked: Want = counted && COUNT_BASES.has(want) ? "count" : want;
  // Among the tables, the order the lexicon lists them in (all funds' 03 before the general
  // budget's 05), whichever the document prints first.
  const tables = (METRIC_BY_KEY.get(key)?.tables ?? []).map((selector) => selector.table);
  const tableRank = (fact: Fact) => {
    const at = tables.indexOf(fact.table ?? "");
    return at < 0 ? tables.length : at;
  };
  const held = facts.filter((fact) => holdsMetric(fact, key) && wantColumn(fact, asked, doc));
  // A fallback row ("收入总计") only where its table prints none of the metric's own rows.
  const fallbacks = METRIC_BY_KEY.get(key)?.tables?.some((selector) => selector.fallback);
  const fallback = (fact: Fact) => !!fallbacks && fact.metric !== key && heldByFallback(fact, key);
  const firm = new Set(held.filter((fact) => !fallback(fact)).map((fact) => fact.table));
  return held
    .filter((fact) => !(fallback(fact) && firm.has(fact.table)))
    .sort((a, b) => sourceRank(a) - sourceRank(b) || tableRank(a) - tableRank(b));
}

/** Every (metric, want) figure a document states, for the store's figure table. */
export function documentFigures(facts: Fact[], doc: Pick<DocumentInfo, "docId" | "year" | "unit">): Figure[] {
  const figures: Figure[] = [];
  // (The unit's own: a subordinate's part of the document is that body's, see body-parts.ts.)
  const candidates = factsByCandidateMetric(facts.filter((fact) => fact.unit === doc.unit));
  for (const metric of METRICS) {
    const own = (candidates.get(metric.key) ?? []).filter((fact) => holdsMetric(fact, metric.key));
    if (!own.length) continue;
    for (const want of FIGURE_WANTS) {
      const fact = selectMetricFacts(own, doc, metric.key, want)[0];
      if (fact)
        figures.push({ metric: metric.key, want, docId: doc.docId, factId: fact.id, value: fact.value });
    }
  }
  return figures;
}

/**
 * The facts that may hold each metric, in document order: those tagged with it and the cells of
 * a table it has a selector for (a superset of `holdsMetric`, so each metric tests few facts).
 */
function factsByCandidateMetric(facts: Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const fact of facts) {
    const keys = new Set(metricsOfTable(fact.table).map((m) => m.key));
    if (fact.metric) keys.add(fact.metric);
    for (const key of keys) {
      const held = out.get(key);
      if (held) held.push(fact);
      else out.set(key, [fact]);
    }
  }
  return out;
}
