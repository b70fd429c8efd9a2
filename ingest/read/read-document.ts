import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { AppError } from "../../lib/app-error.js";
import { markdownToText } from "./markdown-to-text.js";

/** A converted document: its text with one original line per array element. */
export interface DocumentText {
  text: string;
}

/**
 * One reader per source format. PDF, DOCX and XLSX readers plug in here later; everything
 * downstream works on plain text lines.
 */
export interface DocumentReader {
  extensions: readonly string[];
  read(file: string, bytes: Buffer): DocumentText;
}

export const textReader: DocumentReader = {
  extensions: [".txt", ".md", ".markdown", ".text"],
  read(file, bytes) {
    if (bytes.length === 0 || bytes.toString("utf8").trim() === "") {
      throw new AppError("EMPTY_FILE", `${file}: the file is empty`);
    }
    if (looksBinary(bytes)) throw new AppError("BINARY_FILE", `${file}: binary content, not a text export`);
    const text = decodeText(file, bytes);
    return { text: /\.(md|markdown)$/i.test(file) ? markdownToText(text) : text };
  },
};

const READERS: readonly DocumentReader[] = [textReader];

export function supportedExtensions(): string[] {
  return READERS.flatMap((r) => [...r.extensions]);
}

export async function readDocument(file: string, alreadyRead?: Buffer): Promise<DocumentText> {
  const reader = READERS.find((r) => r.extensions.includes(extname(file).toLowerCase()));
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
  return reader.read(file, bytes);
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

/** UTF-8 first (BOM stripped); exports from Chinese office software are often GB18030. */
function decodeText(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes).replace(/\r\n?/g, "\n");
    } catch (error) {
      throw new AppError("UNREADABLE_FILE", `${file}: neither UTF-8 nor GB18030 text`, undefined, {
        cause: error,
      });
    }
  }
}
