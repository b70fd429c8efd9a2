import { METRIC_BY_KEY, METRICS } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { LISTED_PARTS, SHARE_OF } from "../lexicon/listed-parts.js";
import { isProjected } from "./spending-words.js";

export function metricLabel(ref: MetricRef, k?: Knowledge): string {
  if (ref.type === "metric") return ref.key === "三公经费" ? "“三公”经费" : ref.key;
  // (A listed item named as money is not a project: "社会捐赠收入".)
  if (ref.type === "project") return /项目$|收入$/.test(ref.name) ? ref.name : `${ref.name}项目`;
  const name = ref.name ?? k?.subjects.find((s) => s.code === ref.code)?.name ?? "";
  const row = ref.code ? `${name}（${ref.code}）` : name;
  return ref.column ? `${row}${ref.column}` : row;
}

/** The question with the figures' own names masked ("商品和服务支出" lists nothing). */
export function namesMasked(plan: QueryPlan, mask = "〇"): string {
  const names = plan.metrics.flatMap((ref) =>
    ref.type === "metric" ? [ref.key] : ref.type === "project" ? [ref.name] : ref.name ? [ref.name] : [],
  );
  return names.reduce((text, name) => text.split(name).join(mask), plan.question);
}

/** "数量（机要通信用车）" → "机要通信用车": the kind a count of one kind is of. */
export const kindOf = (fact: Fact) => /^数量（(.+)）$/.exec(fact.column)?.[1];

/** How a figure of this kind is called after its label ("…支出决算", "…收入合计决算数"). */
export function wantLabel(want: Want, fact?: Fact, label = ""): string {
  // Counts (辆, 人, 人次) are no budget or actual.
  if (fact && !/元|%/.test(fact.measure)) return "";
  if (!fact && label && METRIC_BY_KEY.get(label)?.measure) return "数字";
  switch (want) {
    case "actual":
      // Income, totals and spending lines already say what they are.
      return /收入|收支|支出|合计|总计|结转|结余/.test(`${fact?.metric ?? ""}${label}`)
        ? "决算数"
        : "支出决算";
    case "initial":
      return "年初预算";
    case "full":
      return "全年预算";
    case "budget":
      return fact?.basis === "全年预算"
        ? "全年预算（调整后）"
        : fact?.basis === "年初预算"
          ? "年初预算"
          : "预算";
    case "prev_actual":
      // A budget's narrative states last year's 执行数 (or what it expects it to be), not its final accounts.
      return fact?.kind !== "预算" ? "决算" : isProjected(fact) ? "预计执行数" : "预算执行数";
    case "prev_budget":
      return "预算";
    default:
      return "";
  }
}

/** A column's own name under the headings over it ("2025年预算数 / 基本支出" → 基本支出). */
export const columnLeaf = (column: string) => column.split(" / ").pop() ?? column;

export function scopeLabel(s: Scope): string {
  return `${s.unit}${s.year}年度${s.edition ? `${s.edition}${s.doc.kind}` : ""}`;
}

/** Where a fact comes from, in words: the table's printed label or title ("公开09表", "2026年部门支出预算总表"), "情况说明". */
export function sourceLabel(f: Fact): string {
  if (f.table) return f.tableLabel ?? f.tableTitle ?? "附件表";
  return "情况说明";
}

/** A table named as the document names it: its title, with its printed label when it has one. */
export function tableName(t: { tableTitle?: string; tableLabel?: string }): string {
  return `${t.tableTitle ?? ""}${t.tableLabel ? `（${t.tableLabel}）` : ""}`;
}

/** Where on its document a source is: the page of a PDF, the lines of a text export. */
export function placeWords(src: { page?: number; lines?: [number, number] }): string {
  if (src.page !== undefined) return `第${src.page}页`;
  if (!src.lines) return "";
  const [from, to] = src.lines;
  return `第${from}${to !== from ? `–${to}` : ""}行`;
}

/**
 * Two figures on the same basis. In a 预算 document a table's 预算数 and the narrative's 年初预算 are
 * the same start-of-year budget: a different figure there is an inconsistency, not another basis.
 */
export function sameBasis(a: Fact, b: Fact): boolean {
  if (a.basis === b.basis) return true;
  const startOfYear = (f: Fact) => f.kind === "预算" && (f.basis === "预算" || f.basis === "年初预算");
  return startOfYear(a) && startOfYear(b);
}

export function basisWord(f: Fact): string {
  if (f.basis === "全年预算") return "全年预算（调整后）";
  if (f.basis === "年初预算") return "年初预算";
  if (f.basis === "预算") return "预算";
  return "决算";
}

/** Parts a metric adds up from (三公 → 出国/公车/接待), if the lexicon knows them. */
export function partsOf(ref: MetricRef): MetricRef[] {
  if (ref.type !== "metric") return [];
  if (ref.key === "支出合计")
    return [
      { type: "metric", key: "基本支出" },
      { type: "metric", key: "项目支出" },
    ];
  const keys = METRIC_BY_KEY.get(ref.key)?.parts ?? LISTED_PARTS[ref.key] ?? [];
  return keys.map((key) => ({ type: "metric" as const, key }));
}

/** A total shown by the parts its document lists (an income total by its sources). */
export function listsParts(ref: MetricRef): boolean {
  return ref.type === "metric" && ref.key in LISTED_PARTS;
}

/** The metric a part belongs to (公务接待费 → 三公经费; 基本支出 → 支出合计). */
export function parentOf(ref: MetricRef): MetricRef | undefined {
  // A cell of a subject's row ("<某类>中<某列>") is part of that row's total.
  if (ref.type === "subject" && ref.column) return { type: "subject", code: ref.code, name: ref.name };
  if (ref.type !== "metric") return undefined;
  const parent = METRICS.find((m) => m.parts?.includes(ref.key) || m.splits?.includes(ref.key));
  if (parent) return { type: "metric", key: parent.key };
  const listed = Object.keys(LISTED_PARTS).find((key) => LISTED_PARTS[key].includes(ref.key));
  if (listed) return { type: "metric", key: listed };
  if (SHARE_OF[ref.key]) return { type: "metric", key: SHARE_OF[ref.key] };
  if (ref.key === "项目支出" || ref.key === "基本支出") return { type: "metric", key: "支出合计" };
  return undefined;
}

/** A fact's source and place in words: "公开06表第374行", "2026年部门支出预算总表第12页", "情况说明第8页". */
export function sourcePlace(f: Fact): string {
  const line = f.source.lines[0];
  return `${sourceLabel(f)}${placeWords({ page: f.source.page, lines: [line, line] })}`;
}
