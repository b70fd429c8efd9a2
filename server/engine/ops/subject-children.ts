import { FUNCTION_CLASSES, functionClassCode } from "../../../ingest/domain/function-classes.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";

/**
 * A subject's code: its own, or for a class named without it (01 表 prints classes by name only)
 * the unit's coded row of that name, or the national code of the class.
 */
function subjectCode(k: Knowledge, ref: MetricRef, unit: string): string | undefined {
  if (ref.type !== "subject" || ref.column) return undefined;
  return (
    ref.code ??
    k.subjects.find((s) => s.code && s.name === ref.name && s.units.includes(unit))?.code ??
    functionClassCode(ref.name ?? "")
  );
}

/** The whole a functional class is a share of when none is named ("<类>占比"): the spending total. */
export function classWhole(k: Knowledge, ref: MetricRef, unit: string): MetricRef | undefined {
  const code = subjectCode(k, ref, unit);
  return code && FUNCTION_CLASSES.some((c) => c.code === code)
    ? { type: "metric", key: "支出合计" }
    : undefined;
}

/**
 * The subjects one level below a coded subject in the unit's tables (财政事务 20106 → 2010601 …;
 * digits per level: 类 3, 款 5, 项 7): the parts of its breakdown. Economic codes nest the same
 * way (302 → 30201 …).
 */
export function subjectChildren(
  k: Knowledge,
  ref: MetricRef,
  unit: string,
  /** The level asked ("按项列": 7 digits), when not the next one. */
  digits?: number,
): MetricRef[] {
  const code = subjectCode(k, ref, unit);
  if (!code) return [];
  // The level below; a table that skips a level (类 then 项, no 款) gives the next one it prints.
  const below = k.subjects.filter(
    (s) => s.code && s.code.length > code.length && s.code.startsWith(code) && s.units.includes(unit),
  );
  const depth = digits ?? Math.min(...below.map((s) => s.code!.length));
  const seen = new Set<string>();
  const out: MetricRef[] = [];
  for (const s of below) {
    if (s.code!.length !== depth || seen.has(s.code!)) continue;
    seen.add(s.code!);
    out.push({ type: "subject", code: s.code, name: s.name });
  }
  return out.sort((a, b) =>
    a.type === "subject" && b.type === "subject" ? a.code!.localeCompare(b.code!) : 0,
  );
}

/**
 * The one subject below a coded subject that the document prints, when it has the subject's own
 * amount (a 款 with a single 项): what the document states of it is stated of the subject.
 */
export function onlyChildOfSameAmount(
  k: Knowledge,
  ref: MetricRef,
  unit: string,
  amountOf: (child: MetricRef) => string | undefined,
  amount: string,
): MetricRef | undefined {
  const printed = subjectChildren(k, ref, unit).filter((child) => amountOf(child) !== undefined);
  if (printed.length !== 1) return undefined;
  const value = amountOf(printed[0]);
  return value !== undefined && Number(value) === Number(amount) ? printed[0] : undefined;
}
