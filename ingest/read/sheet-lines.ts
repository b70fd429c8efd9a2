import { joinWrapped } from "./grid-tables.js";

/**
 * A worksheet as a reader sees it, whatever file it came from (.xlsx through exceljs, .xls through
 * the BIFF reader): its visible rows and columns in order, each cell's displayed text (blank where
 * a merged cell spans into it from its first cell), and whether a cell's merge runs to the right.
 */
export interface SheetGrid {
  name: string;
  rows: number[];
  columns: number[];
  text(row: number, column: number): string;
  spansColumns(row: number, column: number): boolean;
}

/** A single cell longer than this is a paragraph, not a table's label. */
const PARAGRAPH_CHARS = 24;

/**
 * A sheet's lines: its name when its first lines do not give it, then its rows. A row whose one
 * cell runs across the sheet (a title, a 注, a paragraph of the narrative) is a line of its own;
 * other rows are tab-separated cells.
 */
export function sheetLines(sheet: SheetGrid): string[] {
  const entries: (string | string[])[] = [];
  for (const row of sheet.rows) {
    const cells = sheet.columns.map((column) => cellLabel(sheet.text(row, column)));
    const filled = cells.filter(Boolean);
    if (!filled.length) continue;
    const single = filled.length === 1 && cells[0];
    if (single && (sheet.spansColumns(row, sheet.columns[0]!) || filled[0]!.length > PARAGRAPH_CHARS))
      entries.push(...paragraphsOf(sheet.text(row, sheet.columns[0]!), filled[0]!));
    else entries.push(cells);
  }
  const lines = tableBlocks(entries).flatMap((entry) =>
    typeof entry === "string" ? [entry] : entry.map((cells) => cells.join("\t")),
  );
  return titledBySheet(sheet.name, lines) ? lines : [sheet.name.trim(), ...lines];
}

/**
 * A cell of the narrative holding several paragraphs (a 目录, a section typed into one cell): a line
 * each, when it has three lines or more or any as long as a paragraph; else its label, joined.
 */
function paragraphsOf(text: string, label: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\t+/g, " ").trim())
    .filter(Boolean);
  return lines.length >= 3 || lines.some((line) => line.length > PARAGRAPH_CHARS) ? lines : [label];
}

/** A cell's own line breaks wrap its label ("功能科目" / "编码"), joined as Word's are. */
function cellLabel(text: string): string {
  const parts = text.split(/\r?\n/);
  return joinWrapped(parts.map((part) => part.replace(/\t+/g, " ").trim()).filter(Boolean));
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
