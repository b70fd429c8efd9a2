import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "../../ingest/read/pdf/pdfjs.js";

/**
 * Test support (not a test): the text pdf.js prints on one page of a PDF, each item with the
 * point in the middle of its glyphs in viewport coordinates (points from the top-left corner),
 * to check independently of the ingest reader that a citation's box lies over a printed figure.
 */
export interface PrintedItem {
  text: string;
  /** Middle of the item, [x, y] in points from the page's top-left corner. */
  middle: [number, number];
}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

export async function printedItems(
  file: string,
  pageNumber: number,
): Promise<{ width: number; height: number; items: PrintedItem[] }> {
  const pdf = await getDocument({
    data: new Uint8Array(await readFile(file)),
    cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PrintedItem[] = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [, , , , e, f] = item.transform as number[];
      // Half the width along the baseline, a third of the glyph height above it.
      const [x, y] = viewport.convertToViewportPoint(e + item.width / 2, f + item.height / 3);
      items.push({ text: item.str, middle: [x, y] });
    }
    return { width: viewport.width, height: viewport.height, items };
  } finally {
    await pdf.destroy();
  }
}

/** Whether a point lies inside a box [x0, y0, x1, y1]. */
export function inside([x, y]: [number, number], [x0, y0, x1, y1]: number[]): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}
