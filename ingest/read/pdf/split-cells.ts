import { joinWords, type WordLine } from "./join-text.js";
import { isWide } from "./page-words.js";
import type { PdfWord } from "./pdf-geometry.js";

/** A gap wider than this many ems between two words on a line of a table separates two cells. */
const CELL_GAP = 0.6;
/** The gaps between the cells of a table row take at least this share of its width. */
const MIN_GAP_SHARE = 0.2;

/** Words of one line standing together: one cell of a table row. */
export interface Segment {
  words: PdfWord[];
  x0: number;
  x1: number;
  text: string;
}

export interface SplitLine {
  line: WordLine;
  segments: Segment[];
  /** Several cells with room between them (running text with spaced figures is dense). */
  multi: boolean;
}

/** A line of words cut into cells at wide gaps and where an amount meets a Chinese label. */
export function splitCells(line: WordLine): SplitLine {
  const segments: Segment[] = [];
  for (const word of line.words) {
    const last = segments[segments.length - 1];
    const gap = last ? word.box[0] - last.x1 : 0;
    if (
      last &&
      gap <= CELL_GAP * word.size &&
      !(gap > 0.2 * word.size && switchesKind(last.text, word.text))
    ) {
      last.words.push(word);
      last.text = joinWords(last.words);
      last.x1 = word.box[2];
    } else segments.push({ words: [word], x0: word.box[0], x1: word.box[2], text: word.text });
  }
  const gaps = segments.slice(1).reduce((sum, seg, k) => sum + seg.x0 - segments[k].x1, 0);
  const width = line.box[2] - line.box[0];
  return { line, segments, multi: segments.length >= 2 && gaps >= MIN_GAP_SHARE * width };
}

/**
 * An amount followed by a Chinese label (or the reverse) with a visible gap: two cells. So is an
 * amount complete with its decimals followed by another number (the next block's code, in a table
 * whose rulings are only in a scanned image); a number's own pieces ("1,234" ".56") are not.
 */
function switchesKind(before: string, after: string): boolean {
  const last = [...before].pop() ?? "";
  const first = [...after][0] ?? "";
  if (/\d\.\d{2}$/.test(before) && /^\d/.test(after)) return true;
  return (/\d/.test(last) && isWide(first)) || (isWide(last) && /\d/.test(first));
}
