import { cellHoldsMetric, METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import type { DocumentInfo, Fact } from "../../ingest/schema.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { Knowledge } from "./knowledge.js";
import type { MetricRef } from "./plan-schema.js";

/** Which figure of a metric: actual, a budget, last year's actual, the stated change or share. */
export type Want =
  | "actual"
  | "budget"
  | "initial"
  | "full"
  | "prev_actual"
  | "yoy_amount"
  | "yoy_rate"
  | "share"
  | "count"
  | "rate"
  | "vs_budget"
  | "none";

const BUDGET_COLUMN = /预算/;

function wantColumn(f: Fact, want: Want, doc: DocumentInfo): boolean {
  if (f.table) {
    // "实际指标可用数" is an adjusted budget although its column does not say 预算: the basis does.
    const budget = BUDGET_COLUMN.test(f.column) || (!!f.basis && f.basis !== "决算" && f.basis !== "上年");
    if (want === "prev_actual") return f.period === doc.year - 1 && !budget;
    if (f.period) return false;
    if (want === "rate") return /执行率|完成率/.test(f.column);
    if (want === "actual" || want === "count")
      return !budget && !/增减|率|占比|分值|得分|结余|超支/.test(f.column);
    if (want === "budget") return budget;
    if (want === "full") return budget && f.basis === "全年预算";
    if (want === "initial") return budget && f.basis === "年初预算";
    return false;
  }
  // "2025年当年预算执行数为…" in a 2026 budget: last year's actual stated in the text.
  if (f.period)
    return want === "count" || (want === "prev_actual" && f.period === doc.year - 1 && f.column === "决算数");
  switch (want) {
    case "actual":
      return f.column === "决算数";
    case "budget":
      return /^(预算数|年初预算数|全年预算数)$/.test(f.column);
    case "initial":
      return f.column === "年初预算数";
    case "full":
      return f.column === "全年预算数";
    case "yoy_amount":
      return f.column === "比上年增减额";
    case "yoy_rate":
      return f.column === "比上年增减率";
    case "share":
      return f.column === "占比";
    case "count":
      return f.column.startsWith("数量");
    case "rate":
      return /预算完成率$/.test(f.column);
    case "vs_budget":
      return /^比(年初)?预算增减(额|率)$/.test(f.column);
    default:
      return false;
  }
}

/** Does a fact hold the metric? Table cells through the lexicon's selectors, text facts by tag. */
function isMetric(f: Fact, key: string): boolean {
  if (f.metric === key && !(f.rowPath && f.rowPath[0] === "项目")) return true;
  return cellHoldsMetric(f, key);
}

function isSubject(f: Fact, ref: Extract<MetricRef, { type: "subject" }>): boolean {
  // Narrative subject lines whose code could not be resolved still match by name.
  if (ref.code && f.rowCode) return f.rowCode === ref.code;
  if (ref.code && !f.rowPath) return false;
  return !!ref.name && matchKey(f.row) === matchKey(ref.name);
}

/** Preferred column for a subject's amount: the total of tables 05/03, the 决算数 of table 06. */
function subjectColumnRank(f: Fact): number {
  if (!f.table) return 1;
  if (!/^\d+$/.test(f.table)) return 8;
  if (f.table === "01" && /支出/.test(f.column)) return 4;
  if (f.table === "04" && /合计$/.test(f.column)) return 5;
  if (f.table === "05" && /小计|合计/.test(f.column)) return 0;
  if (f.table === "03" && /合计/.test(f.column)) return 2;
  if (f.table === "06") return 0;
  if (f.table === "02" && /合计/.test(f.column)) return 3;
  return 9;
}

/**
 * The facts of one document that answer (metric, want). Table cells first (they are the
 * authoritative cell-level source), then narrative statements, then attachment tables.
 */
export function selectFacts(k: Knowledge, doc: DocumentInfo, ref: MetricRef, want: Want): Fact[] {
  const facts = k.factsOf(doc.docId);
  let hits: Fact[];
  if (ref.type === "metric") {
    const counted = METRIC_BY_KEY.get(ref.key)?.measure;
    // Counts (车辆, 编制, 在职) are the same figure whatever budget basis was asked.
    const w: Want = counted && want !== "prev_actual" && want !== "none" ? "count" : want;
    hits = facts.filter((f) => isMetric(f, ref.key) && wantColumn(f, w, doc));
  } else if (ref.type === "subject") {
    hits = facts.filter(
      (f) => isSubject(f, ref) && (f.table ? subjectColumnRank(f) < 9 : true) && wantColumn(f, want, doc),
    );
    hits.sort((a, b) => subjectColumnRank(a) - subjectColumnRank(b));
  } else {
    // Projects are named in the narrative and in attachment tables (基础数据表, 项目支出表), not
    // always alike ("某某专项" in a table, "某某专项资金" in the text): the same stem is the same project.
    const names = new Set(k.projectVariants(ref.name).map(matchKey));
    hits = facts.filter(
      (f) =>
        (f.rowPath?.[0] === "项目" || (f.table && !/^\d+$/.test(f.table))) &&
        names.has(matchKey(f.row)) &&
        wantColumn(f, want, doc),
    );
  }
  const rank = (f: Fact) => (f.table && /^\d+$/.test(f.table) ? 0 : !f.table ? 1 : 2);
  return hits.sort((a, b) => rank(a) - rank(b));
}

/** Distinct values among facts, in order of preference (for "sources disagree" notes). */
export function distinctValues(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of facts) {
    const key = `${Number(f.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
