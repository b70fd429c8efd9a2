import { AppError } from "../../../lib/app-error.js";
import { htmlToLines } from "../html-lines.js";
import type { DocumentReader, DocumentText } from "../read-document.js";
import { sheetLines } from "../sheet-lines.js";
import { openOdf } from "./odf-package.js";
import { odfName } from "./odf-xml.js";
import { odsSheets } from "./ods-sheets.js";
import { odtHtml } from "./odt-html.js";

/**
 * OpenDocument files as LibreOffice, OpenOffice and WPS save them: a text document (.odt, flat
 * .fodt) read as a Word document is (its body as HTML, then the plain-text layout), a spreadsheet
 * (.ods, flat .fods) as an Excel workbook is (each visible sheet laid out by sheet-lines.ts). What
 * the file holds decides, not its name: a spreadsheet saved under .odt is read as a spreadsheet.
 */
export async function readOdf(file: string, bytes: Buffer): Promise<DocumentText> {
  const document = await openOdf(file, bytes);
  const spreadsheet = odfName(document.body) === "office:spreadsheet";
  const lines = spreadsheet
    ? odsSheets(document.body, document.styles).flatMap(sheetLines)
    : htmlToLines(odtHtml(document.body, document.styles));
  if (!lines.some((line) => /[\u4e00-\u9fff]/.test(line)))
    throw new AppError("EMPTY_FILE", `${file}: the OpenDocument file has no text`);
  return { text: lines.join("\n"), format: spreadsheet ? "ods" : "odt" };
}

export const odfReader: DocumentReader = {
  extensions: [".odt", ".ods", ".fodt", ".fods"],
  read: readOdf,
};
