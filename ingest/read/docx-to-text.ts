import mammoth from "mammoth";
import { AppError } from "../../lib/app-error.js";
import { withNumberingText } from "./docx-numbering.js";
import { htmlToLines } from "./html-lines.js";
import type { DocumentReader } from "./read-document.js";

/**
 * Word documents as departments publish them (.docx). mammoth turns the document body into HTML —
 * paragraphs, headings, list items and tables with their merged cells (colspan / rowspan); the
 * running headers, footers and page numbers of Word's header and footer parts are not body text
 * and are left out. Headings numbered by Word's lists get their numbers written in first
 * (docx-numbering.ts). That HTML becomes the plain-text layout the parsers read (html-lines.ts).
 */
export const docxReader: DocumentReader = {
  extensions: [".docx"],
  async read(file, bytes) {
    const html = await withNumberingText(bytes)
      .then((buffer) => mammoth.convertToHtml({ buffer }))
      .then(
        (result) => result.value,
        (error: Error) => {
          throw new AppError(
            "UNREADABLE_FILE",
            `${file}: not a readable Word document (${error.message})`,
            undefined,
            {
              cause: error,
            },
          );
        },
      );
    const lines = htmlToLines(html);
    if (!lines.some((line) => line.trim()))
      throw new AppError("EMPTY_FILE", `${file}: the Word document has no text`);
    return { text: lines.join("\n"), format: "docx" };
  },
};
