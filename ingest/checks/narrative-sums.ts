import { METRICS } from "../domain/metrics.js";
import type { Fact } from "../schema.js";
import { defined, pushTo, sumCheck, type CheckOutcome } from "./check-outcome.js";

const PARTS = new Map(METRICS.filter((m) => m.parts?.length).map((m) => [m.key, m.parts!]));
const AMOUNT_COLUMNS = new Set(["决算数", "预算数", "年初预算数", "全年预算数"]);

/**
 * A narrative total against its parts stated in the same section (三公经费 = 因公出国（境）费 +
 * 公务用车购置及运行维护费 + 公务接待费, the 公务用车 figure through 购置费 + 运行维护费 when it is
 * not stated itself; 基本支出 = 人员经费 + 公用经费; 政府采购 = 货物 + 工程 + 服务). The metric
 * lexicon's `parts` say what adds up; a total whose parts are not all stated is not counted.
 */
export function narrativeSums(facts: Fact[]): CheckOutcome[] {
  const bySection = new Map<string, Fact[]>();
  for (const f of facts)
    if (!f.table && f.metric && AMOUNT_COLUMNS.has(f.column))
      pushTo(bySection, f.source.section.join("/"), f);
  const outcomes: (CheckOutcome | undefined)[] = [];
  const checked = new Set<string>();
  for (const section of bySection.values()) {
    for (const total of section) {
      if (!PARTS.has(total.metric!)) continue;
      const key = `${total.metric}|${total.column}|${total.period ?? ""}|${total.value}`;
      if (checked.has(key)) continue;
      const parts = partsOf(total.metric!, total, section);
      if (!parts) continue;
      checked.add(key);
      outcomes.push(sumCheck("narrative_sum", total, parts, `说明中“${total.metric}”${total.column}`));
    }
  }
  return outcomes.filter(defined);
}

/** The stated parts of a metric, a missing part through its own parts; undefined when one is not stated. */
function partsOf(metric: string, near: Fact, section: Fact[], depth = 0): Fact[] | undefined {
  // A part that is neither stated nor made of parts leaves the total unchecked.
  if (!PARTS.has(metric)) return undefined;
  const out: Fact[] = [];
  for (const part of PARTS.get(metric) ?? []) {
    const stated = nearest(part, near, section);
    const found = stated ? [stated] : depth < 2 ? partsOf(part, near, section, depth + 1) : undefined;
    if (!found) return undefined;
    out.push(...found);
  }
  return out;
}

function nearest(metric: string, near: Fact, section: Fact[]): Fact | undefined {
  let best: Fact | undefined;
  for (const f of section) {
    if (f.metric !== metric || f.column !== near.column || f.period !== near.period) continue;
    if (f.measure !== near.measure || f.basis !== near.basis) continue;
    const d = Math.abs(f.source.lines[0] - near.source.lines[0]);
    if (!best || d <= Math.abs(best.source.lines[0] - near.source.lines[0])) best = f;
  }
  return best;
}
