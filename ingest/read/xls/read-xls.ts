import { AppError } from "../../../lib/app-error.js";
import { containerKind, openCompound } from "../compound-file.js";
import type { DocumentReader, DocumentText } from "../read-document.js";
import { sheetLines, type SheetGrid } from "../sheet-lines.js";
import { xlsxReader } from "../xlsx-to-text.js";
import { PasswordProtected, readWorkbook, type BiffSheet } from "./biff-workbook.js";

/**
 * Excel 97–2003 workbooks (.xls), as many portals still publish their tables, and WPS Office's own
 * workbooks (.et), which it writes in the same binary format: the compound file
 * opened by compound-file.ts, the BIFF8 records read by biff-workbook.ts, each visible sheet laid out as an
 * .xlsx sheet is (sheet-lines.ts). A workbook saved as .xlsx under an .xls name is read as what it is.
 */
export async function readXls(file: string, bytes: Buffer): Promise<DocumentText> {
  const container = containerKind(bytes);
  if (container === "zip") return xlsxReader.read(file, bytes);
  if (container !== "compound")
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not an Excel 97–2003 workbook (.xls) nor a WPS workbook in that format (.et)`,
    );
  let sheets: BiffSheet[];
  try {
    const stream = openCompound(bytes)("Workbook");
    if (!stream) throw new Error("no Workbook stream (an Excel 5.0 file or older?)");
    sheets = readWorkbook(stream);
  } catch (error) {
    if (error instanceof PasswordProtected)
      throw new AppError("UNREADABLE_FILE", `${file}: ${error.message}; save it without a password first`);
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable Excel 97–2003 workbook (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  const lines = sheets.filter((sheet) => sheet.visible).flatMap((sheet) => sheetLines(sheetGrid(sheet)));
  if (!lines.some((line) => /[\u4e00-\u9fff]/.test(line)))
    throw new AppError("EMPTY_FILE", `${file}: the workbook has no text`);
  return { text: lines.join("\n"), format: "xls" };
}

/** A BIFF sheet as the grid the sheet layout reads. */
function sheetGrid(sheet: BiffSheet): SheetGrid {
  const covered = new Set<string>();
  const spansRight = new Set<string>();
  for (const merge of sheet.merges) {
    if (merge.lastColumn > merge.firstColumn) spansRight.add(`${merge.firstRow}:${merge.firstColumn}`);
    for (let row = merge.firstRow; row <= merge.lastRow; row++)
      for (let column = merge.firstColumn; column <= merge.lastColumn; column++)
        if (row !== merge.firstRow || column !== merge.firstColumn) covered.add(`${row}:${column}`);
  }
  const rows = [...sheet.cells.keys()].filter((row) => !sheet.hiddenRows.has(row)).sort((a, b) => a - b);
  const width = Math.max(
    0,
    ...[...sheet.cells.values()].flatMap((cells) => [...cells.keys()].map((c) => c + 1)),
  );
  return {
    name: sheet.name,
    rows,
    columns: Array.from({ length: width }, (_, column) => column).filter(
      (column) => !sheet.hiddenColumns.has(column),
    ),
    text: (row, column) => (covered.has(`${row}:${column}`) ? "" : (sheet.cells.get(row)?.get(column) ?? "")),
    spansColumns: (row, column) => spansRight.has(`${row}:${column}`),
  };
}

export const xlsReader: DocumentReader = {
  extensions: [".xls", ".et"],
  read: readXls,
};
