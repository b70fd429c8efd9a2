import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";

/** Digits a level adds to its parent's code: 类 201 → 款 20106 → 项 2010601. */
const LEVEL_DIGITS = 2;

/**
 * The subjects one level below a coded subject in the unit's tables (财政事务 20106 → 2010601 …):
 * the parts of its breakdown. Economic codes nest the same way (302 → 30201 …).
 */
export function subjectChildren(k: Knowledge, ref: MetricRef, unit: string): MetricRef[] {
  if (ref.type !== "subject" || !ref.code || ref.column) return [];
  const code = ref.code;
  const seen = new Set<string>();
  const out: MetricRef[] = [];
  for (const s of k.subjects) {
    if (!s.code || s.code.length !== code.length + LEVEL_DIGITS || !s.code.startsWith(code)) continue;
    if (!s.units.includes(unit) || seen.has(s.code)) continue;
    seen.add(s.code);
    out.push({ type: "subject", code: s.code, name: s.name });
  }
  return out.sort((a, b) =>
    a.type === "subject" && b.type === "subject" ? a.code!.localeCompare(b.code!) : 0,
  );
}
