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
