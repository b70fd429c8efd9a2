import type ExcelJS from "exceljs";
import { AppError } from "../../lib/app-error.js";
import { displayedValue } from "./cell-display.js";
import { joinWrapped } from "./grid-tables.js";
import type { DocumentReader } from "./read-document.js";

/**
 * Excel workbooks as departments publish their tables (.xlsx): each visible sheet is read as a
 * reader sees it, in order. A cell is its displayed text (numbers through their number format,
 * formulas by their saved result); a merged cell's text is in its first column and row with blanks
 * where it spans, as Word and web tables are read (html-lines.ts); hidden rows and columns are
 * left out. A row whose one cell runs across the sheet (a title, a 注, a paragraph of the
 * narrative) is a line of its own; other rows are tab-separated cells.
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
      .flatMap((sheet) => sheetLines(sheet));
    if (!lines.some((line) => /[\u4e00-\u9fff]/.test(line)))
      throw new AppError("EMPTY_FILE", `${file}: the workbook has no text`);
    return { text: lines.join("\n"), format: "xlsx" };
  },
};

/** A single cell longer than this is a paragraph, not a table's label. */
const PARAGRAPH_CHARS = 24;

/** A sheet's lines: its name when its first lines do not give it, then its rows. */
function sheetLines(sheet: ExcelJS.Worksheet): string[] {
  const columns = visibleColumns(sheet);
  const entries: (string | string[])[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.hidden) return;
    const cells = columns.map((column) => cellText(row.getCell(column)));
    const filled = cells.filter(Boolean);
    if (!filled.length) return;
    const single = filled.length === 1 && cells[0] ? row.getCell(columns[0]!) : undefined;
    entries.push(
      single && (spansColumns(single) || filled[0]!.length > PARAGRAPH_CHARS) ? filled[0]! : cells,
    );
  });
  const lines = tableBlocks(entries).flatMap((entry) =>
    typeof entry === "string" ? [entry] : entry.map((cells) => cells.join("\t")),
  );
  return titledBySheet(sheet.name, lines) ? lines : [sheet.name.trim(), ...lines];
}

/**
 * Runs of table rows, each without the columns none of its cells starts in: a label merged across
 * two sheet columns, or a margin column, is one column to a reader.
 */
function tableBlocks(entries: (string | string[])[]): (string | string[][])[] {
  const blocks: (string | string[][])[] = [];
  for (const entry of entries) {
    const last = blocks[blocks.length - 1];
    if (typeof entry === "string") blocks.push(entry);
    else if (Array.isArray(last)) last.push(entry);
    else blocks.push([entry]);
  }
  return blocks.map((block) => {
    if (typeof block === "string") return block;
    const used = block[0]!.map((_, column) => block.some((cells) => cells[column]));
    return block.map((cells) => cells.filter((_, column) => used[column]));
  });
}

/** The sheet's columns a reader sees, by number. */
function visibleColumns(sheet: ExcelJS.Worksheet): number[] {
  return Array.from({ length: sheet.columnCount }, (_, index) => index + 1).filter(
    (column) => !sheet.getColumn(column).hidden,
  );
}

/** A cell's displayed text; blank where a merged cell spans into it from its first cell. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return "";
  // A cell's own line breaks wrap its label ("功能科目" / "编码"), joined as Word's are.
  const parts = displayedValue(cell.value, cell.numFmt).split(/\r?\n/);
  return joinWrapped(parts.map((part) => part.replace(/\t+/g, " ").trim()).filter(Boolean));
}

function spansColumns(cell: ExcelJS.Cell): boolean {
  const right = cell.worksheet.getCell(cell.row, cell.col + 1);
  return right.isMerged && right.master === cell;
}

/** Whether the sheet's first lines already name its table ("表一 部门收支总表" over a title 部门收支总表). */
function titledBySheet(name: string, lines: string[]): boolean {
  const title = name
    .replace(
      /^\s*(?:附?表\s*[0-9一二三四五六七八九十]+(?:[-－—之][0-9一二三四五六七八九十]+)?[、.．:：\s]*)/,
      "",
    )
    .trim();
  const opening = lines.slice(0, 3).join("");
  return !title || /^sheet\s*\d*$/i.test(title) || opening.includes(title);
}
