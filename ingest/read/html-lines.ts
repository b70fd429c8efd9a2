import { Parser } from "htmlparser2";
import { joinWrapped } from "./grid-tables.js";

/**
 * HTML as plain-text lines, the layout the parsers read: one line per paragraph, heading or block,
 * one tab-separated line per table row, a merged cell's text in its first column and row and blanks
 * in the columns and rows it spans (as the Markdown grid tables are read, grid-tables.ts). Used for
 * mammoth's HTML of a Word document and for web pages.
 */
/** Elements whose text is one line of its own (a web page's blocks as well as Word's paragraphs). */
const LINE_ELEMENTS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "div",
  "section",
  "article",
  "blockquote",
  "pre",
  "dt",
  "dd",
  "caption",
]);

export interface HtmlLinesOptions {
  /**
   * What a line break outside a table is: a space in a Word paragraph (a soft break inside it), a
   * new line on a web page.
   */
  breaks?: "space" | "line";
}

/** One table being read: its rows so far, and the columns cells spanning rows hold in the rows below. */
interface TableState {
  rows: string[][];
  /** Row index → columns taken by a cell above that spans into it. */
  taken: Map<number, Set<number>>;
  row?: string[];
  cell?: { parts: string[]; current: string; colspan: number; rowspan: number };
  /** The text of the table's caption while it is read (a web page's table title). */
  caption?: string;
}

/** Plain-text lines of HTML: paragraphs and blocks as lines, table rows as tab-separated cells. */
export function htmlToLines(html: string, options: HtmlLinesOptions = {}): string[] {
  const lines: string[] = [];
  const tables: TableState[] = [];
  let text = "";
  const top = () => tables[tables.length - 1];
  /** The text read outside tables so far, as a line of its own. */
  const flush = () => {
    if (text.trim()) lines.push(oneLine(text));
    text = "";
  };
  const endCellPart = (cell: NonNullable<TableState["cell"]>) => {
    cell.parts.push(cell.current.trim());
    cell.current = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const table = top();
        if (name === "table") {
          if (!table) flush();
          tables.push({ rows: [], taken: new Map() });
        } else if (name === "caption" && table && !table.cell) table.caption = "";
        else if (name === "tr" && table) table.row = [];
        else if ((name === "td" || name === "th") && table?.row)
          table.cell = {
            parts: [],
            current: "",
            colspan: span(attributes.colspan),
            rowspan: span(attributes.rowspan),
          };
        // A line break inside a cell ("一般公共" / "预算") is a wrapped label, joined as one.
        else if (name === "br" && table?.cell) endCellPart(table.cell);
        else if (name === "br" && !table) {
          if (options.breaks === "line") flush();
          else text += "\n";
        } else if (LINE_ELEMENTS.has(name) && !table) flush();
      },
      ontext(data) {
        const table = top();
        if (table?.cell) table.cell.current += data;
        else if (table?.caption !== undefined) table.caption += data;
        else if (!table) text += data;
      },
      onclosetag(name) {
        const table = top();
        if (name === "caption" && table?.caption !== undefined) {
          if (table.caption.trim()) lines.push(oneLine(table.caption));
          table.caption = undefined;
        } else if (LINE_ELEMENTS.has(name)) {
          if (table?.cell) endCellPart(table.cell);
          else if (!table) flush();
        } else if ((name === "td" || name === "th") && table?.cell) placeCell(table);
        else if (name === "tr" && table?.row) {
          // Columns a cell above spans into, after the row's last cell.
          const taken = table.taken.get(table.rows.length);
          while (taken?.has(table.row.length)) table.row.push("");
          table.rows.push(table.row);
          lines.push(table.row.join("\t"));
          table.row = undefined;
        } else if (name === "table") {
          tables.pop();
          // A table inside a cell: its text stays in that cell.
          const outer = top();
          if (outer?.cell) outer.cell.current += " ";
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.filter((line) => line.trim() !== "");
}

/** A paragraph on one line: its tabs and line breaks become spaces. */
const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, " ").trim();

const span = (value: string | undefined) => Math.max(1, Number.parseInt(value ?? "1", 10) || 1);

/**
 * A closed cell into its row: the first column no cell above spans into, its text there and blank
 * cells in the other columns it spans, its columns marked taken in the rows it spans below.
 */
function placeCell(table: TableState): void {
  const row = table.row!;
  const cell = table.cell!;
  table.cell = undefined;
  if (cell.current.trim()) cell.parts.push(cell.current.trim());
  const index = table.rows.length;
  // Cells above that span into every column of this row, when it has cells of its own, span one row
  // too many ("rowspan=3" over a two-row header): a browser would push the row off the table; its
  // cells are the row below the header.
  if (!row.length && spansEveryColumn(table, index)) table.taken.delete(index);
  const taken = table.taken.get(index) ?? new Set<number>();
  let column = row.length;
  while (taken.has(column)) row[column++] = "";
  row[column] = oneLine(joinWrapped(cell.parts.filter(Boolean)));
  for (let k = 1; k < cell.colspan; k++) row[column + k] = "";
  for (let below = 1; below < cell.rowspan; below++) {
    const set = table.taken.get(index + below) ?? new Set<number>();
    for (let k = 0; k < cell.colspan; k++) set.add(column + k);
    table.taken.set(index + below, set);
  }
}

/** Do cells above take every column of the row at this index (as wide as the rows so far)? */
function spansEveryColumn(table: TableState, index: number): boolean {
  const taken = table.taken.get(index);
  const width = Math.max(0, ...table.rows.map((row) => row.length));
  if (!taken || !width) return false;
  for (let column = 0; column < width; column++) if (!taken.has(column)) return false;
  return true;
}
