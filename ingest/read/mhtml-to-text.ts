import PostalMime from "postal-mime";
import { AppError } from "../../lib/app-error.js";
import { readHtmlPage } from "./html-to-text.js";
import type { DocumentReader } from "./read-document.js";

/**
 * Single-file web pages (.mht, .mhtml): what Word writes when a document is saved as "单个文件网页"
 * and what browsers write when a page is saved whole, as county portals still publish them. The
 * archive is a MIME message (postal-mime reads it, undoing quoted-printable and each part's
 * charset); its pages are read as web pages are (html-to-text.ts), its images and style files are
 * not read.
 */
export const mhtmlReader: DocumentReader = {
  extensions: [".mht", ".mhtml"],
  async read(file, bytes) {
    let html: string | undefined;
    try {
      html = (await PostalMime.parse(bytes)).html;
    } catch (error) {
      throw new AppError(
        "UNREADABLE_FILE",
        `${file}: not a readable web archive (${(error as Error).message})`,
        undefined,
        { cause: error },
      );
    }
    if (!html?.trim()) throw new AppError("EMPTY_FILE", `${file}: the web archive holds no web page`);
    return { ...readHtmlPage(file, html), format: "mhtml" };
  },
};
