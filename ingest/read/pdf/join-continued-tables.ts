import { headerRowCount, type Block, type TableBlock, type TableRow } from "./page-blocks.js";

/** Column edges of two pages of one table agree within this many points. */
export const EDGE_TOLERANCE = 3;

/**
 * Flatten the pages' blocks, joining a table that ends a page with a table that starts the next
 * page when their columns line up: one table, the repeated header rows of the continuation
 * dropped and its rows re-indexed to the first part's columns (an orphaned 合计 row whose label
 * cell spans the code columns lands in the first column, as it would have on the first page).
 */
export function joinContinuedTables(pages: readonly Block[][]): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    const last = blocks[blocks.length - 1];
    const [first, ...rest] = page;
    const mapping = last?.kind === "table" && first?.kind === "table" ? columnMapping(last, first) : null;
    if (last?.kind === "table" && first?.kind === "table" && mapping) {
      appendContinuation(last, first, mapping);
      blocks.push(...rest);
    } else blocks.push(...page);
  }
  return blocks;
}

/** For each column of the continuation, the column of the first part it continues; null if they differ. */
function columnMapping(head: TableBlock, next: TableBlock): number[] | null {
  const edges = head.columns.map(([x0]) => x0);
  const byEdge = next.columns.map(([x0]) => edges.findIndex((e) => Math.abs(e - x0) <= EDGE_TOLERANCE));
  if (byEdge.every((c) => c >= 0) && new Set(byEdge).size === byEdge.length) return byEdge;
  // A page scaled differently (office suites shrink a page to fit): the same number of columns.
  if (next.columns.length === head.columns.length && sameProportions(head, next))
    return next.columns.map((_, k) => k);
  return null;
}

/** Column widths in the same proportions: the table is the same, drawn at another scale. */
function sameProportions(head: TableBlock, next: TableBlock): boolean {
  const shares = (t: TableBlock) => {
    const width = t.columns[t.columns.length - 1][1] - t.columns[0][0];
    return t.columns.map(([x0, x1]) => (x1 - x0) / width);
  };
  const a = shares(head);
  const b = shares(next);
  return a.every((share, k) => Math.abs(share - b[k]) < 0.02);
}

function appendContinuation(head: TableBlock, next: TableBlock, mapping: number[]): void {
  const width = head.columns.length;
  const rows: TableRow[] = next.rows.map((row) => {
    const cells: TableRow["cells"] = new Array(width).fill(null);
    row.cells.forEach((cell, k) => {
      if (cell) cells[mapping[k]] = cell;
    });
    return { ...row, cells };
  });
  const headers = head.rows.slice(0, headerRowCount(head.rows)).map(rowKey);
  while (rows.length > 0 && headers.includes(rowKey(rows[0]))) rows.shift();
  head.rows.push(...rows);
}

function rowKey(row: TableRow): string {
  return row.cells.map((c) => (c?.text ?? "").replace(/\s+/g, "")).join("\t");
}
