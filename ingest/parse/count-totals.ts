import { METRICS } from "../domain/metrics.js";
import type { Fact } from "../schema.js";

/** A table's total row. */
const TOTAL_ROW = /^(?:合\s*计|总\s*计)$/;
/** A column's own words, without the unit it is printed in ("实有人数（人）"). */
const UNIT_NOTE = /[（(][^（）()]*[)）]$/;

/** The metrics counted in people: what a staff table's columns hold. */
const PEOPLE_COUNTS = METRICS.filter((metric) => metric.measure === "人");

/**
 * A table of the department's staff by body ("单位名称 | 编制数 | 实有人数", its 合计 row last): the
 * total row's counts are the department's (编制数, 在职人数 …), tagged so, where no sentence says them.
 */
export function tagStaffTotals(facts: Fact[]): void {
  for (const fact of facts) {
    if (!fact.table || fact.metric || fact.measure !== "人" || !TOTAL_ROW.test(fact.row)) continue;
    const column = (fact.column.split(" / ").at(-1) ?? "").replace(UNIT_NOTE, "");
    const metric = PEOPLE_COUNTS.find((candidate) =>
      new RegExp(`^(?:${candidate.pattern.source})$`).test(column),
    );
    if (metric) fact.metric = metric.key;
  }
}
