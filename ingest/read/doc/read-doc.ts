import { AppError } from "../../../lib/app-error.js";
import { containerKind } from "../compound-file.js";
import { docxReader } from "../docx-to-text.js";
import { htmlReader } from "../html-to-text.js";
import type { DocumentReader, DocumentText } from "../read-document.js";
import { readWordBinary, storyStart, type Story, type WordBinary } from "./word-binary.js";
import { storyLines } from "./word-lines.js";
import { ListNumbers } from "./word-lists.js";
import { ParagraphRuns } from "./word-paragraphs.js";
import { PieceTable } from "./word-pieces.js";

/** Word's "save as web page", or a page a portal serves under a .doc name. */
const HTML_START = /^(?:\ufeff)?\s*<(?:!doctype html|html|\?xml[^>]*>\s*<html)/i;

/** What the first bytes of a file named .doc say it really is. */
function kindOf(bytes: Buffer): "binary" | "docx" | "html" | undefined {
  const container = containerKind(bytes);
  if (container) return container === "compound" ? "binary" : "docx";
  return HTML_START.test(bytes.subarray(0, 256).toString("utf8")) ? "html" : undefined;
}

/**
 * Word 97–2003 documents (.doc), still the form many county and city portals publish in, and WPS
 * Office's own documents (.wps), which it writes in the same binary format. The
 * text comes from the piece table, and tables from the paragraph properties of their cell and
 * row marks (word-lines.ts). Text boxes (a cover's title) lead the text and footnotes follow it;
 * running headers and footers are not body text and are left out. A file named .doc that is
 * really a .docx or a web page is read as what it is.
 */
export async function readDoc(file: string, bytes: Buffer): Promise<DocumentText> {
  const kind = kindOf(bytes);
  if (kind === "docx") return docxReader.read(file, bytes);
  if (kind === "html") return htmlReader.read(file, bytes);
  if (kind !== "binary")
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a Word 97–2003 document (.doc) nor a WPS document in that format (.wps)`,
    );
  const binary = readWordBinary(file, bytes);
  let lines: string[];
  try {
    lines = documentLines(binary);
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: the Word document's text could not be read (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  if (!lines.some((line) => line.trim()))
    throw new AppError("EMPTY_FILE", `${file}: the Word document has no text`);
  return { text: lines.join("\n"), format: "doc" };
}

function documentLines(binary: WordBinary): string[] {
  const pieces = PieceTable.read(binary);
  const runs = ParagraphRuns.read(binary);
  const numbers = ListNumbers.read(binary);
  const story = (name: Story) => {
    const start = storyStart(binary, name);
    return storyLines(pieces.slices(start, start + binary.stories[name]), runs, numbers);
  };
  // The main story is numbered first: its lists count from their start.
  const main = story("main");
  return [...story("textBoxes"), ...main, ...story("footnotes")];
}

export const docReader: DocumentReader = {
  extensions: [".doc", ".wps"],
  read: readDoc,
};
