import type { Fact, ParsedTable, Warning } from "../schema.js";
import { bodyRowSums } from "./body-row-sums.js";
import type { CheckOutcome } from "./check-outcome.js";
import { indexTables } from "./indexed-tables.js";
import { narrativeSums } from "./narrative-sums.js";
import { basicSpending, sameFigures } from "./same-figures.js";
import { statementChecks } from "./statement-checks.js";
import { columnSums, subjectSums } from "./table-sums.js";
import { statedChanges, statedRates, tableVsText, textRepeats } from "./text-checks.js";
import { subjectLinesVsTable } from "./subject-lines.js";
import { misprintedCells } from "./misprinted-cells.js";

export interface CheckedDocument {
  /** Every evaluated check, holding or not: the report counts them. */
  outcomes: CheckOutcome[];
  /**
   * The outcomes' warnings (every disagreement, rounding included), then the cells two failed
   * identities single out as misprinted.
   */
  warnings: Warning[];
}

/**
 * Consistency checks at ingest. Nothing is dropped or corrected: every check reports whether it
 * holds, and every disagreement becomes a warning on the document naming the facts involved, so
 * answers can say which source says what. Linear in the facts: each check looks cells up in an
 * index built once.
 */
export function checkDocument(facts: Fact[], tables: ParsedTable[]): CheckedDocument {
  const indexed = indexTables(facts, tables);
  const outcomes = [
    ...indexed.flatMap(subjectSums),
    ...indexed.flatMap(columnSums),
    ...indexed.flatMap(bodyRowSums),
    ...basicSpending(indexed),
    ...indexed.flatMap(statementChecks),
    ...sameFigures(indexed),
    ...narrativeSums(facts),
    ...textRepeats(facts),
    ...tableVsText(facts),
    ...subjectLinesVsTable(facts),
    ...statedRates(facts),
    ...statedChanges(facts),
  ];
  const warnings = outcomes.flatMap((o) => (o.warning ? [o.warning] : []));
  return { outcomes, warnings: [...warnings, ...misprintedCells(outcomes, facts)] };
}

/** The warnings alone. */
export function runChecks(facts: Fact[], tables: ParsedTable[]): Warning[] {
  return checkDocument(facts, tables).warnings;
}
