import { AppError } from "../../../lib/app-error.js";
import { pagesToText } from "../pdf/read-pdf.js";
import type { DocumentReader, DocumentText } from "../read-document.js";
import { openOfd } from "./ofd-package.js";
import { drawPage } from "./ofd-page.js";

/** Fewer non-blank characters than this per page on average: the OFD holds page images, not text. */
const MIN_CHARS_PER_PAGE = 5;

/**
 * Read an OFD document (GB/T 33190, the fixed-layout format Chinese government portals publish
 * beside PDF) by position, like a PDF: each page's text objects and ruling paths placed on the
 * page, then laid out as tables and lines by the same phases as the PDF reader.
 */
export async function readOfd(file: string, bytes: Buffer): Promise<DocumentText> {
  const ofd = await openOfd(file, bytes);
  const pages = ofd.pages.map((page) => drawPage(page, ofd.units));
  const chars = pages.reduce((sum, page) => sum + page.words.reduce((n, word) => n + word.text.length, 0), 0);
  if (pages.length === 0 || chars / pages.length < MIN_CHARS_PER_PAGE)
    throw new AppError(
      "NO_TEXT_LAYER",
      `${file}: the OFD has no text to read (page images only?); run OCR on it first`,
      { pages: pages.length, characters: chars },
    );
  return { ...pagesToText(pages), format: "ofd" };
}

export const ofdReader: DocumentReader = {
  extensions: [".ofd"],
  read: readOfd,
};
