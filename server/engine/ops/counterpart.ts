import { matchKey } from "../../../ingest/text/normalize-text.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";

/** A generic tail that both classifications add to the same expense's name ("…缴费支出"). */
const GENERIC_TAIL = /(支出|费用)$/;

/** Shorter cores match too much ("工资" is in many rows): only a distinctive name is followed. */
const MIN_CORE = 4;

const core = (name: string) => matchKey(name).replace(GENERIC_TAIL, "");

/**
 * The same expense in the unit's other classification: an economic row (职业年金缴费) and the
 * functional row that holds it (机关事业单位职业年金缴费支出), when one name contains the other's core.
 * The narrative states budget and actual by functional row, the tables often by economic row only.
 */
export function counterparts(k: Knowledge, ref: MetricRef, unit: string): MetricRef[] {
  if (ref.type !== "subject" || !ref.name) return [];
  const own = k.subjects.find((s) => s.code === ref.code && s.name === ref.name);
  const name = core(ref.name);
  if (!own) return [];
  const coded = new Set(COUNTERPART_CODES[own.code ?? ""] ?? []);
  return k.subjects
    .filter((s) => s.scheme !== own.scheme && s.units.includes(unit) && s.code)
    .filter((s) => {
      if (coded.has(s.code!)) return true;
      const other = core(s.name);
      return (
        name.length >= MIN_CORE && other.length >= MIN_CORE && (other.includes(name) || name.includes(other))
      );
    })
    .map((s) => ({ type: "subject", code: s.code, name: s.name }));
}

/**
 * Economic rows and the functional rows that hold the same expense under other names (the
 * 2024 functional classification): medical insurance is paid under 行政单位医疗 / 事业单位医疗 /
 * 公务员医疗补助. Rows whose names contain each other need no entry.
 */
const COUNTERPART_CODES: Readonly<Record<string, readonly string[]>> = {
  "30110": ["2101101", "2101102", "2101103"],
  "30111": ["2101103"],
};
