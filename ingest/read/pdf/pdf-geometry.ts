/**
 * Shapes shared by the PDF reader's phases. Coordinates are PDF points with the origin at the
 * page's top-left corner (y grows downwards), after the page's crop box and rotation.
 */

/** [x0, y0, x1, y1] with x0 ≤ x1 and y0 ≤ y1. */
export type Box = [number, number, number, number];

/** A run of non-blank text as the page draws it (one text item, or a part of one split at spaces). */
export interface PdfWord {
  text: string;
  box: Box;
  /** Font size in points (the height of the em square). */
  size: number;
  /** The baseline's y. */
  baseline: number;
}

/** An axis-aligned ruling line: horizontal (y fixed, from a to b along x) or vertical. */
export interface PdfRule {
  axis: "h" | "v";
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  a: number;
  b: number;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
  rules: PdfRule[];
}

/** An affine matrix [a b c d e f] as PDF (and OFD) write it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** `outer` after `inner`: a point is first mapped by `inner`, then by `outer`. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

/** The axis-aligned box around points. */
export function boxAround(points: readonly (readonly [number, number])[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A box whose centre lies in the area (a word on the page, or inside a clip). */
export function centreInside(box: Box, area: Box): boolean {
  const x = (box[0] + box[2]) / 2;
  const y = (box[1] + box[3]) / 2;
  return x >= area[0] && x <= area[2] && y >= area[1] && y <= area[3];
}

/** Fewer non-blank characters than this per page on average: page images without a text layer. */
const MIN_CHARS_PER_PAGE = 5;

/** How little text the pages hold, when it is too little to read (a scan, page images); else undefined. */
export function missingText(pages: readonly PdfPage[]): { pages: number; characters: number } | undefined {
  const characters = pages.reduce(
    (sum, page) => sum + page.words.reduce((n, word) => n + word.text.length, 0),
    0,
  );
  return pages.length === 0 || characters / pages.length < MIN_CHARS_PER_PAGE
    ? { pages: pages.length, characters }
    : undefined;
}

export function union(boxes: readonly Box[]): Box {
  return boxes.reduce<Box>(
    (acc, b) => [
      Math.min(acc[0], b[0]),
      Math.min(acc[1], b[1]),
      Math.max(acc[2], b[2]),
      Math.max(acc[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** Length of the overlap of two intervals (0 when disjoint). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

export function round2(box: Box): Box {
  return box.map((v) => Math.round(v * 100) / 100) as Box;
}

/** Group sorted numbers into clusters whose neighbours lie within `tolerance`; returns each cluster's mean. */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const centres: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1] > tolerance) {
      centres.push(mean(group));
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) centres.push(mean(group));
  return centres;
}

export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
}
