import type { Fact, ParsedTable } from "../schema.js";
import { standardTableOf, type StandardKey, type StandardTable } from "./standard-tables.js";

/** A parsed table with its facts, addressable by row and column index, and its standard table. */
export interface IndexedTable {
  table: ParsedTable;
  standard?: StandardTable;
  /** The table's facts in row order. */
  facts: Fact[];
  cell(row: number, column: number): Fact | undefined;
}

/** Table cell facts are ids "<table id>:r<row>:c<column>". */
const CELL_ID = /^(.*):r(\d+):c(\d+)$/;

export function cellAddress(factId: string): { tableId: string; row: number; column: number } | undefined {
  const m = CELL_ID.exec(factId);
  return m ? { tableId: m[1], row: Number(m[2]), column: Number(m[3]) } : undefined;
}

/** One pass over the facts: every later check looks cells up instead of scanning. */
export function indexTables(facts: Fact[], tables: ParsedTable[]): IndexedTable[] {
  const byTable = new Map<string, { facts: Fact[]; cells: Map<string, Fact> }>();
  for (const t of tables) byTable.set(t.id, { facts: [], cells: new Map() });
  for (const f of facts) {
    if (!f.table) continue;
    const at = cellAddress(f.id);
    const entry = at && byTable.get(at.tableId);
    if (!at || !entry) continue;
    entry.facts.push(f);
    entry.cells.set(`${at.row}:${at.column}`, f);
  }
  return tables.map((table) => {
    const { facts: own, cells } = byTable.get(table.id)!;
    return {
      table,
      standard: standardTableOf(table),
      facts: own,
      cell: (row, column) => cells.get(`${row}:${column}`),
    };
  });
}

/** The first table of a standard kind (a document publishes each standard table once). */
export function firstStandard(tables: IndexedTable[], key: StandardKey): IndexedTable | undefined {
  return tables.find((t) => t.standard?.key === key);
}
