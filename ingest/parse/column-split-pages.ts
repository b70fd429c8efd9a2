import { matchKey } from "../text/normalize-text.js";
import type { ParsedTable, TableRow } from "../schema.js";

/** A row's name as the two pages print it (indented, spaced out: "  行政运行", "合   计"). */
const rowName = (row: TableRow) => matchKey(row.keys[0]?.name ?? "");

const hasCodes = (table: ParsedTable) => table.rows.some((row) => row.keys.some((key) => !!key.code));

/** The same table on the page before, printing the same rows in the same order, with their codes. */
function isLeftPageOf(left: ParsedTable, right: ParsedTable): boolean {
  if (!left.number || left.number !== right.number || left.title !== right.title) return false;
  if (!hasCodes(left) || hasCodes(right) || left.rows.length !== right.rows.length) return false;
  return left.rows.every((row, i) => rowName(row) !== "" && rowName(row) === rowName(right.rows[i]!));
}

/**
 * A table wider than the paper printed the way spreadsheets print it, its columns across two pages
 * (the codes, names and first columns on one page; the names again and the other columns on the
 * next), and so on down the table: the right-hand pages' rows are the left-hand pages' row by row
 * and take their subject codes, and the pages of each side are one piece of the table (its 合计
 * and its classes then add up across the pages). The two sides stay apart, so every figure is
 * cited on the page that prints it.
 */
export function columnSplitTablesJoined(tables: ParsedTable[]): ParsedTable[] {
  const right = new Set<number>();
  const coded = tables.map((table, i) => {
    const left = tables[i - 1];
    if (!left || !isLeftPageOf(left, table)) return table;
    right.add(i);
    return withCodesOf(left, table);
  });
  if (!right.size) return tables;
  const out: ParsedTable[] = [];
  const pieceOf = new Map<string, ParsedTable>();
  let run = 0;
  coded.forEach((table, i) => {
    if (i > 0 && table.number !== coded[i - 1]!.number) run++;
    const side = right.has(i) ? "right" : right.has(i + 1) ? "left" : undefined;
    if (!side || !table.number) return void out.push(table);
    const key = `${run}|${side}|${JSON.stringify(table.columns.map((column) => column.path))}`;
    const piece = pieceOf.get(key);
    if (piece) {
      piece.rows.push(...table.rows);
      piece.lines = [piece.lines[0], table.lines[1]];
      return;
    }
    const own = { ...table, rows: [...table.rows] };
    pieceOf.set(key, own);
    out.push(own);
  });
  return out;
}

/** The right-hand page's rows with the subject codes of the left-hand page's, row by row. */
function withCodesOf(left: ParsedTable, right: ParsedTable): ParsedTable {
  return {
    ...right,
    rows: right.rows.map((row, r) => {
      const code = left.rows[r]!.keys[0]?.code;
      return code ? { ...row, keys: [{ ...row.keys[0]!, code }, ...row.keys.slice(1)] } : row;
    }),
  };
}
