import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel } from "./labels.js";

/** One figure of a comparison or a sum: a scope's (unit, year, edition) value of one metric. */
export interface Row {
  scope: Scope;
  ref: MetricRef;
  fact: Fact;
  /** Last year's figure read as the next year's budget, in the words that say it did not change. */
  sameAsNext?: string;
}

/** How a row differs from the others: its unit, year or edition, and its metric when those vary. */
export function rowLabeller(found: Row[], k: Knowledge): (row: Row) => string {
  const varies = (key: (r: Row) => string) => new Set(found.map(key)).size > 1;
  const units = varies((r) => r.scope.unit);
  const years = varies((r) => String(r.scope.year));
  const editions = varies((r) => r.scope.edition ?? "");
  const metrics = varies((r) => JSON.stringify(r.ref));
  const edition = (s: Scope) => (s.edition ? `${s.edition}${s.doc.kind}` : "");
  const scope = (s: Scope) =>
    units
      ? `${s.unit}（${s.year}年${edition(s)}）`
      : years
        ? `${s.year}年${editions ? edition(s) : ""}`
        : editions
          ? `${s.year}年${edition(s)}`
          : "";
  return (row) => `${scope(row.scope)}${metrics || !scope(row.scope) ? metricLabel(row.ref, k) : ""}`;
}

/** The metric a comparison is of, said once, when every row has the same one. */
export function sharedMetric(found: Row[], k: Knowledge): string {
  const metrics = new Set(found.map((r) => JSON.stringify(r.ref)));
  return metrics.size === 1 ? metricLabel(found[0].ref, k) : "";
}
