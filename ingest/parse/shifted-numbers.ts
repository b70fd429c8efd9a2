import { TEXT_COLUMNS } from "../domain/table-templates.js";
import { parseCell } from "../text/parse-amount.js";
import type { TableColumn, TableRow } from "../schema.js";

/**
 * Rows whose run of numbers ends under a column of words ("…分值 | 得分 | 偏差原因…" with
 * "总分 | | <满分> | <得分>"), with an empty cell right before the run: the export put one empty cell too
 * many, so the run moves one column left, under the columns that head it.
 */
export function unshiftNumbers(rows: TableRow[], columns: TableColumn[]): TableRow[] {
  return rows.map((row) => {
    if (row.header) return row;
    const last = lastFilled(row.cells);
    const column = columns.find((c) => c.index === last && c.segment === row.segment);
    if (!column || !TEXT_COLUMNS.test(column.path.at(-1) ?? "")) return row;
    let first = last;
    while (first > 0 && isNumber(row.cells[first - 1])) first--;
    if (!isNumber(row.cells[last]) || first < 1 || row.cells[first - 1].trim()) return row;
    const cells = [
      ...row.cells.slice(0, first - 1),
      ...row.cells.slice(first, last + 1),
      "",
      ...row.cells.slice(last + 1),
    ];
    return { ...row, cells };
  });
}

const isNumber = (cell: string | undefined) => parseCell(cell ?? "").kind === "number";

function lastFilled(cells: string[]): number {
  let i = cells.length - 1;
  while (i >= 0 && !cells[i].trim()) i--;
  return i;
}
