import type { Box } from "./pdf-geometry.js";

/** A line of running text (or a heading, a title, a stray label) as the page prints it. */
export interface TextLine {
  kind: "line";
  page: number;
  box: Box;
  text: string;
  /** Font size of the line's largest word. */
  size: number;
  /** A caption or note printed inside a table's frame (never page furniture). */
  framed?: boolean;
}

export interface TableCell {
  text: string;
  /** The box of the cell's text. */
  box: Box;
}

export interface TableRow {
  page: number;
  box: Box;
  /** One entry per column of the table; null where the row has nothing in that column. */
  cells: (TableCell | null)[];
}

/** A table rebuilt from positions: rows of cells at consistent column indexes. */
export interface TableBlock {
  kind: "table";
  page: number;
  box: Box;
  /** x-range of each column on the page the table starts on. */
  columns: [number, number][];
  rows: TableRow[];
}

export type Block = TextLine | TableBlock;

/** Amount-like cell text: "1,234.50", "0", "-3.25", "88.40%"; also subject codes. */
export const NUMERIC_CELL = /^[-+]?[\d,，]*\d(\.\d+)?%?$/;

/** The leading rows of a table that hold no number: its column headers. */
export function headerRowCount(rows: readonly TableRow[]): number {
  const first = rows.findIndex((row) => row.cells.some((c) => c !== null && NUMERIC_CELL.test(c.text)));
  return first < 0 ? rows.length : first;
}
