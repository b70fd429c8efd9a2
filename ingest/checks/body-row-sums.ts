import { BODY_NAME, TOTAL_ROW } from "../domain/project-tables.js";
import type { Fact } from "../schema.js";
import { matchKey } from "../text/normalize-text.js";
import { defined, sumCheck, type CheckOutcome } from "./check-outcome.js";
import type { IndexedTable } from "./indexed-tables.js";
import { byColumn } from "./table-sums.js";

/**
 * A table a body a row (a department's income or spending by 预算单位, a county's 三公 spending by
 * department): its 合计 row = Σ the bodies' rows, in every column. Only a table whose every other
 * row is named as a body, with no subject codes, no 小计 rows and no "其中" rows, is such a table.
 */
export function bodyRowSums(t: IndexedTable): CheckOutcome[] {
  if (t.facts.some((fact) => fact.rowCode)) return [];
  const outcomes: (CheckOutcome | undefined)[] = [];
  for (const column of byColumn(t).values()) {
    if (column.some((fact) => fact.measure === "%")) continue;
    const totals = column.filter((fact) => TOTAL_ROW.test(fact.row));
    // (The department's own row above its bodies, "<本部门>" before "<本部门>（本级）", is their subtotal.)
    const bodies = column.filter(
      (fact) => !TOTAL_ROW.test(fact.row) && matchKey(fact.row) !== matchKey(fact.unit),
    );
    if (totals.length !== 1 || !listsBodies(bodies)) continue;
    const [total] = totals;
    const parts = bodies.filter((fact) => fact.measure === total.measure);
    outcomes.push(sumCheck("total_row", total, parts, `${t.table.title}「${total.row}」${total.column}`));
  }
  return outcomes.filter(defined);
}

/** Two or more rows, each a different body. */
function listsBodies(rows: Fact[]): boolean {
  const names = rows.map((fact) => fact.row);
  return (
    names.length > 1 &&
    new Set(names).size === names.length &&
    names.every((name) => BODY_NAME.test(name) && !/^其中/.test(name))
  );
}
