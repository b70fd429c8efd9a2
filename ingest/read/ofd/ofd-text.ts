import { apply, boxAround, type Matrix, type PdfWord } from "../pdf/pdf-geometry.js";
import { ASCENT, charWeight, DESCENT } from "../pdf/page-words.js";
import { scaleOf } from "./ofd-matrix.js";
import { childElements, numberAttribute } from "./ofd-xml.js";

/** A gap this wide (in ems) inside one TextCode separates two words (converters put adjacent cells in one). */
const WORD_GAP = 0.5;
/** A baseline moving more than this share of an em starts a new word (a TextCode wrapped by DeltaY). */
const LINE_STEP = 0.3;

interface Glyph {
  text: string;
  x: number;
  y: number;
  width: number;
}

/**
 * The words of a TextObject: each TextCode's characters placed from its X/Y (a code without them
 * continues where the previous one ended) by its DeltaX/DeltaY advances (an advance not given is
 * the character's estimated width), then split at blanks and wide gaps, in page coordinates.
 */
export function textObjectWords(object: Element, matrix: Matrix): PdfWord[] {
  const size = numberAttribute(object, "Size", 0);
  if (!(size > 0)) return [];
  const hScale = numberAttribute(object, "HScale", 1);
  const words: PdfWord[] = [];
  let x = 0;
  let y = 0;
  for (const code of childElements(object, "TextCode")) {
    x = numberAttribute(code, "X", x);
    y = numberAttribute(code, "Y", y);
    const chars = [...(code.textContent ?? "")];
    const dx = expandDeltas(code.getAttribute("DeltaX"));
    const dy = expandDeltas(code.getAttribute("DeltaY"));
    const glyphs = chars.map((text, k): Glyph => {
      const glyph = { text, x, y, width: (size * charWeight(text) * hScale) / 2 };
      const last = k === chars.length - 1;
      x += last ? glyph.width : (dx[k] ?? glyph.width);
      y += last ? 0 : (dy[k] ?? 0);
      return glyph;
    });
    words.push(...wordRuns(glyphs, size).map((run) => placeRun(run, size, matrix)));
  }
  return words;
}

/**
 * DeltaX/DeltaY as numbers, the `g` form expanded ("g 3 2.1 4.2" = 2.1 2.1 2.1 4.2), as GB/T
 * 33190 writes repeated advances.
 */
export function expandDeltas(value: string | null): number[] {
  const tokens = (value ?? "").trim().split(/\s+/).filter(Boolean);
  const deltas: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] === "g") {
      const count = Number(tokens[k + 1]);
      const delta = Number(tokens[k + 2]);
      for (let n = 0; n < count && Number.isFinite(delta); n++) deltas.push(delta);
      k += 2;
    } else deltas.push(Number(tokens[k]));
  }
  return deltas.map((delta) => (Number.isFinite(delta) ? delta : 0));
}

function wordRuns(glyphs: Glyph[], size: number): Glyph[][] {
  const runs: Glyph[][] = [];
  let run: Glyph[] = [];
  glyphs.forEach((glyph, k) => {
    const prev = glyphs[k - 1];
    const apart =
      prev &&
      (Math.abs(glyph.y - prev.y) > LINE_STEP * size ||
        glyph.x - (prev.x + prev.width) > WORD_GAP * size ||
        glyph.x < prev.x - LINE_STEP * size);
    if ((apart || /\s/.test(glyph.text)) && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (!/\s/.test(glyph.text)) run.push(glyph);
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function placeRun(run: Glyph[], size: number, matrix: Matrix): PdfWord {
  const first = run[0];
  const last = run[run.length - 1];
  const corners = [first.x, last.x + last.width].flatMap((x) =>
    [first.y - ASCENT * size, first.y + DESCENT * size].map((y) => apply(matrix, x, y)),
  );
  return {
    text: run.map((glyph) => glyph.text).join(""),
    box: boxAround(corners),
    size: size * scaleOf(matrix),
    baseline: apply(matrix, first.x, first.y)[1],
  };
}
