import { apply, type Matrix, type PdfRule } from "./pdf-geometry.js";

/** pdf.js path buffer opcodes (DrawOPS in pdf.js). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A filled rectangle thinner than this (points) is a ruling drawn as a bar. */
const BAR_THICKNESS = 2.5;
/** Shorter segments are glyph-like marks (ticks, underscores of a character), not rulings. */
const MIN_RULE_LENGTH = 3;

type Point = [number, number];

/** Straight-line subpaths in page coordinates; a subpath with a curve is dropped (not a ruling). */
export function readSubpaths(buffer: Float32Array, m: Matrix): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  let curved = false;
  const flush = () => {
    if (current.length > 1 && !curved) paths.push(current);
    current = [];
    curved = false;
  };
  const at = (x: number, y: number): Point => apply(m, x, y);
  for (let k = 0; k < buffer.length;) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      flush();
      current.push(at(buffer[k], buffer[k + 1]));
      k += 2;
    } else if (op === LINE_TO) {
      current.push(at(buffer[k], buffer[k + 1]));
      k += 2;
    } else if (op === CURVE_TO) {
      curved = true;
      k += 6;
    } else if (op === QUAD_TO) {
      curved = true;
      k += 4;
    } else if (op === CLOSE) {
      if (current.length > 0) current.push(current[0]);
      flush();
    } else break;
  }
  flush();
  return paths;
}

export function strokedSegments(points: Point[]): PdfRule[] {
  const rules: PdfRule[] = [];
  for (let j = 1; j < points.length; j++) {
    const rule = axisSegment(points[j - 1], points[j]);
    if (rule) rules.push(rule);
  }
  return rules;
}

function axisSegment([x0, y0]: Point, [x1, y1]: Point): PdfRule | null {
  if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE_LENGTH)
    return { axis: "h", at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) };
  if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE_LENGTH)
    return { axis: "v", at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) };
  return null;
}

/** A filled axis-aligned rectangle that is thin in one direction is a ruling along the other. */
export function filledBar(points: Point[]): PdfRule[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = points.every(([x, y]) => near(x, x0, x1) && near(y, y0, y1));
  if (!axisAligned) return [];
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= BAR_THICKNESS && w >= MIN_RULE_LENGTH && w > h)
    return [{ axis: "h", at: (y0 + y1) / 2, a: x0, b: x1 }];
  if (w <= BAR_THICKNESS && h >= MIN_RULE_LENGTH && h > w)
    return [{ axis: "v", at: (x0 + x1) / 2, a: y0, b: y1 }];
  return [];
}

function near(v: number, a: number, b: number): boolean {
  return Math.abs(v - a) < 0.5 || Math.abs(v - b) < 0.5;
}
