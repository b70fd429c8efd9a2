import type ExcelJS from "exceljs";
import { AppError } from "../../lib/app-error.js";
import { displayedValue } from "./cell-display.js";
import type { DocumentReader } from "./read-document.js";
import { sheetLines, type SheetGrid } from "./sheet-lines.js";

/**
 * Excel workbooks as departments publish their tables (.xlsx): each visible sheet is read as a
 * reader sees it, in order. A cell is its displayed text (numbers through their number format,
 * formulas by their saved result); a merged cell's text is in its first column and row with blanks
 * where it spans, as Word and web tables are read (html-lines.ts); hidden rows and columns are
 * left out (the layout of a sheet's rows is sheet-lines.ts).
 */
export const xlsxReader: DocumentReader = {
  extensions: [".xlsx"],
  async read(file, bytes) {
    // Loaded when a workbook is read, not by every ingest and parse worker that reads none.
    const { default: excel } = await import("exceljs");
    const workbook = new excel.Workbook();
    await workbook.xlsx
      .load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      .catch((error: Error) => {
        throw new AppError(
          "UNREADABLE_FILE",
          `${file}: not a readable Excel workbook (${error.message})`,
          undefined,
          {
            cause: error,
          },
        );
      });
    const lines = workbook.worksheets
      .filter((sheet) => sheet.state === "visible")
      .flatMap((sheet) => sheetLines(sheetGrid(sheet)));
    if (!lines.some((line) => /[\u4e00-\u9fff]/.test(line)))
      throw new AppError("EMPTY_FILE", `${file}: the workbook has no text`);
    return { text: lines.join("\n"), format: "xlsx" };
  },
};

/** A worksheet of exceljs as the grid the sheet layout reads (sheet-lines.ts). */
function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (!row.hidden) rows.push(row.number);
  });
  return {
    name: sheet.name,
    rows,
    columns: Array.from({ length: sheet.columnCount }, (_, index) => index + 1).filter(
      (column) => !sheet.getColumn(column).hidden,
    ),
    text(row, column) {
      const cell = sheet.getCell(row, column);
      return cell.isMerged && cell.master !== cell ? "" : displayedValue(cell.value, cell.numFmt);
    },
    spansColumns(row, column) {
      const cell = sheet.getCell(row, column);
      const right = sheet.getCell(row, column + 1);
      return right.isMerged && right.master === cell;
    },
  };
}
