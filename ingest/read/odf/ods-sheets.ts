import type { SheetGrid } from "../sheet-lines.js";
import { odfAttribute, odfChildren, odfColumns, odfCount, odfName, odfRows, odfStyles } from "./odf-xml.js";

/**
 * A spreadsheet's body (office:spreadsheet) as the grids the sheet layout reads (sheet-lines.ts),
 * as .xlsx and .xls sheets are: each visible sheet, its visible rows and columns, each cell's text
 * as Calc displays it (the text:p it saves beside the value, so number formats are as shown), blank
 * where a merged cell spans into it. Calc writes runs of like rows and cells once with a repeat
 * count; the empty runs to the sheet's end are skipped, not expanded.
 */
export function odsSheets(body: Element, styleRoots: Element[]): SheetGrid[] {
  const hiddenStyles = hiddenTableStyles(styleRoots);
  return odfChildren(body, "table:table")
    .filter((table) => !hiddenStyles.has(odfAttribute(table, "table:style-name") ?? ""))
    .map(sheetGrid);
}

interface Cell {
  text: string;
  spansRight: boolean;
}

/** A run of like cells or rows longer than this is empty space to the sheet's end. */
const MAX_REPEATS = 1000;

function sheetGrid(table: Element): SheetGrid {
  const cells = new Map<number, Map<number, Cell>>();
  const hiddenRows = new Set<number>();
  let rowIndex = 0;
  for (const row of odfRows(table)) {
    const repeats = odfCount(row, "table:number-rows-repeated");
    const rowCells = rowContent(row);
    if (rowCells.size > 0)
      for (let copy = 0; copy < Math.min(repeats, MAX_REPEATS); copy++) {
        cells.set(rowIndex + copy, rowCells);
        if (collapsed(row)) hiddenRows.add(rowIndex + copy);
      }
    rowIndex += repeats;
  }
  const width = Math.max(
    0,
    ...[...cells.values()].flatMap((row) => [...row.keys()].map((column) => column + 1)),
  );
  const hiddenColumns = hiddenColumnsOf(table, width);
  return {
    name: odfAttribute(table, "table:name") ?? "",
    rows: [...cells.keys()].filter((row) => !hiddenRows.has(row)).sort((a, b) => a - b),
    columns: Array.from({ length: width }, (_, column) => column).filter(
      (column) => !hiddenColumns.has(column),
    ),
    text: (row, column) => cells.get(row)?.get(column)?.text ?? "",
    spansColumns: (row, column) => cells.get(row)?.get(column)?.spansRight ?? false,
  };
}

/** A row's cells with text, by column; covered cells (inside a merge) take their columns, blank. */
function rowContent(row: Element): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  let column = 0;
  for (const cell of odfChildren(row)) {
    const name = odfName(cell);
    if (name !== "table:table-cell" && name !== "table:covered-table-cell") continue;
    const repeats = odfCount(cell, "table:number-columns-repeated");
    const text = name === "table:table-cell" ? cellText(cell) : "";
    if (text)
      for (let copy = 0; copy < Math.min(repeats, MAX_REPEATS); copy++)
        cells.set(column + copy, { text, spansRight: odfCount(cell, "table:number-columns-spanned") > 1 });
    column += repeats;
  }
  return cells;
}

/** A cell's displayed text: its paragraphs one per line (a wrapped label), comments left out. */
function cellText(cell: Element): string {
  return odfChildren(cell, "text:p").map(paragraphText).join("\n").trim();
}

function paragraphText(parent: Element): string {
  let text = "";
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? "";
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = odfName(element);
    if (name === "text:s") text += " ".repeat(odfCount(element, "text:c"));
    else if (name === "text:tab") text += "\t";
    else if (name === "text:line-break") text += "\n";
    else if (name !== "office:annotation") text += paragraphText(element);
  }
  return text;
}

function hiddenColumnsOf(table: Element, width: number): Set<number> {
  const hidden = new Set<number>();
  let column = 0;
  for (const entry of odfColumns(table)) {
    const repeats = odfCount(entry, "table:number-columns-repeated");
    if (collapsed(entry)) for (let k = 0; k < repeats && column + k < width; k++) hidden.add(column + k);
    column += repeats;
    if (column >= width) break;
  }
  return hidden;
}

/** A row or column hidden by the user ("collapse") or by a filter. */
function collapsed(element: Element): boolean {
  const visibility = odfAttribute(element, "table:visibility");
  return visibility === "collapse" || visibility === "filter";
}

/** Table styles that hide their sheet (style:table-properties table:display="false"). */
function hiddenTableStyles(styleRoots: Element[]): Set<string> {
  const hidden = new Set<string>();
  for (const style of odfStyles(styleRoots, "style:style"))
    if (
      odfChildren(style, "style:table-properties").some((p) => odfAttribute(p, "table:display") === "false")
    )
      hidden.add(odfAttribute(style, "style:name") ?? "");
  return hidden;
}
