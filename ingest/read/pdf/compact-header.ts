import { NUMERIC_CELL, headerRowCount, type TableCell, type TableRow } from "./page-blocks.js";
import { union } from "./pdf-geometry.js";

/** Header cells on the header's last line sit within this share of a line's height of each other. */
const BOTTOM_LINE = 0.5;

interface HeaderCell extends TableCell {
  column: number;
}

/**
 * The header of a table drawn without rulings, read line by line, holds as many lines as its
 * words' heights vary: a label wrapped in its cell ("年初结转和结" over "余"), labels centred in tall
 * cells, a group title over the labels on its last line ("本年支出" over 小计 | 基本支出 | 项目支出).
 * Rebuilt as at most two rows: the wrapped parts joined to their label; a column's label on the
 * first row, or its group's title there (at the group's first column) and its own label on the
 * second, the group being the run of columns around the title's whose labels sit on the last line.
 * Tables whose header is one line, or has no label above another or several, keep their rows.
 */
export function compactHeader(rows: TableRow[], bands: [number, number][]): TableRow[] {
  const width = bands.length;
  const count = headerRowCount(rows);
  if (count < 2 || count === rows.length) return rows;
  const header = rows.slice(0, count);
  const byColumn = joinWrapped(cellsByColumn(header, width), bands);
  const titled = byColumn.flatMap((cells, column) => (cells.length === 2 ? [column] : []));
  // (Titles side by side, "人员经费 | 公用经费", or nested ones are read as the lines print them.)
  if (titled.length !== 1 || byColumn.some((cells) => cells.length > 2)) return rows;
  const height = Math.max(...header.map((row) => row.box[3] - row.box[1]));
  const labels = byColumn.map((cells) => cells.at(-1));
  const bottom = Math.max(...labels.flatMap((cell) => (cell ? [cell.box[1]] : [])));
  const onLastLine = (column: number) =>
    !!labels[column] && labels[column]!.box[1] >= bottom - BOTTOM_LINE * height;
  // (The title's own column is labelled on the last line; a label between, nested titles.)
  if (!onLastLine(titled[0])) return rows;
  const first: (TableCell | null)[] = labels.map((cell) => cell ?? null);
  const second: (TableCell | null)[] = new Array(width).fill(null);
  const groups = titled.map((column) => {
    let from = column;
    let to = column;
    while (from > 0 && byColumn[from - 1].length === 1 && onLastLine(from - 1)) from--;
    while (to + 1 < width && byColumn[to + 1].length === 1 && onLastLine(to + 1)) to++;
    return { column, from, to };
  });
  // A title stands over its group's labels (a caption above the table, "见下表：", stands over none).
  if (!groups.every((group) => titlesGroup(byColumn, group, height))) return rows;
  for (const { column, from, to } of groups) {
    for (let c = from; c <= to; c++) {
      second[c] = labels[c] ?? null;
      first[c] = null;
    }
    first[from] = byColumn[column][0];
  }
  const page = header[0].page;
  const box = union(header.map((row) => row.box));
  return [{ page, box, cells: first }, { page, box, cells: second }, ...rows.slice(count)];
}

/** The title lies within the width of the labels it stands over (give or take a line's height). */
function titlesGroup(
  byColumn: HeaderCell[][],
  group: { column: number; from: number; to: number },
  height: number,
): boolean {
  const title = byColumn[group.column][0].box;
  const labels = byColumn.slice(group.from, group.to + 1).map((cells) => cells.at(-1)!.box);
  const left = Math.min(...labels.map((box) => box[0]));
  const right = Math.max(...labels.map((box) => box[2]));
  return title[0] >= left - height && title[2] <= right + height;
}

/** Each column's header cells, top to bottom. */
function cellsByColumn(header: TableRow[], width: number): HeaderCell[][] {
  const columns: HeaderCell[][] = Array.from({ length: width }, () => []);
  for (const row of header)
    row.cells.forEach((cell, column) => {
      if (cell && !NUMERIC_CELL.test(cell.text)) columns[column].push({ ...cell, column });
    });
  for (const cells of columns) cells.sort((a, b) => a.box[1] - b.box[1]);
  return columns;
}

/** A wrapped part is clearly shorter than the label it ends (a label of the same length is another label). */
const WRAPPED_SHARE = 0.75;
/** …and starts on the next line: at most this share of a line's height below it. */
const NEXT_LINE = 0.6;

/**
 * A shorter cell lying under a wider one of its column, within its width, that wider one standing
 * over this column alone: the wider label's last characters (a caption over the table spans more).
 */
function joinWrapped(columns: HeaderCell[][], bands: [number, number][]): HeaderCell[][] {
  const overOne = (cell: HeaderCell) =>
    bands.filter(([x0, x1]) => cell.box[0] <= x1 && cell.box[2] >= x0).length <= 1;
  return columns.map((cells) => {
    const joined: HeaderCell[] = [];
    for (const cell of cells) {
      const above = joined.at(-1);
      const within =
        above &&
        above.box[0] <= cell.box[0] &&
        above.box[2] >= cell.box[2] &&
        cell.box[1] - above.box[3] <= NEXT_LINE * (above.box[3] - above.box[1]) &&
        overOne(above);
      if (above && within && cell.box[2] - cell.box[0] <= WRAPPED_SHARE * (above.box[2] - above.box[0]))
        joined[joined.length - 1] = {
          ...above,
          text: above.text + cell.text,
          box: union([above.box, cell.box]),
        };
      else joined.push(cell);
    }
    return joined;
  });
}
