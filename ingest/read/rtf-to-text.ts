import { Readable } from "node:stream";
import { Tokenize } from "rtf-stream-parser";
import { AppError } from "../../lib/app-error.js";
import { htmlToLines } from "./html-lines.js";
import type { DocumentReader } from "./read-document.js";
import { rtfToHtml, type RtfToken } from "./rtf-to-html.js";

/**
 * Word documents saved as Rich Text Format (.rtf). rtf-stream-parser splits the file into groups,
 * control words and text; rtf-to-html.ts plays them into the paragraphs and table rows Word
 * would show (running headers, footers, fields' codes, pictures and the font and style tables
 * left out), and that HTML becomes the plain-text layout the parsers read, as a .docx does.
 */
export const rtfReader: DocumentReader = {
  extensions: [".rtf"],
  async read(file, bytes) {
    if (!bytes.subarray(0, 16).toString("latin1").startsWith("{\\rtf"))
      throw new AppError(
        "UNREADABLE_FILE",
        `${file}: not a Rich Text Format document (no "{\\rtf" at its start)`,
      );
    const tokens = await tokenize(file, bytes);
    const lines = htmlToLines(rtfToHtml(tokens));
    if (!lines.some((line) => line.trim()))
      throw new AppError("EMPTY_FILE", `${file}: the RTF document has no text`);
    return { text: lines.join("\n"), format: "rtf" };
  },
};

/** The file's tokens, in order. */
async function tokenize(file: string, bytes: Buffer): Promise<RtfToken[]> {
  const tokens: RtfToken[] = [];
  try {
    for await (const token of Readable.from([bytes]).pipe(new Tokenize())) tokens.push(token as RtfToken);
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable RTF document (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  return tokens;
}
