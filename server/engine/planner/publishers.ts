import type { Knowledge } from "../knowledge.js";

/** The units that publish documents of this kind. */
export function publishersOf(k: Knowledge, units: string[], kind: "决算" | "预算"): string[] {
  return units.filter((unit) => k.docs(unit, { kind }).length > 0);
}

/**
 * Every unit asked publishes a budget document for the years asked (the latest when none): a bare
 * "预算多少" is its total. A year with final accounts only has no budget document to read it from.
 */
export function publishesBudget(k: Knowledge, units: string[], years: number[]): boolean {
  const publishes = (unit: string, year: number) => {
    const docs = k.docs(unit, { year });
    // A year with no document at all is no year of final accounts only (next year's budget may state it).
    return !docs.length || docs.some((d) => d.kind === "预算");
  };
  const has = (unit: string) => {
    const latest = k.latestYear(unit);
    return years.length ? years.every((year) => publishes(unit, year)) : !!latest && publishes(unit, latest);
  };
  return units.length > 0 && units.every(has);
}
