import type { DocumentReader, DocumentText } from "../read-document.js";
import { dropFurniture } from "./drop-furniture.js";
import type { PdfPage } from "./pdf-geometry.js";
import { emitLines } from "./emit-lines.js";
import { joinContinuedTables } from "./join-continued-tables.js";
import { joinSplitColumns } from "./join-split-columns.js";
import { loadPdf } from "./load-pdf.js";
import { layoutPage } from "./page-layout.js";
import { reflowParagraphs } from "./reflow-paragraphs.js";

/**
 * Read a disclosure PDF into text lines from the positions of its words and rulings: each page
 * laid out as ruled tables and lines of text, page furniture dropped, tables continued over a
 * page break (downwards, or column-wise as wide sheets print) joined, paragraphs re-flowed, and every line traced to its page and box.
 */
export async function readPdf(file: string, bytes: Buffer): Promise<DocumentText> {
  return { ...pagesToText(await loadPdf(file, bytes)), format: "pdf" };
}

/**
 * Text lines of pages read by position (a PDF's, or any fixed-layout format's words and rulings
 * in points from the top-left corner): the layout phases every paged reader shares.
 */
export function pagesToText(pages: readonly PdfPage[]): DocumentText {
  const laidOut = pages.map((page) => ({ height: page.height, blocks: layoutPage(page) }));
  const widths = new Map(pages.map((page) => [page.number, page.width]));
  const blocks = reflowParagraphs(joinContinuedTables(joinSplitColumns(dropFurniture(laidOut))), widths);
  const { lines, sources } = emitLines(blocks);
  return { text: lines.join("\n"), sources, pages: pages.length };
}

export const pdfReader: DocumentReader = {
  extensions: [".pdf"],
  read: readPdf,
};
