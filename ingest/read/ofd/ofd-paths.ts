import { apply, type Matrix, type PdfRule } from "../pdf/pdf-geometry.js";
import { filledBar, strokedSegments } from "../pdf/path-rulings.js";
import { firstChild, numberAttribute, textOf } from "./ofd-xml.js";

type Point = [number, number];

/** How many numbers each AbbreviatedData operator takes (GB/T 33190 §9.2); C closes the subpath. */
const OPERANDS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
/** Operators that draw a curve: their subpath is no ruling. */
const CURVES = new Set(["Q", "B", "A"]);

interface Subpath {
  points: Point[];
  curved: boolean;
}

/**
 * Ruling lines of a PathObject: its stroked straight segments and, when it is filled, its thin
 * axis-aligned rectangles (the two ways converters draw table borders). White strokes are not
 * rulings; a path is stroked unless it says Stroke="false" and filled only with Fill="true".
 */
export function pathRules(object: Element, matrix: Matrix): PdfRule[] {
  const stroked = object.getAttribute("Stroke") !== "false" && !isWhite(firstChild(object, "StrokeColor"));
  const filled = object.getAttribute("Fill") === "true";
  if (numberAttribute(object, "LineWidth", 0.353) <= 0 && !filled) return [];
  const rules: PdfRule[] = [];
  for (const { points, curved } of subpaths(textOf(firstChild(object, "AbbreviatedData")), matrix)) {
    if (curved) continue;
    if (stroked) rules.push(...strokedSegments(points));
    if (filled) rules.push(...filledBar(points));
  }
  return rules;
}

/** The straight and curved subpaths of AbbreviatedData, their points mapped into page coordinates. */
export function subpaths(data: string, matrix: Matrix): Subpath[] {
  const tokens = data.split(/\s+/).filter(Boolean);
  const paths: Subpath[] = [];
  let current: Subpath = { points: [], curved: false };
  const flush = () => {
    if (current.points.length > 1) paths.push(current);
    current = { points: [], curved: false };
  };
  for (let k = 0; k < tokens.length;) {
    const operator = tokens[k++];
    const count = OPERANDS[operator];
    if (count === undefined) break;
    const values = tokens.slice(k, k + count).map(Number);
    k += count;
    if (values.some((value) => !Number.isFinite(value))) break;
    if (operator === "M" || operator === "S") {
      flush();
      current.points.push(apply(matrix, values[0], values[1]));
    } else if (operator === "C") {
      if (current.points.length > 0) current.points.push(current.points[0]);
      const start = current.points[0];
      flush();
      if (start) current.points.push(start);
    } else {
      if (CURVES.has(operator)) current.curved = true;
      current.points.push(apply(matrix, values[count - 2], values[count - 1]));
    }
  }
  flush();
  return paths;
}

/** A colour whose every component is near full (white lines divide nothing a reader sees). */
function isWhite(color: Element | undefined): boolean {
  const value = color?.getAttribute("Value");
  if (!value) return false;
  const components = value
    .trim()
    .split(/\s+/)
    .map((token) => (token.startsWith("#") ? parseInt(token.slice(1), 16) : Number(token)));
  return components.length >= 3 && components.every((component) => component >= 250);
}
