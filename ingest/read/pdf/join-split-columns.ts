import { EDGE_TOLERANCE } from "./join-continued-tables.js";
import { headerRowCount, NUMERIC_CELL, type Block, type TableBlock, type TableRow } from "./page-blocks.js";

/** Rows of the two pages are one row when their text centres lie this close (points). */
const SAME_ROW = 2.5;
/** Lines that may stand above the right-hand part (the sheet's unit, printed at its right edge). */
const UNIT_LABEL = /^(?:金额)?单位[:：]/;

/**
 * A sheet wider than the paper, printed across two pages column-wise (spreadsheets do this): the
 * table ending one page and the table opening the next hold the same rows at the same heights but
 * different columns. They are joined into one table, the right-hand part's cells after the left
 * one's, row by row; a column the right-hand part repeats (the names, as a sheet's print titles
 * do) is dropped; a unit printed above the right-hand part moves above the table. Joined only
 * when every row with numbers on the right has its row on the left.
 */
export function joinSplitColumns(pages: readonly Block[][]): Block[][] {
  const out = pages.map((page) => [...page]);
  for (let p = 0; p + 1 < out.length; p++) {
    const head = out[p][out[p].length - 1];
    const at = out[p + 1].findIndex((block) => block.kind === "table");
    const next = out[p + 1][at];
    if (head?.kind !== "table" || next?.kind !== "table") continue;
    const labels = out[p + 1].slice(0, at);
    if (!labels.every((block) => block.kind === "line" && UNIT_LABEL.test(block.text.trim()))) continue;
    const pairs = rowPairs(head, next);
    if (!pairs || continuesDownwards(head, next)) continue;
    appendColumns(head, next, pairs);
    out[p].splice(out[p].length - 1, 0, ...labels);
    out[p + 1].splice(0, at + 1);
  }
  return out;
}

/** For each row of the right-hand part, the left-hand row it extends; null when a row with numbers has none. */
function rowPairs(head: TableBlock, next: TableBlock): Map<TableRow, TableRow> | null {
  const centre = (row: TableRow) => (row.box[1] + row.box[3]) / 2;
  const headers = headerRowCount(head.rows);
  // (A left part without numbers is no table's body to extend.)
  if (headers >= head.rows.length) return null;
  const pairs = new Map<TableRow, TableRow>();
  let bodyRows = 0;
  for (const row of next.rows) {
    const twin = head.rows.find((left) => Math.abs(centre(left) - centre(row)) <= SAME_ROW);
    const numbers = row.cells.some((cell) => cell !== null && NUMERIC_CELL.test(cell.text));
    if (twin) pairs.set(row, twin);
    // A header cell merged down over the left part's header rows: in the top one it reaches (so the
    // left part's group headings end where it starts).
    else if (!numbers && headers > 0 && centre(row) < centre(head.rows[headers]))
      pairs.set(
        row,
        head.rows.slice(0, headers).findLast((left) => centre(left) < centre(row)) ?? head.rows[0],
      );
    else return null;
    if (numbers) bodyRows++;
  }
  return bodyRows >= 2 && new Set(pairs.values()).size === pairs.size ? pairs : null;
}

/** The same columns at the same places: a continuation down the next page, which another phase joins. */
function continuesDownwards(head: TableBlock, next: TableBlock): boolean {
  return next.columns.every(([x0]) => head.columns.some(([left]) => Math.abs(left - x0) <= EDGE_TOLERANCE));
}

function appendColumns(head: TableBlock, next: TableBlock, pairs: Map<TableRow, TableRow>): void {
  const repeated = next.columns.map((_, k) => repeatsAColumn(head, next, pairs, k));
  const kept = next.columns.flatMap((_, k) => (repeated[k] ? [] : [k]));
  const width = head.columns.length;
  // Columns of the right-hand part sit after the left part's, in their order.
  const shift = head.columns[width - 1][1] - next.columns[0][0];
  head.columns.push(
    ...kept.map((k): [number, number] => [next.columns[k][0] + shift, next.columns[k][1] + shift]),
  );
  for (const row of head.rows) row.cells.push(...kept.map(() => null));
  for (const [row, twin] of pairs) kept.forEach((k, n) => (twin.cells[width + n] = row.cells[k]));
}

/** Column k of the right-hand part prints the same text as some left-hand column in every body row it fills. */
function repeatsAColumn(
  head: TableBlock,
  next: TableBlock,
  pairs: Map<TableRow, TableRow>,
  k: number,
): boolean {
  const filled = next.rows.slice(headerRowCount(next.rows)).filter((row) => row.cells[k] !== null);
  if (filled.length < 2 || filled.some((row) => NUMERIC_CELL.test(row.cells[k]!.text))) return false;
  const text = (cell: TableRow["cells"][number] | undefined) => cell?.text.replace(/\s+/g, "");
  return head.columns.some((_, c) =>
    filled.every((row) => text(pairs.get(row)?.cells[c]) === text(row.cells[k])),
  );
}
