import { formatNumber } from "../cell-display.js";
import { RECORD, RecordReader, records, type BiffRecord } from "./biff-records.js";

/**
 * An Excel 97–2003 workbook (BIFF8) as the sheets a reader sees: the globals (sheet list, shared
 * strings, number formats, cell formats), then each sheet's cells as displayed, its merged ranges
 * and its hidden rows and columns.
 */
export interface BiffSheet {
  name: string;
  visible: boolean;
  /** Displayed text by row, then column (0-based). */
  cells: Map<number, Map<number, string>>;
  merges: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

/** Excel's built-in number formats a department's workbook uses ([MS-XLS] 2.4.126, en-US ids). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;(#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;(#,##0.00)",
  41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
  42: '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
  44: '_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)',
  49: "@",
};

const BOF_WORKSHEET = 0x0010;

interface Globals {
  sheets: { name: string; offset: number; visible: boolean; worksheet: boolean }[];
  strings: string[];
  formats: Map<number, string>;
  /** The number format id of each cell format (XF), by XF index. */
  cellFormats: number[];
}

/** A workbook whose records are encrypted (FILEPASS): nothing in it can be read without the password. */
export class PasswordProtected extends Error {
  constructor() {
    super("the workbook is password-protected");
  }
}

export function readWorkbook(stream: Buffer): BiffSheet[] {
  const globals = readGlobals(stream);
  return globals.sheets
    .filter((sheet) => sheet.worksheet)
    .map((sheet) => ({
      name: sheet.name,
      visible: sheet.visible,
      ...readSheet(stream, sheet.offset, globals),
    }));
}

function readGlobals(stream: Buffer): Globals {
  const globals: Globals = { sheets: [], strings: [], formats: new Map(), cellFormats: [] };
  for (const record of records(stream)) {
    const reader = RecordReader.of(record);
    if (record.type === RECORD.boundSheet) {
      const offset = reader.u32();
      const state = reader.u8();
      const type = reader.u8();
      globals.sheets.push({
        offset,
        visible: (state & 3) === 0,
        worksheet: type === 0,
        name: reader.shortString(),
      });
    } else if (record.type === RECORD.sst) globals.strings = sharedStrings(record);
    else if (record.type === RECORD.format) globals.formats.set(reader.u16(), reader.unicodeString());
    else if (record.type === RECORD.xf) globals.cellFormats.push(record.data.readUInt16LE(2));
    else if (record.type === RECORD.filePass) throw new PasswordProtected();
    else if (record.type === RECORD.eof) break;
  }
  return globals;
}

function sharedStrings(record: BiffRecord): string[] {
  const reader = RecordReader.of(record, 8);
  const unique = record.data.readUInt32LE(4);
  const strings: string[] = [];
  for (let i = 0; i < unique && !reader.done; i++) strings.push(reader.richString());
  return strings;
}

function readSheet(stream: Buffer, offset: number, globals: Globals): Omit<BiffSheet, "name" | "visible"> {
  const sheet: Omit<BiffSheet, "name" | "visible"> = {
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
  const put = (row: number, column: number, text: string) => {
    if (!text) return;
    let cells = sheet.cells.get(row);
    if (!cells) sheet.cells.set(row, (cells = new Map()));
    cells.set(column, text);
  };
  const shown = (value: number, xf: number) => {
    const id = globals.cellFormats[xf] ?? 0;
    return formatNumber(value, globals.formats.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  };
  /** A formula whose result is a string: the STRING record after it holds the text. */
  let stringResultAt: [number, number] | undefined;
  let first = true;
  for (const record of records(stream, offset)) {
    if (first) {
      first = false;
      if (record.type !== RECORD.bof || record.data.readUInt16LE(2) !== BOF_WORKSHEET) break;
      continue;
    }
    if (record.type === RECORD.eof) break;
    const data = record.data;
    const row = data.length >= 2 ? data.readUInt16LE(0) : 0;
    const column = data.length >= 4 ? data.readUInt16LE(2) : 0;
    const xf = data.length >= 6 ? data.readUInt16LE(4) : 0;
    if (record.type === RECORD.labelSst) put(row, column, globals.strings[data.readUInt32LE(6)] ?? "");
    else if (record.type === RECORD.label) put(row, column, RecordReader.of(record, 6).unicodeString());
    else if (record.type === RECORD.number) put(row, column, shown(data.readDoubleLE(6), xf));
    else if (record.type === RECORD.rk) put(row, column, shown(rkValue(data.readUInt32LE(6)), xf));
    else if (record.type === RECORD.mulRk)
      for (let at = 4, c = column; at + 6 <= data.length - 2; at += 6, c++)
        put(row, c, shown(rkValue(data.readUInt32LE(at + 2)), data.readUInt16LE(at)));
    else if (record.type === RECORD.formula) {
      stringResultAt = undefined;
      if (data.readUInt16LE(12) !== 0xffff) put(row, column, shown(data.readDoubleLE(6), xf));
      else if (data[6] === 0) stringResultAt = [row, column];
      else if (data[6] === 1) put(row, column, data[8] ? "TRUE" : "FALSE");
    } else if (record.type === RECORD.string && stringResultAt) {
      put(...stringResultAt, RecordReader.of(record).unicodeString());
      stringResultAt = undefined;
    } else if (record.type === RECORD.boolErr && data[7] === 0) put(row, column, data[6] ? "TRUE" : "FALSE");
    else if (record.type === RECORD.mergeCells) {
      const count = data.readUInt16LE(0);
      for (let i = 0, at = 2; i < count && at + 8 <= data.length; i++, at += 8)
        sheet.merges.push({
          firstRow: data.readUInt16LE(at),
          lastRow: data.readUInt16LE(at + 2),
          firstColumn: data.readUInt16LE(at + 4),
          lastColumn: data.readUInt16LE(at + 6),
        });
    } else if (record.type === RECORD.row && (data.readUInt16LE(12) & 0x20) !== 0) sheet.hiddenRows.add(row);
    else if (record.type === RECORD.colInfo && (data.readUInt16LE(8) & 1) !== 0)
      for (let c = data.readUInt16LE(0); c <= data.readUInt16LE(2); c++) sheet.hiddenColumns.add(c);
  }
  return sheet;
}

/** RkNumber ([MS-XLS] 2.5.217): an integer or the high 30 bits of a double, maybe × 1/100. */
function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const bytes = Buffer.alloc(8);
    bytes.writeUInt32LE(rk & 0xfffffffc, 4);
    value = bytes.readDoubleLE(0);
  }
  return rk & 0x01 ? value / 100 : value;
}
