import stringWidth from "string-width";

/**
 * pandoc's grid tables ("+-----+-----+" borders, "|" between cells, "+=====+" under the header), as
 * Markdown exports of Word documents write them: a cell's text may wrap over several lines, a header
 * cell may span columns or rows. Each row becomes one tab-separated line, written on the row's first
 * line; the row's other lines and the borders become blank lines, so every line keeps its number.
 * Columns are found by display width (a CJK character is two columns wide), as pandoc lays them out.
 */
export function gridTablesToRows(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i].trim())) continue;
    let end = i;
    while (end + 1 < lines.length && GRID_LINE.test(lines[end + 1].trim())) end++;
    if (end > i) rewriteTable(lines, out, i, end);
    i = end;
  }
  return out;
}

/** A full border line: "+---+---+", "+===+===+", "+:--+--:+". */
const BORDER = /^\+(?:[-=:]+\+)+$/;
/** Any line of a grid table: a border, or a row line between "|" (a row line may hold a partial border). */
const GRID_LINE = /^(?:\+(?:[-=:]+\+)+|\|.*[|+])$/;

/** One row line's display columns of its "|" or "+" marks, where cell boundaries are drawn. */
function marks(line: string): Set<number> {
  const at = new Set<number>();
  let column = 0;
  for (const char of line) {
    if (char === "|" || char === "+") at.add(column);
    column += stringWidth(char);
  }
  return at;
}

/** The text of a line between two display columns. */
function slice(line: string, from: number, to: number): string {
  let column = 0;
  let text = "";
  for (const char of line) {
    if (column > from && column < to) text += char;
    column += stringWidth(char);
  }
  return text;
}

/** Is the text between two boundaries of this line a border segment ("-----", "=====")? */
const isRule = (text: string) => /^[-=:]+$/.test(text);

function rewriteTable(lines: string[], out: string[], start: number, end: number): void {
  const table = lines.slice(start, end + 1).map((line) => line.trimEnd());
  const bounds = [...new Set(table.filter((l) => BORDER.test(l.trim())).flatMap((l) => [...marks(l)]))].sort(
    (a, b) => a - b,
  );
  if (bounds.length < 2) return;
  const width = bounds.length - 1;
  // The rows between two full borders (a header's rows apart where a border closes some columns
  // only, under a cell spanning them), each with the line it starts on; each column's open cell:
  // its lines of text so far and the row it started in (a cell spanning rows is written there).
  let rows: { line: number; cells: string[] }[] = [];
  let rowOpen = false;
  const parts: string[][] = Array.from({ length: width }, () => []);
  const startRow: number[] = Array.from({ length: width }, () => -1);
  const close = (k: number) => {
    if (parts[k].length && startRow[k] >= 0) rows[startRow[k]].cells[k] = joinWrapped(parts[k]);
    parts[k] = [];
    startRow[k] = -1;
  };
  table.forEach((line, r) => {
    out[start + r] = "";
    const drawn = marks(line);
    const cuts = bounds.filter((b) => drawn.has(b));
    const segments = cuts.slice(0, -1).map((from, c) => ({
      column: bounds.indexOf(from),
      text: slice(line, from, cuts[c + 1]).trim(),
    }));
    const closing = segments.filter((s) => isRule(s.text));
    // Text of the cells this line does not close (all of them on a row line).
    for (const { column, text } of segments) {
      if (!text || isRule(text)) continue;
      if (!rowOpen) {
        rows.push({ line: start + r, cells: Array.from({ length: width }, () => "") });
        rowOpen = true;
      }
      if (startRow[column] < 0) startRow[column] = rows.length - 1;
      parts[column].push(text);
    }
    if (!closing.length) return;
    // A border segment under a column (or under a cell spanning columns) closes what is above it.
    for (const { column } of closing) {
      const next = cuts[cuts.indexOf(bounds[column]) + 1];
      for (let k = column; k < width && bounds[k] < next; k++) close(k);
    }
    rowOpen = false;
    if (closing.length < segments.length) return;
    for (let k = 0; k < width; k++) close(k);
    for (const row of rows) if (row.cells.some(Boolean)) out[row.line] = row.cells.join("\t");
    rows = [];
  });
  for (let k = 0; k < width; k++) close(k);
  for (const row of rows) if (row.cells.some(Boolean)) out[row.line] = row.cells.join("\t");
}

/** A cell's lines joined: CJK text wrapped mid-word joins without a space, other words with one. */
export function joinWrapped(parts: string[]): string {
  return parts.reduce(
    (text, part) =>
      !text
        ? part
        : /[\u4e00-\u9fff）)]$/.test(text) && /^[\u4e00-\u9fff（(]/.test(part)
          ? text + part
          : `${text} ${part}`,
    "",
  );
}
