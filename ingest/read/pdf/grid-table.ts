import { bandOf, type Grid } from "./find-grids.js";
import { placeCell, printedRows } from "./cell-contents.js";
import type { TableBlock, TableCell, TableRow, TextLine } from "./page-blocks.js";
import { union, type PdfWord } from "./pdf-geometry.js";

/**
 * A full-width first row that is a caption, not a column header: a title ending in 表, a
 * parenthesised period ("（2023年度）") or a unit line. Forms print these inside their frame.
 */
const CAPTION_ROW = /(表|^[（(].{1,20}[)）])$|^(金额)?单位[:：]/;
/** A full-width last row that is a footnote. */
const NOTE_ROW = /^(注|说明|备注)\s*\d*[:：．.、]/;

export interface GridTable {
  table: TableBlock | null;
  /** Captions printed inside the frame above the table and notes below it, as plain lines. */
  lines: TextLine[];
  used: Set<PdfWord>;
}

/**
 * Fill a ruled grid with the page's words: each word goes to the cell under its first
 * character; a cell's lines are joined (a label wrapped inside its cell is one label); each
 * merged cell is emitted in the row and column where it starts. Rulings missing inside the
 * body are made up for by the text (see printedRows and placeCell).
 */
export function gridTable(grid: Grid, words: readonly PdfWord[], page: number): GridTable {
  const inCell = new Map<number, PdfWord[]>();
  const used = new Set<PdfWord>();
  for (const word of words) {
    const x = word.box[0] + Math.min(word.box[2] - word.box[0], word.size) / 2;
    const y = (word.box[1] + word.box[3]) / 2;
    const r = bandOf(grid.ys, y);
    const c = bandOf(grid.xs, x);
    if (r < 0 || c < 0) continue;
    const cell = grid.cellAt[r][c];
    inCell.set(cell, [...(inCell.get(cell) ?? []), word]);
    used.add(word);
  }
  const columns = grid.xs.length - 1;
  const rows: TableRow[] = [];
  /** Rows holding one cell that spans the whole width, with that cell's font size. */
  const fullWidth = new Map<TableRow, number>();
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const starting = grid.cells.flatMap((cell, k) =>
      cell.r0 === r && inCell.has(k) ? [{ cell, words: inCell.get(k)! }] : [],
    );
    for (const printed of printedRows(starting.map((s) => s.words))) {
      const cells: (TableCell | null)[] = new Array(columns).fill(null);
      let spanning = 0;
      starting.forEach(({ cell }, k) => {
        if (printed[k].length === 0) return;
        for (const [c, placed] of placeCell(printed[k], cell.c0, cell.c1, grid.xs)) cells[c] = placed;
        if (cell.c1 - cell.c0 + 1 === columns) spanning = Math.max(...printed[k].map((w) => w.size));
      });
      const filled = cells.filter((c): c is TableCell => c !== null);
      if (filled.length === 0) continue;
      const row: TableRow = { page, box: union(filled.map((c) => c.box)), cells };
      rows.push(row);
      if (spanning > 0 && filled.length === 1) fullWidth.set(row, spanning);
    }
  }
  const lone = (row: TableRow | undefined, pattern: RegExp) =>
    row !== undefined && fullWidth.has(row) && pattern.test(row.cells.find((c) => c !== null)!.text);
  const captions: TextLine[] = [];
  while (lone(rows[0], CAPTION_ROW)) captions.push(asLine(rows.shift()!, fullWidth));
  const notes: TextLine[] = [];
  while (lone(rows[rows.length - 1], NOTE_ROW)) notes.unshift(asLine(rows.pop()!, fullWidth));
  const table: TableBlock | null =
    rows.length === 0
      ? null
      : {
          kind: "table",
          page,
          box: grid.box,
          columns: grid.xs.slice(0, -1).map((x, c) => [x, grid.xs[c + 1]]),
          rows,
        };
  return { table, lines: [...captions, ...notes], used };
}

function asLine(row: TableRow, sizes: Map<TableRow, number>): TextLine {
  const cell = row.cells.find((c) => c !== null)!;
  return {
    kind: "line",
    page: row.page,
    box: cell.box,
    text: cell.text,
    size: sizes.get(row) ?? 0,
    framed: true,
  };
}
