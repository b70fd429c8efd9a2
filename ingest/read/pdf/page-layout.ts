import { alignedTables } from "./aligned-tables.js";
import { findGrids } from "./find-grids.js";
import { gridTable } from "./grid-table.js";
import { groupLines, joinWords } from "./join-text.js";
import type { Block, TextLine } from "./page-blocks.js";
import { union, type PdfPage, type PdfWord } from "./pdf-geometry.js";
import { isContinuationMark } from "../../text/page-number.js";

/** A gap wider than this many ems on one baseline separates two texts (编制部门 … 单位：元). */
const SPLIT_GAP = 2;

/**
 * One page as blocks in reading order (top to bottom): ruled tables, tables aligned without
 * rulings, and lines of text. Words outside every table are grouped by baseline; a wide gap
 * splits a baseline into separate lines.
 */
export function layoutPage(page: PdfPage): Block[] {
  const blocks: Block[] = [];
  // "（转下页）" printed at a table's foot (or over its last row) is no cell's text.
  let free: PdfWord[] = page.words.filter((word) => !isContinuationMark(word.text));
  for (const grid of findGrids(page.rules)) {
    const { table, lines, used } = gridTable(grid, free, page.number);
    if (!table && lines.length === 0) continue;
    if (table) blocks.push(table);
    blocks.push(...lines);
    free = free.filter((w) => !used.has(w));
  }
  const aligned = alignedTables(free, page.number);
  blocks.push(...aligned.tables);
  blocks.push(
    ...textLines(
      free.filter((w) => !aligned.used.has(w)),
      page.number,
    ),
  );
  const top = (b: Block) => (b.kind === "table" ? b.rows[0].box[1] : b.box[1]);
  return blocks.sort((p, q) => top(p) - top(q) || p.box[0] - q.box[0]);
}

export function textLines(words: readonly PdfWord[], page: number): TextLine[] {
  return groupLines(words).flatMap((line) => {
    const pieces: PdfWord[][] = [[]];
    line.words.forEach((word, k) => {
      const prev = line.words[k - 1];
      if (prev && word.box[0] - prev.box[2] > SPLIT_GAP * Math.min(prev.size, word.size)) pieces.push([]);
      pieces[pieces.length - 1].push(word);
    });
    return pieces.map((ws): TextLine => ({
      kind: "line",
      page,
      box: union(ws.map((w) => w.box)),
      text: joinWords(ws),
      size: Math.max(...ws.map((w) => w.size)),
    }));
  });
}
