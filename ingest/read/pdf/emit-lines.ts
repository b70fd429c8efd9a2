import type { LineSource } from "../read-document.js";
import type { Block, TableBlock } from "./page-blocks.js";
import { round2, type Box } from "./pdf-geometry.js";

export interface EmittedText {
  lines: string[];
  sources: LineSource[];
}

/**
 * The blocks as text lines, the layout of a tab-separated export: a paragraph, heading or title
 * per line; a table row per line with its cells between tabs (every row of a table has the same
 * number of cells; columns empty in every row are left out) and a blank line after each table.
 * Each line has its source: page and box, and for table rows the box of each cell's text.
 */
export function emitLines(blocks: readonly Block[]): EmittedText {
  const lines: string[] = [];
  const sources: LineSource[] = [];
  for (const block of blocks) {
    if (block.kind === "line") {
      lines.push(clean(block.text));
      sources.push({ page: block.page, box: round2(block.box) });
      continue;
    }
    const columns = usedColumns(block);
    for (const row of block.rows) {
      const cells = columns.map((c) => row.cells[c]);
      lines.push(cells.map((cell) => clean(cell?.text ?? "")).join("\t"));
      sources.push({
        page: row.page,
        box: round2(row.box),
        cells: cells.map((cell) => (cell ? round2(cell.box) : null)),
      });
    }
    const last = block.rows[block.rows.length - 1];
    const below: Box = [last.box[0], last.box[3], last.box[2], last.box[3]];
    lines.push("");
    sources.push({ page: last.page, box: round2(below) });
  }
  return { lines, sources };
}

function usedColumns(table: TableBlock): number[] {
  return table.columns.map((_, c) => c).filter((c) => table.rows.some((row) => row.cells[c]));
}

/** No tabs or line breaks inside a cell or paragraph, no control characters. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\r\u0000-\u001f\u007f]+/g, " ").trim();
}
