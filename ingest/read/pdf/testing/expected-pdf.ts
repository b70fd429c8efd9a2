import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { matchKey } from "../../../text/normalize-text.js";
import type { DocumentText } from "../../read-document.js";

/** The page-verified expectations of ingest/fixtures/pdf/<stem>.expected.json. */
export const ExpectedPdf = z.object({
  file: z.string(),
  pages: z.number().int(),
  tables: z.array(
    z.object({ title: z.string(), pages: z.array(z.number().int()), empty: z.boolean().optional() }),
  ),
  cells: z.array(
    z.object({
      page: z.number().int(),
      table: z.string(),
      row: z.string(),
      rowCode: z.string().optional(),
      column: z.string(),
      value: z.string(),
    }),
  ),
  narrative: z.array(z.object({ page: z.number().int(), sentence: z.string(), value: z.string() })),
});
export type ExpectedPdf = z.infer<typeof ExpectedPdf>;
export type ExpectedCell = ExpectedPdf["cells"][number];

const FIXTURES = fileURLToPath(new URL("../../../fixtures/pdf/", import.meta.url));

export function loadExpected(stem: string): ExpectedPdf {
  return ExpectedPdf.parse(JSON.parse(readFileSync(`${FIXTURES}${stem}.expected.json`, "utf8")));
}

/** The label the fixtures give a table's only data row (三公 tables). */
const SINGLE_ROW = "(single data row)";
const NUMBER = /^[-+]?[\d,]*\d(\.\d+)?%?$/;

interface TableLines {
  header: string[][];
  body: { line: number; cells: string[] }[];
}

/**
 * Whether the reader's output holds an expected cell. The rule, stated once:
 * 1. Candidate rows are tab lines printed on the expected page (`sources[i].page`) with a cell
 *    equal to the row label (matchKey: no spaces, half-width, no brackets or quotes); with a
 *    rowCode, the code cells just left of the label (类 款 项, at most three) must spell it.
 *    "(single data row)" accepts every body row of a table on that page.
 * 2. The row's table is the run of tab lines around it; its header lines are the leading lines
 *    without a number. The column "A / B / C" is the index c where C is a header cell, and for
 *    each ancestor, on a header line above, the nearest non-empty cell at or left of c (the band a
 *    spanning header starts in) is that ancestor. Of several such columns (two column groups
 *    side by side) the row's is the nearest right of its label.
 * 3. Forms (绩效目标表) label their amounts by a row group ("项目资金（元）" in the first column):
 *    when the column is no header but a cell of the table at or above the row, left of the label,
 *    the value is the first non-empty cell right of the label.
 * The cell passes if the value equals the expected one, thousands separators removed.
 */
export function findExpectedCell(doc: DocumentText, cell: ExpectedCell): boolean {
  const lines = doc.text.split("\n");
  const sources = doc.sources ?? [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes("\t") || sources[i]?.page !== cell.page) continue;
    const cells = lines[i].split("\t");
    const table = tableAround(lines, i);
    const labels = labelCells(
      cells,
      cell,
      table.body.some((b) => b.line === i),
    );
    for (const label of labels) {
      // The label's own column group: the nearest such column right of the label.
      const column = Math.min(...headerColumns(table.header, cell.column).filter((c) => c > label));
      if (sameAmount(cells[column], cell.value)) return true;
      if (label >= 0 && isRowGroup(lines, table, i, label, cell.column)) {
        const value = cells.slice(label + 1).find((c) => c.trim() !== "");
        if (value !== undefined && sameAmount(value, cell.value)) return true;
      }
    }
  }
  return false;
}

/** Indexes of the row label's cell; -1 for the body row of a single-row table. */
function labelCells(cells: string[], cell: ExpectedCell, bodyRow: boolean): number[] {
  if (cell.row === SINGLE_ROW) return bodyRow ? [-1] : [];
  return cells.flatMap((text, k) =>
    matchKey(text) === matchKey(cell.row) && codeBefore(cells, k, cell.rowCode) ? [k] : [],
  );
}

function tableAround(lines: string[], i: number): TableLines & { start: number } {
  let start = i;
  while (start > 0 && lines[start - 1].includes("\t")) start--;
  let end = i;
  while (end + 1 < lines.length && lines[end + 1].includes("\t")) end++;
  const rows = lines.slice(start, end + 1).map((l) => l.split("\t"));
  const firstBody = rows.findIndex((r) => r.some((c) => NUMBER.test(c.trim())));
  const headerCount = firstBody < 0 ? rows.length : firstBody;
  return {
    start,
    header: rows.slice(0, headerCount),
    body: rows.slice(headerCount).map((cells, k) => ({ line: start + headerCount + k, cells })),
  };
}

function codeBefore(cells: string[], label: number, code: string | undefined): boolean {
  if (!code) return true;
  const parts: string[] = [];
  for (let k = label - 1; k >= 0 && parts.length < 3; k--) {
    const text = cells[k].trim();
    if (text !== "" && !/^\d+$/.test(text)) break;
    if (text !== "") parts.unshift(text);
  }
  return parts.join("") === code;
}

/** Column indexes whose header path reads `column` ("A / B / C"), by the spanning-band rule. */
export function headerColumns(header: string[][], column: string): number[] {
  const path = column.split(" / ").map(matchKey);
  const leaf = path[path.length - 1];
  const found = new Set<number>();
  header.forEach((row, r) =>
    row.forEach((text, c) => {
      if (matchKey(text) === leaf && ancestorsAbove(header, r, c, path.slice(0, -1))) found.add(c);
    }),
  );
  return [...found];
}

function ancestorsAbove(header: string[][], row: number, c: number, path: string[]): boolean {
  let r = row - 1;
  for (let k = path.length - 1; k >= 0; k--) {
    while (r >= 0 && spanning(header[r], c) !== path[k]) r--;
    if (r < 0) return false;
    r--;
  }
  return true;
}

function spanning(row: string[], c: number): string {
  for (let k = Math.min(c, row.length - 1); k >= 0; k--) if (row[k].trim() !== "") return matchKey(row[k]);
  return "";
}

function isRowGroup(
  lines: string[],
  table: { start: number },
  i: number,
  label: number,
  column: string,
): boolean {
  const key = matchKey(column);
  for (let j = i; j >= table.start; j--)
    if (
      lines[j]
        .split("\t")
        .slice(0, label)
        .some((c) => matchKey(c) === key)
    )
      return true;
  return false;
}

function sameAmount(printed: string | undefined, expected: string): boolean {
  return printed !== undefined && printed.replace(/[,\s]/g, "") === expected;
}
