import { bandOf } from "./find-grids.js";
import { groupLines, joinPieces, joinWords } from "./join-text.js";
import { NUMERIC_CELL, type TableCell } from "./page-blocks.js";
import { union, type PdfWord } from "./pdf-geometry.js";

/** Baselines closer than this many ems are one printed row. */
const SAME_ROW = 0.4;
/** Inside a merged cell, a gap this wide (in ems) parts the texts of two columns. */
const COLUMN_GAP = 1;

/**
 * The printed rows inside one ruled row: usually one (a label wrapped over two lines stays one
 * cell, its amounts centred beside it). A table ruled only between columns has all its body in
 * one ruled row; there amounts stacked in one cell mark the rows: the baselines shared by the
 * cells, each word going to the nearest.
 */
export function printedRows(cellWords: readonly PdfWord[][]): PdfWord[][][] {
  const baselines = stackedBaselines(cellWords);
  if (!baselines) return [cellWords.map((words) => [...words])];
  const nearest = (w: PdfWord) =>
    baselines.reduce(
      (best, b, k) => (Math.abs(b - w.baseline) < Math.abs(baselines[best] - w.baseline) ? k : best),
      0,
    );
  return baselines.map((_, k) => cellWords.map((words) => words.filter((w) => nearest(w) === k)));
}

function stackedBaselines(cellWords: readonly PdfWord[][]): number[] | null {
  const stacked = cellWords.some((words) => {
    const amounts = groupLines(words).filter((l) => NUMERIC_CELL.test(joinWords(l.words)));
    return amounts.length >= 2;
  });
  if (!stacked) return null;
  const all = cellWords.flat().sort((p, q) => p.baseline - q.baseline);
  const baselines: number[] = [];
  for (const w of all)
    if (baselines.length === 0 || w.baseline - baselines[baselines.length - 1] > SAME_ROW * w.size)
      baselines.push(w.baseline);
  return baselines;
}

/**
 * A cell's text at the column it starts in; a merged cell holding one line that breaks at wide
 * gaps into parts under different columns (a ruling missing in the body) is those parts, each
 * at the column under its first character.
 */
export function placeCell(
  words: readonly PdfWord[],
  c0: number,
  c1: number,
  xs: readonly number[],
): Map<number, TableCell> {
  const lines = groupLines(words);
  const placed = new Map<number, TableCell>();
  if (c1 > c0 && lines.length === 1) {
    const parts = wideParts(lines[0].words);
    const columns = parts.map((p) =>
      bandOf(xs, p[0].box[0] + Math.min(p[0].box[2] - p[0].box[0], p[0].size) / 2),
    );
    if (parts.length > 1 && columns.every((c, k) => c >= c0 && c <= c1 && (k === 0 || c > columns[k - 1]))) {
      parts.forEach((p, k) =>
        placed.set(columns[k], { text: joinWords(p), box: union(p.map((w) => w.box)) }),
      );
      return placed;
    }
  }
  placed.set(c0, {
    text: joinPieces(lines.map((l) => joinWords(l.words))),
    box: union(words.map((w) => w.box)),
  });
  return placed;
}

/** Words of one line cut where the gap to the next is wider than COLUMN_GAP. */
function wideParts(words: readonly PdfWord[]): PdfWord[][] {
  const parts: PdfWord[][] = [];
  words.forEach((w, k) => {
    if (k === 0 || w.box[0] - words[k - 1].box[2] > COLUMN_GAP * w.size) parts.push([]);
    parts[parts.length - 1].push(w);
  });
  return parts;
}
