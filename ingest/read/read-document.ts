import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { AppError } from "../../lib/app-error.js";
import { decodeText } from "./decode-text.js";
import { htmlReader } from "./html-to-text.js";
import { markdownToText } from "./markdown-to-text.js";
import { mhtmlReader } from "./mhtml-to-text.js";
import { docReader } from "./doc/read-doc.js";
import { docxReader } from "./docx-to-text.js";
import { odfReader } from "./odf/read-odf.js";
import { ofdReader } from "./ofd/read-ofd.js";
import { pdfReader } from "./pdf/read-pdf.js";
import { xlsReader } from "./xls/read-xls.js";
import { xlsxReader } from "./xlsx-to-text.js";
import { archiveReader } from "./archive-members.js";
import { csvReader } from "./csv-to-text.js";
import { rtfReader } from "./rtf-to-text.js";
import { sevenZipArchive } from "./seven-zip-archive.js";
import { zipArchive } from "./zip-archive.js";

/** [x0, y0, x1, y1] in PDF points, origin at the page's top-left corner (y grows downwards). */
export type PageBox = [number, number, number, number];

/** Where a line of a converted PDF was printed. */
export interface LineSource {
  /** 1-based page number. */
  page: number;
  /** The line's text on that page (a paragraph continued on the next page: its part on this page). */
  box: PageBox;
  /** Table rows only: one entry per tab-separated cell, the box of its text, null for an empty cell. */
  cells?: (PageBox | null)[];
}

/**
 * A converted document: its text, one line per paragraph, heading or table row (cells between
 * tabs). Readers of paged formats also say where each line came from: `sources[i]` is line i
 * of `text.split("\n")`.
 */
export interface DocumentText {
  text: string;
  sources?: LineSource[];
  pages?: number;
  format?:
    | "text"
    | "markdown"
    | "pdf"
    | "ofd"
    | "doc"
    | "docx"
    | "html"
    | "mhtml"
    | "xls"
    | "xlsx"
    | "odt"
    | "ods"
    | "rtf"
    | "csv"
    | "zip"
    | "7z";
  /** What the reader left out and the document should say so (an archive's member it could not read). */
  warnings?: string[];
}

/**
 * One reader per source format (text exports, PDF, Word); everything downstream works on plain
 * text lines.
 */
export interface DocumentReader {
  extensions: readonly string[];
  read(file: string, bytes: Buffer): DocumentText | Promise<DocumentText>;
}

export const textReader: DocumentReader = {
  extensions: [".txt", ".md", ".markdown", ".text"],
  read(file, bytes) {
    if (bytes.length === 0 || bytes.toString("utf8").trim() === "") {
      throw new AppError("EMPTY_FILE", `${file}: the file is empty`);
    }
    if (looksBinary(bytes)) throw new AppError("BINARY_FILE", `${file}: binary content, not a text export`);
    const text = decodeText(file, bytes);
    const markdown = /\.(md|markdown)$/i.test(file);
    return { text: markdown ? markdownToText(text) : text, format: markdown ? "markdown" : "text" };
  },
};

const READERS: readonly DocumentReader[] = [
  textReader,
  pdfReader,
  ofdReader,
  docReader,
  docxReader,
  htmlReader,
  mhtmlReader,
  xlsReader,
  xlsxReader,
  odfReader,
  rtfReader,
  csvReader,
  ...[zipArchive, sevenZipArchive].map((archive) =>
    archiveReader(
      archive,
      (file, bytes) => readDocument(file, bytes),
      (name) => readerFor(name) !== undefined,
    ),
  ),
];

const readerFor = (file: string) => READERS.find((r) => r.extensions.includes(extname(file).toLowerCase()));

export function supportedExtensions(): string[] {
  return READERS.flatMap((r) => [...r.extensions]);
}

export async function readDocument(file: string, alreadyRead?: Buffer): Promise<DocumentText> {
  const reader = readerFor(file);
  if (!reader)
    throw new AppError(
      "UNSUPPORTED_FORMAT",
      `${file}: unsupported format (${extname(file) || "no extension"})`,
    );
  let bytes: Buffer;
  try {
    bytes = alreadyRead ?? (await readFile(file));
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      undefined,
      {
        cause: error,
      },
    );
  }
  return await reader.read(file, bytes);
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 8 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return control / sample.length > 0.05;
}
