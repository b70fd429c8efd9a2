/**
 * A spreadsheet saved as text ends each row with CRLF and keeps a cell's own line break as a bare
 * LF inside the quoted cell ("2080505⇥"机关事业单位基本养老⏎保险缴费支出"⇥356.18"). Such a row is
 * one row: its cell is joined, and the lines it took stay as empty lines after it, so every later
 * line keeps its number. Text without CRLF rows, or without tabs in the row, is left as it is.
 */
export function joinCellBreaks(text: string): string {
  if (!text.includes("\r\n")) return text;
  return text
    .split("\r\n")
    .map((record) => {
      if (!record.includes("\n") || !record.includes("\t")) return record;
      const breaks = record.split("\n").length - 1;
      return record.replace(/\n/g, "") + "\r\n".repeat(breaks);
    })
    .join("\r\n");
}

/** Line ends as LF, a spreadsheet row's cell breaks joined first. */
export function normalizeLineEnds(text: string): string {
  return joinCellBreaks(text).replace(/\r\n?/g, "\n");
}
