import { joinWrapped } from "../grid-tables.js";
import type { ListNumbers } from "./word-lists.js";
import type { ParagraphProps, ParagraphRuns } from "./word-paragraphs.js";
import type { TextSlice } from "./word-pieces.js";

/**
 * A story of a Word binary document as the plain-text lines the parsers read: one line per
 * paragraph, one tab-separated line per table row. Cells are told from rows by the paragraph
 * properties of their end marks (a cell mark, or a row's end mark); each row's cell boundaries
 * place its cells on the table's column grid, so a merged heading over several columns is
 * followed by blanks in the columns it spans. Fields keep their shown result, not their code.
 */

/** Control characters of the text stream ([MS-DOC] 2.8.25 and 2.4.x). */
const MARK = {
  paragraph: "\r",
  cell: "\x07",
  lineBreak: "\x0b",
  pageBreak: "\x0c",
  fieldBegin: "\x13",
  fieldSeparator: "\x14",
  fieldEnd: "\x15",
  nonBreakingHyphen: "\x1e",
} as const;

/** Anchors of pictures, notes and drawn objects, the optional hyphen: nothing to read. */
const DROPPED = new Set([0, 1, 2, 3, 4, 5, 6, 8, 0x1f].map((code) => String.fromCharCode(code)));

/** Cell boundaries closer than this (twips, 1/1440 inch) are one column line of the grid. */
const EDGE_TOLERANCE = 30;

interface Row {
  cells: string[];
  edges?: number[];
}

class LineBuilder {
  readonly lines: string[] = [];
  private text = "";
  private parts: string[] = [];
  private cells: string[] = [];
  private rows: Row[] = [];
  /** Field nesting: true while a field's code (not yet its result) is being read. */
  private fields: boolean[] = [];

  constructor(private readonly numbers: ListNumbers) {}

  char(char: string, props: () => ParagraphProps): void {
    if (char === MARK.fieldBegin) this.fields.push(true);
    else if (char === MARK.fieldSeparator) this.fields[this.fields.length - 1] = false;
    else if (char === MARK.fieldEnd) this.fields.pop();
    else if (this.fields.includes(true)) return;
    else if (char === MARK.paragraph) this.paragraphEnd(props());
    else if (char === MARK.cell) this.cellMark(props());
    else if (char === MARK.lineBreak) this.lineBreak(props());
    else if (char === MARK.pageBreak) this.paragraphEnd(props());
    else if (char === MARK.nonBreakingHyphen) this.text += "-";
    else if (!DROPPED.has(char)) this.text += char;
  }

  private paragraphEnd(props: ParagraphProps): void {
    if (props.list && this.text.trim())
      this.text = this.numbers.next(props.list.ilfo, props.list.level) + this.text.trimStart();
    if (props.inTable) this.endPart();
    else {
      this.endTable();
      if (this.text.trim()) this.lines.push(this.text.replace(/[\u00a0\u3000]+$/, "").trim());
      this.text = "";
    }
  }

  private cellMark(props: ParagraphProps): void {
    if (props.depth > 1) {
      // A nested table's cell: its text stays in the outer cell.
      this.text += " ";
      return;
    }
    if (props.rowEnd) {
      this.endPart();
      this.parts = [];
      this.rows.push({ cells: this.cells, edges: props.edges });
      this.cells = [];
      return;
    }
    this.endPart();
    this.cells.push(
      joinWrapped(this.parts)
        .replace(/[\t\s]+/g, " ")
        .trim(),
    );
    this.parts = [];
  }

  private lineBreak(props: ParagraphProps): void {
    if (props.inTable) this.endPart();
    else this.text += " ";
  }

  private endPart(): void {
    if (this.text.trim()) this.parts.push(this.text.trim());
    this.text = "";
  }

  endTable(): void {
    if (this.cells.length) this.rows.push({ cells: this.cells });
    this.cells = [];
    if (!this.rows.length) return;
    const grid = columnGrid(this.rows);
    for (const row of this.rows) {
      const line = placeOnGrid(row, grid).join("\t");
      if (line.replace(/\t/g, "").trim()) this.lines.push(line);
    }
    this.rows = [];
  }
}

/** The lines of a story's text slices, each mark read with the properties of its paragraph. */
export function storyLines(slices: TextSlice[], runs: ParagraphRuns, numbers: ListNumbers): string[] {
  const builder = new LineBuilder(numbers);
  for (const slice of slices)
    for (let i = 0; i < slice.text.length; i++)
      builder.char(slice.text[i], () => runs.at(slice.offset + i * slice.width));
  builder.char(MARK.paragraph, () => ({ inTable: false, depth: 0, rowEnd: false, innerCell: false }));
  builder.endTable();
  return builder.lines;
}

/** The column lines of a table: every row's cell boundaries, near ones taken as one. */
function columnGrid(rows: Row[]): number[] {
  const all = rows.flatMap((row) => row.edges ?? []).sort((a, b) => a - b);
  const grid: number[] = [];
  for (const edge of all) if (!grid.length || edge - grid[grid.length - 1] > EDGE_TOLERANCE) grid.push(edge);
  return grid;
}

/** A row's cells in the grid's columns: a cell spanning columns is followed by blanks. */
function placeOnGrid(row: Row, grid: number[]): string[] {
  const edges = row.edges;
  if (!edges || edges.length !== row.cells.length + 1 || grid.length < 2) return row.cells;
  const column = (edge: number) => grid.findIndex((line) => Math.abs(line - edge) <= EDGE_TOLERANCE);
  const out: string[] = [];
  row.cells.forEach((cell, i) => {
    const from = Math.max(column(edges[i]), out.length);
    const to = Math.max(from + 1, column(edges[i + 1]));
    while (out.length < from) out.push("");
    out.push(cell);
    while (out.length < to) out.push("");
  });
  return out;
}
