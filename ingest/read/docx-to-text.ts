import { Parser } from "htmlparser2";
import mammoth from "mammoth";
import { AppError } from "../../lib/app-error.js";
import { joinWrapped } from "./grid-tables.js";
import type { DocumentReader } from "./read-document.js";

/**
 * Word documents as departments publish them (.docx). mammoth turns the document body into HTML —
 * paragraphs, headings, list items and tables with their merged cells (colspan / rowspan); the
 * running headers, footers and page numbers of Word's header and footer parts are not body text
 * and are left out. That HTML becomes the plain-text layout the parsers read: one line per
 * paragraph, one tab-separated line per table row, a merged cell's text in its first column and
 * row, as the Markdown grid tables are read (grid-tables.ts).
 */
export const docxReader: DocumentReader = {
  extensions: [".docx"],
  async read(file, bytes) {
    const html = await mammoth.convertToHtml({ buffer: bytes }).then(
      (result) => result.value,
      (error: Error) => {
        throw new AppError(
          "UNREADABLE_FILE",
          `${file}: not a readable Word document (${error.message})`,
          undefined,
          {
            cause: error,
          },
        );
      },
    );
    const lines = htmlToLines(html);
    if (!lines.some((line) => line.trim()))
      throw new AppError("EMPTY_FILE", `${file}: the Word document has no text`);
    return { text: lines.join("\n"), format: "docx" };
  },
};

/** Elements whose text is one line of its own. */
const LINE_ELEMENTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

/** One table being read: its rows so far, and the columns cells spanning rows hold in the rows below. */
interface TableState {
  rows: string[][];
  /** Row index → columns taken by a cell above that spans into it. */
  taken: Map<number, Set<number>>;
  row?: string[];
  cell?: { parts: string[]; current: string; colspan: number; rowspan: number };
}

/** Plain-text lines of mammoth's HTML: paragraphs as lines, table rows as tab-separated cells. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const tables: TableState[] = [];
  let text = "";
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const table = tables[tables.length - 1];
        if (name === "table") tables.push({ rows: [], taken: new Map() });
        else if (name === "tr" && table) table.row = [];
        else if ((name === "td" || name === "th") && table?.row)
          table.cell = {
            parts: [],
            current: "",
            colspan: span(attributes.colspan),
            rowspan: span(attributes.rowspan),
          };
        // A line break inside a cell ("一般公共" / "预算") is a wrapped label, joined as one.
        else if (name === "br" && table?.cell) {
          table.cell.parts.push(table.cell.current.trim());
          table.cell.current = "";
        } else if (name === "br") append("\n");
      },
      ontext(data) {
        append(data);
      },
      onclosetag(name) {
        const table = tables[tables.length - 1];
        if (LINE_ELEMENTS.has(name)) {
          if (table?.cell) {
            table.cell.parts.push(table.cell.current.trim());
            table.cell.current = "";
          } else if (!table) {
            lines.push(oneLine(text));
            text = "";
          }
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
          const outer = tables[tables.length - 1];
          if (outer?.cell) outer.cell.current += " ";
        }
      },
    },
    { decodeEntities: true },
  );
  function append(data: string): void {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.current += data;
    else if (!table) text += data;
  }
  parser.write(html);
  parser.end();
  if (text.trim()) lines.push(oneLine(text));
  return lines.filter((line) => line.trim() !== "");
}

/** A paragraph on one line: Word's tabs and line breaks inside it become spaces. */
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
