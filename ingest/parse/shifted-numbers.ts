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

/** Words then an amount in one cell ("费支出 <N>"): a name's end a converter ran into the next cell. */
const NAME_OVERFLOW = /^([\u4e00-\u9fff（）()、“”]{1,16})\s+(-?[\d,]*\d(?:\.\d+)?)$/;

/**
 * A key cell's overflow merged into the value cell after it ("机关事业单位基本养老保险缴" | "费支出
 * <N>"), as PDF-to-Markdown converters leave a wrapped name: the words go back to the name, the
 * amount stays in its column.
 */
export function nameOverflowMoved(cells: string[], keyColumns: ReadonlySet<number>): string[] {
  const out = [...cells];
  for (const key of keyColumns) {
    const next = key + 1;
    if (keyColumns.has(next) || !out[key]?.trim()) continue;
    const overflow = NAME_OVERFLOW.exec(out[next]?.trim() ?? "");
    if (!overflow) continue;
    out[key] = `${out[key].trim()}${overflow[1]}`;
    out[next] = overflow[2]!;
  }
  return out;
}
