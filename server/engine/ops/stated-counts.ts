import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, headlineFigure, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/** Measures of money and rates: what a count is not. */
const NOT_COUNTS = new Set(["万元", "元", "亿元", "%"]);

/** "数量（接待来访团组）" → "接待来访团组"; a bare "数量" says nothing its measure does not ("16批次"). */
const countLabel = (fact: Fact) =>
  /（([^（）]+)）$/.exec(fact.column)?.[1] ?? (fact.column === "数量" ? "" : fact.column);

/** Counts said after the amount, at most. */
const MOST_COUNTS = 4;

/**
 * "公务接待费多少": the amount, and the counts the document states with it ("共接待来访团组8个、来宾64人次"),
 * each cited, so the reader sees what the money bought. Only for one figure of one document asked
 * as a value, and only counts its own document states.
 */
export function addStatedCounts(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.counts || plan.operation !== "value") return;
  if (plan.metrics.length !== 1 || scopes.length !== 1) return;
  // An amount's counts: a count answered ("车辆数") is not followed by its own kinds.
  const { figure } = headlineFigure(draft) ?? {};
  if (!figure || !["万元", "元"].includes(figure.measure)) return;
  const [scope] = scopes;
  const counts = lookup(k, scope, plan.metrics[0], "count").filter(
    (fact) => !NOT_COUNTS.has(fact.measure) && fact.docId === scope.doc.docId,
  );
  const shown = new Set(draft.figures.flatMap((figure) => figure.facts.map((fact) => fact.id)));
  // The same count stated in several places (a summary and its detail) is said once.
  const said = new Set<string>();
  const fresh = counts
    .filter((fact) => !shown.has(fact.id))
    .filter((fact) => {
      const key = `${countLabel(fact)}|${fact.value}|${fact.measure}`;
      return !said.has(key) && !!said.add(key);
    })
    .slice(0, MOST_COUNTS);
  if (!fresh.length) return;
  const b = new DraftBuilder(draft);
  const line: Segment[] = ["文件同时写明："];
  fresh.forEach((fact, i) => {
    const label = countLabel(fact);
    line.push(i ? "、" : "", label ? `${label} ` : "", b.fact(fact, label || `${fact.row}数量`));
  });
  line.push("。");
  b.d.bullets.push(line);
}
