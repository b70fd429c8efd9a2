import { AppError } from "../../../lib/app-error.js";
import { missingText } from "../pdf/pdf-geometry.js";
import { pagesToText } from "../pdf/read-pdf.js";
import type { DocumentReader, DocumentText } from "../read-document.js";
import { openOfd } from "./ofd-package.js";
import { drawPage } from "./ofd-page.js";

/**
 * Read an OFD document (GB/T 33190, the fixed-layout format Chinese government portals publish
 * beside PDF) by position, like a PDF: each page's text objects and ruling paths placed on the
 * page, then laid out as tables and lines by the same phases as the PDF reader.
 */
export async function readOfd(file: string, bytes: Buffer): Promise<DocumentText> {
  const ofd = await openOfd(file, bytes);
  const pages = ofd.pages.map((page) => drawPage(page, ofd.units));
  const missing = missingText(pages);
  if (missing)
    throw new AppError(
      "NO_TEXT_LAYER",
      `${file}: the OFD has no text to read (page images only?); run OCR on it first`,
      missing,
    );
  return { ...pagesToText(pages), format: "ofd" };
}

export const ofdReader: DocumentReader = {
  extensions: [".ofd"],
  read: readOfd,
};
