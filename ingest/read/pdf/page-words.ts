import { apply, boxAround, type Matrix, type PdfWord } from "./pdf-geometry.js";

/** The fields of a pdf.js TextItem the reader uses. */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Glyph box relative to the baseline, in ems: CJK fonts reach about 0.88 above and 0.12 below. */
export const ASCENT = 0.85;
export const DESCENT = 0.2;

/**
 * Words of one text item: the item split at runs of blanks, each part placed by an estimate of
 * its characters' advance (full-width characters count twice a half-width one). Producers that
 * draw a whole table row as one string rely on spaces between its cells.
 */
export function itemWords(item: RawTextItem, viewport: Matrix): PdfWord[] {
  if (item.str.trim() === "") return [];
  const [a, b, c, d, e, f] = item.transform;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
  if (!(size > 0)) return [];
  const ux = Math.hypot(a, b) > 0 ? a / Math.hypot(a, b) : 1;
  const uy = Math.hypot(a, b) > 0 ? b / Math.hypot(a, b) : 0;
  const vx = c / size;
  const vy = d / size;
  const chars = [...item.str];
  const weights = chars.map(charWeight);
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const words: PdfWord[] = [];
  let start = -1;
  for (let k = 0; k <= chars.length; k++) {
    const blank = k === chars.length || /\s/.test(chars[k]);
    if (!blank && start < 0) start = k;
    if (blank && start >= 0) {
      const from = (sum(weights, 0, start) / total) * item.width;
      const to = (sum(weights, 0, k) / total) * item.width;
      words.push(place(chars.slice(start, k).join(""), from, to, size, [e, f], [ux, uy], [vx, vy], viewport));
      start = -1;
    }
  }
  return words;
}

function place(
  text: string,
  from: number,
  to: number,
  size: number,
  [e, f]: [number, number],
  [ux, uy]: [number, number],
  [vx, vy]: [number, number],
  m: Matrix,
): PdfWord {
  const corners = [from, to].flatMap((t) =>
    [-DESCENT, ASCENT].map((s) => apply(m, e + ux * t + vx * s * size, f + uy * t + vy * s * size)),
  );
  const baseline = apply(m, e + ux * from, f + uy * from)[1];
  return { text, box: boxAround(corners), size, baseline };
}

/** Advance of a character in half-ems: CJK and full-width forms take a whole em. */
export function charWeight(ch: string): number {
  return isWide(ch) ? 2 : 1;
}

export function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp >= 0x20000
  );
}

function sum(values: number[], from: number, to: number): number {
  let s = 0;
  for (let k = from; k < to; k++) s += values[k];
  return s;
}
