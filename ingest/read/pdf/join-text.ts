import { union, type Box, type PdfWord } from "./pdf-geometry.js";
import { isWide } from "./page-words.js";

/** Words on one baseline, left to right. */
export interface WordLine {
  words: PdfWord[];
  baseline: number;
  size: number;
  box: Box;
}

/** A gap this wide (in ems) between two words is a space even between Chinese characters. */
const WIDE_GAP = 0.5;
/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.4;

/** Group words into lines by baseline, top to bottom, each sorted left to right. */
export function groupLines(words: readonly PdfWord[]): WordLine[] {
  const sorted = [...words].sort((p, q) => p.baseline - q.baseline || p.box[0] - q.box[0]);
  const lines: WordLine[] = [];
  for (const word of sorted) {
    const line = lines.find(
      (l) => Math.abs(l.baseline - word.baseline) <= SAME_LINE * Math.max(l.size, word.size),
    );
    if (line) {
      line.words.push(word);
      line.size = Math.max(line.size, word.size);
    } else lines.push({ words: [word], baseline: word.baseline, size: word.size, box: word.box });
  }
  for (const line of lines) {
    line.words.sort((p, q) => p.box[0] - q.box[0]);
    line.box = union(line.words.map((w) => w.box));
  }
  return lines.sort((p, q) => p.baseline - q.baseline);
}

/**
 * One line's words as text: Latin words and numbers keep a space where the page leaves a gap,
 * Chinese only where the gap is wide (half an em: "第一部分 概况"); glyphs set close need none.
 */
export function joinWords(words: readonly PdfWord[]): string {
  let text = "";
  words.forEach((word, k) => {
    if (k > 0) {
      const prev = words[k - 1];
      const gap = word.box[0] - prev.box[2];
      const em = Math.min(prev.size, word.size);
      if (gap >= WIDE_GAP * em || (gap > 0.15 * em && needsSpace(text, word.text))) text += " ";
    }
    text += word.text;
  });
  return text;
}

/**
 * Join wrapped pieces of one cell or paragraph: no space around CJK or inside a number broken at
 * the line end, one between Latin words.
 */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.reduce(
    (text, piece) => (text === "" ? piece : text + (needsSpace(text, piece, /\p{L}/u) ? " " : "") + piece),
    "",
  );
}

function needsSpace(before: string, after: string, kind = /[\p{L}\p{N}]/u): boolean {
  const last = [...before].pop() ?? "";
  const first = [...after][0] ?? "";
  return (
    last !== "" && first !== "" && !isWide(last) && !isWide(first) && kind.test(last) && kind.test(first)
  );
}
