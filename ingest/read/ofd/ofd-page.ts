import { centreInside, type Matrix, type PdfPage, type PdfRule, type PdfWord } from "../pdf/pdf-geometry.js";
import { objectMatrix } from "./ofd-matrix.js";
import type { OfdPageSource } from "./ofd-package.js";
import { pathRules } from "./ofd-paths.js";
import { textObjectWords } from "./ofd-text.js";
import { childElements, firstChild, nameOf, numbersOf } from "./ofd-xml.js";

/** Points per millimetre: OFD measures in mm, the shared page layout in PDF points. */
const POINTS_PER_MM = 72 / 25.4;
/** Composite graphics nested deeper than this are not followed (a unit that contains itself). */
const MAX_DEPTH = 8;

interface Drawn {
  words: PdfWord[];
  rules: PdfRule[];
}

/**
 * One OFD page as the PDF reader's page: its words and ruling lines in points from the page's
 * top-left corner, gathered from every layer, page block and composite graphic of its templates
 * and content (images carry no text and are passed over); words outside the page are dropped.
 */
export function drawPage(page: OfdPageSource, units: Map<string, Element>): PdfPage {
  const [x, y, width, height] = page.box;
  const pageMatrix: Matrix = [POINTS_PER_MM, 0, 0, POINTS_PER_MM, -x * POINTS_PER_MM, -y * POINTS_PER_MM];
  const drawn: Drawn = { words: [], rules: [] };
  for (const content of page.contents) drawChildren(content, pageMatrix, units, drawn, 0);
  const [right, bottom] = [width * POINTS_PER_MM, height * POINTS_PER_MM];
  return {
    number: page.number,
    width: right,
    height: bottom,
    words: drawnOnce(drawn.words.filter((word) => centreInside(word.box, [0, 0, right, bottom]))),
    rules: drawn.rules,
  };
}

/**
 * Each word once: converters that embolden by drawing twice, or repeat a whole layer, put the same
 * text at the same place more than once.
 */
function drawnOnce(words: PdfWord[]): PdfWord[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = [word.text, ...word.box.map((value) => Math.round(value))].join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function drawChildren(
  parent: Element,
  matrix: Matrix,
  units: Map<string, Element>,
  drawn: Drawn,
  depth: number,
) {
  for (const element of childElements(parent)) drawObject(element, matrix, units, drawn, depth);
}

function drawObject(
  element: Element,
  matrix: Matrix,
  units: Map<string, Element>,
  drawn: Drawn,
  depth: number,
) {
  const kind = nameOf(element);
  if (kind === "Layer" || kind === "PageBlock") return drawChildren(element, matrix, units, drawn, depth);
  const placed = () =>
    objectMatrix(matrix, numbersOf(element.getAttribute("Boundary")), numbersOf(element.getAttribute("CTM")));
  if (kind === "TextObject") drawn.words.push(...textObjectWords(element, placed()));
  else if (kind === "PathObject") drawn.rules.push(...pathRules(element, placed()));
  else if (kind === "CompositeObject" && depth < MAX_DEPTH) {
    const unit = units.get(element.getAttribute("ResourceID") ?? "");
    const content = firstChild(unit, "Content");
    if (content) drawChildren(content, placed(), units, drawn, depth + 1);
  }
}
