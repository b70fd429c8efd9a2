import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "./pdfjs.js";
import { AppError } from "../../../lib/app-error.js";
import {
  centreInside,
  missingText,
  type Box,
  type Matrix,
  type PdfPage,
  type PdfWord,
} from "./pdf-geometry.js";
import { itemWords, type RawTextItem } from "./page-words.js";
import { scanOperators } from "./scan-operators.js";

/** pdf.js ships the CMaps of CJK fonts without an embedded ToUnicode table; read them from disk. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/**
 * Open a PDF with pdf.js (in-process, no worker thread, no network) and collect each page's
 * words and ruling lines. Encrypted, corrupt and empty files and scans without a text layer
 * raise an AppError instead of a pdf.js exception.
 */
export async function loadPdf(file: string, bytes: Buffer): Promise<PdfPage[]> {
  if (bytes.length === 0) throw new AppError("EMPTY_FILE", `${file}: the file is empty`);
  const doc = await openDocument(file, bytes);
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(file, await doc.getPage(n), n));
    const missing = missingText(pages);
    if (missing)
      throw new AppError(
        "NO_TEXT_LAYER",
        `${file}: the PDF has no text layer (a scanned document?); run OCR on it first`,
        missing,
      );
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function openDocument(file: string, bytes: Buffer): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // pdf.js takes ownership of (and may detach) the array it is given.
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, "standard_fonts") + "/",
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      throw new AppError(
        "UNREADABLE_FILE",
        `${file}: the PDF is password-protected`,
        { reason: "encrypted" },
        {
          cause: error,
        },
      );
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable PDF (${(error as Error).message ?? "parse error"})`,
      { reason: "corrupt" },
      { cause: error },
    );
  }
}

async function readPage(file: string, page: PDFPageProxy, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  try {
    const content = await page.getTextContent();
    const words = content.items.flatMap((item) =>
      "str" in item ? itemWords(item as RawTextItem, transform) : [],
    );
    const operators = await page.getOperatorList();
    const { rules, textClips } = scanOperators(operators.fnArray, operators.argsArray, transform);
    const visible = visibleWords(
      words,
      [[0, 0, viewport.width, viewport.height], ...(textClips ?? [])],
      !!textClips,
    );
    return { number, width: viewport.width, height: viewport.height, words: visible, rules };
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: page ${number} cannot be read (${(error as Error).message})`,
      { reason: "corrupt", page: number },
      { cause: error },
    );
  } finally {
    page.cleanup();
  }
}

/**
 * Words a reader can see: on the page, and inside a clipping box text is drawn through (text
 * frames that overflow a page are exported whole and clipped; the hidden part is on the next page).
 */
function visibleWords(words: PdfWord[], [page, ...clips]: Box[], clipped: boolean): PdfWord[] {
  return words.filter(
    (w) => centreInside(w.box, page) && (!clipped || clips.some((c) => centreInside(w.box, c))),
  );
}
