import { OPS } from "./pdfjs.js";
import { apply, boxAround, multiply, type Box, type Matrix, type PdfRule } from "./pdf-geometry.js";
import { filledBar, readSubpaths, strokedSegments } from "./path-rulings.js";

interface GraphicsState {
  ctm: Matrix;
  stroke: string;
  fill: string;
  /** The clipping region's bounding box in page coordinates; null when nothing is clipped. */
  clip: Box | null;
}

export interface PageGraphics {
  rules: PdfRule[];
  /**
   * The clipping boxes text is drawn through; null when some text is drawn unclipped. Office
   * suites export a text frame's overflow twice, clipped away on one of the two pages.
   */
  textClips: Box[] | null;
}

const TEXT_OPS = new Set<number>([
  OPS.showText,
  OPS.showSpacedText,
  OPS.nextLineShowText,
  OPS.nextLineSetSpacingShowText,
]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const FILL_STROKES = new Set<number>([
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/**
 * Ruling lines of a page from its operator list: stroked straight segments and thin filled
 * bars, transformed into top-left page coordinates. Office suites draw table borders either way
 * (ONLYOFFICE and Excel stroke lines, WPS fills 0.6 pt bars). White lines are ignored. Also
 * the clipping boxes in effect wherever text is drawn.
 */
export function scanOperators(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  viewport: Matrix,
): PageGraphics {
  const rules: PdfRule[] = [];
  const clips = new Map<string, Box>();
  let unclippedText = false;
  let state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0], stroke: "#000000", fill: "#000000", clip: null };
  const stack: GraphicsState[] = [];
  let clipNext = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      const matrix = fn === OPS.paintFormXObjectBegin ? (args?.[0] as ArrayLike<number> | null) : null;
      if (matrix?.length === 6) state.ctm = multiply(state.ctm, Array.from(matrix) as Matrix);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === OPS.transform) {
      state.ctm = multiply(state.ctm, args as unknown as Matrix);
    } else if (fn === OPS.setStrokeRGBColor) {
      state.stroke = String(args[0]);
    } else if (fn === OPS.setFillRGBColor) {
      state.fill = String(args[0]);
    } else if (fn === OPS.clip || fn === OPS.eoClip) {
      clipNext = true;
    } else if (TEXT_OPS.has(fn)) {
      if (state.clip) clips.set(state.clip.map((v) => v.toFixed(1)).join(","), state.clip);
      else unclippedText = true;
    } else if (fn === OPS.constructPath) {
      const [paint, [buffer], minMax] = args as [number, [Float32Array | null], Float32Array | null];
      const toPage = multiply(viewport, state.ctm);
      if (clipNext && minMax) state.clip = intersect(state.clip, boxOf(minMax, toPage));
      clipNext = false;
      if (!buffer) continue;
      const subpaths = readSubpaths(buffer, toPage);
      if ((STROKES.has(paint) || FILL_STROKES.has(paint)) && !isWhite(state.stroke))
        for (const points of subpaths) rules.push(...strokedSegments(points));
      if ((FILLS.has(paint) || FILL_STROKES.has(paint)) && !isWhite(state.fill))
        for (const points of subpaths) rules.push(...filledBar(points));
    }
  }
  return { rules, textClips: unclippedText ? null : [...clips.values()] };
}

function boxOf(minMax: Float32Array, m: Matrix): Box {
  const [x0, y0, x1, y1] = minMax;
  return boxAround([apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)]);
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** "#rrggbb" from pdf.js; near-white lines are invisible on paper. */
function isWhite(hex: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  return [m[1], m[2], m[3]].every((c) => parseInt(c, 16) >= 0xf0);
}
