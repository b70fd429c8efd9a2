import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { PerUnit } from "./lexicon/scope-attributes.js";
import type { MetricRef } from "./plan-schema.js";

/** Shortest shared stem that reads one name as another ("运行维护" of 运行维护经费 and 公务用车运行维护费). */
const STEM = 3;

export function sharesStem(a: string, b: string): boolean {
  const [x, y] = [matchKey(a), matchKey(b)];
  for (let i = 0; i + STEM <= x.length; i++) if (y.includes(x.slice(i, i + STEM))) return true;
  return false;
}

function nameOf(ref: MetricRef): string {
  return ref.type === "metric" ? ref.key : (ref.name ?? "");
}

/**
 * The amounts a per-unit question divides ("每辆…运行维护费", "每人次…出国"): a project or subject
 * matched by its words is read as the division's usual lexicon metric sharing its stem; a
 * question naming no amount ("人均支出") takes the per-unit's default amount.
 */
export function perUnitAmounts(
  per: PerUnit | undefined,
  amounts: MetricRef[],
  asksSpending: boolean,
): MetricRef[] {
  if (!per) return amounts;
  if (!amounts.length)
    return per.defaultAmount && asksSpending && METRIC_BY_KEY.has(per.defaultAmount)
      ? [{ type: "metric", key: per.defaultAmount }]
      : amounts;
  return amounts.map((ref) => {
    if (ref.type === "metric" && per.amounts?.includes(ref.key)) return ref;
    if (ref.type === "metric" && METRIC_BY_KEY.get(ref.key)?.measure) return ref;
    const usual = per.amounts?.find((key) => sharesStem(nameOf(ref), key));
    return usual && ref.type !== "metric" ? { type: "metric", key: usual } : ref;
  });
}
