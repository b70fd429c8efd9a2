import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";

/** A row's total column ("本年收入合计", "小计", "总计"). */
const ROW_TOTAL_COLUMN = /(?:合计|小计|总计)$/;

/** The total of a cell's row in its own table ("本年收入合计" beside "财政拨款收入"). */
export function rowTotalOf(k: Knowledge, cell: Fact): Fact | undefined {
  if (!cell.table) return undefined;
  return k
    .factsOf(cell.docId)
    .find(
      (f) =>
        f.table === cell.table &&
        f.rowCode === cell.rowCode &&
        f.row === cell.row &&
        f.measure === cell.measure &&
        ROW_TOTAL_COLUMN.test(f.column),
    );
}
