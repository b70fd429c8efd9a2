import type { MetricRef, QueryPlan } from "../engine/plan-schema.js";

export interface PlanChoice {
  source: "rules" | "llm";
  /** Why, in words, for the answer's metadata and the logs. */
  reason: string;
}

function metricKey(m: MetricRef): string {
  return m.type === "metric" ? `m:${m.key}` : m.type === "subject" ? `s:${m.code ?? m.name}` : `p:${m.name}`;
}

/** Place names in a unit name: 芦淞区, 湘潭市, 湖南省. */
const PLACE = /[\u4e00-\u9fa5]{2,3}?[省市区县州旗]/g;

/**
 * The rules could not place a name ("芦淞区委办"); the model mapped it to a known unit. A place
 * the name states that the unit's name lacks means another body (another district's office).
 */
function otherPlace(name: string, unit: string): boolean {
  return [...name.matchAll(PLACE)].some(([place]) => !unit.includes(place));
}

function covers<T>(outer: T[], inner: T[]): boolean {
  return inner.every((x) => outer.includes(x));
}

/**
 * Arbitration, not override: both plans are already resolved against the index. The model's plan
 * is used only where it resolves at least as much as the rules did: every unit, metric and
 * explicit year the rules found is still there, and it resolves something. It may add what the
 * rules missed (an unusual name, a unit they could not tell apart) or change the operation.
 */
export function arbitrate(rules: QueryPlan, model: QueryPlan): PlanChoice {
  const ruleMetrics = rules.metrics.map(metricKey);
  const modelMetrics = model.metrics.map(metricKey);
  if (!model.units.length && !modelMetrics.length && model.operation !== "text_lookup")
    return { source: "rules", reason: "the model's plan names no unit and no figure" };
  const added = model.units.filter((u) => !rules.units.includes(u));
  if (added.some((unit) => rules.unknownUnits.some((name) => otherPlace(name, unit))))
    return { source: "rules", reason: "the question names a place the model's unit is not in" };
  if (!covers(model.units, rules.units))
    return { source: "rules", reason: "the model's plan drops a unit the rules resolved" };
  if (!covers(modelMetrics, ruleMetrics))
    return { source: "rules", reason: "the model's plan drops a figure the rules resolved" };
  if (rules.yearSource === "explicit" && !covers(model.years, rules.years))
    return { source: "rules", reason: "the model's plan drops a year the question states" };
  const same =
    model.units.length === rules.units.length &&
    modelMetrics.length === ruleMetrics.length &&
    model.years.length === rules.years.length &&
    model.operation === rules.operation &&
    model.basis === rules.basis &&
    !rules.clarify;
  if (same) return { source: "rules", reason: "both plans agree" };
  return { source: "llm", reason: "the model's plan resolves at least as much as the rules'" };
}
