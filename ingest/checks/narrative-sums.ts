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
    const near = nearestIn(section);
    for (const total of section) {
      if (!PARTS.has(total.metric!)) continue;
      const key = `${total.metric}|${total.column}|${total.period ?? ""}|${total.value}`;
      if (checked.has(key)) continue;
      const parts = partsOf(total.metric!, total, near);
      if (!parts) continue;
      checked.add(key);
      outcomes.push(sumCheck("narrative_sum", total, parts, `说明中“${total.metric}”${total.column}`));
    }
  }
  return outcomes.filter(defined);
}

type Nearest = (metric: string, near: Fact) => Fact | undefined;

/** The stated parts of a metric, a missing part through its own parts; undefined when one is not stated. */
function partsOf(metric: string, near: Fact, nearest: Nearest, depth = 0): Fact[] | undefined {
  // A part that is neither stated nor made of parts leaves the total unchecked.
  if (!PARTS.has(metric)) return undefined;
  const out: Fact[] = [];
  for (const part of PARTS.get(metric) ?? []) {
    const stated = nearest(part, near);
    const found = stated ? [stated] : depth < 2 ? partsOf(part, near, nearest, depth + 1) : undefined;
    if (!found) return undefined;
    out.push(...found);
  }
  return out;
}

/**
 * The section's fact of a metric stated like `near` (column, period, measure, basis) on the line
 * closest to it, the later one in the section of two as close. Facts are grouped by what must
 * match and by line once per section, so each look-up is a binary search, not a scan.
 */
function nearestIn(section: Fact[]): Nearest {
  const groups = new Map<string, { lines: number[]; at: Map<number, number> }>();
  // Exactly what must be equal (=== on each field, undefined and null apart).
  const part = (v: unknown) =>
    v === undefined ? "\u0000u" : v === null ? "\u0000n" : `${typeof v}:${String(v)}`;
  const keyOf = (metric: string | undefined, f: Fact) =>
    [metric, f.column, f.period, f.measure, f.basis].map(part).join("\u0001");
  section.forEach((f, index) => {
    const key = keyOf(f.metric, f);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { lines: [], at: new Map() }));
    const line = f.source.lines[0];
    if (!group.at.has(line)) group.lines.push(line);
    group.at.set(line, index); // of two facts on one line, the later
  });
  for (const group of groups.values()) group.lines.sort((a, b) => a - b);
  return (metric, near) => {
    const group = groups.get(keyOf(metric, near));
    if (!group) return undefined;
    const line = near.source.lines[0];
    const { lines, at } = group;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    const candidates = [lines[lo - 1], lines[lo]].filter((l) => l !== undefined);
    const d = Math.min(...candidates.map((l) => Math.abs(l - line)));
    const closest = [line - d, line + d].flatMap((l) => at.get(l) ?? []);
    return section[Math.max(...closest)];
  };
}
