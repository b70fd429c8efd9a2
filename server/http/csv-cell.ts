/**
 * One CSV cell, safe to open in a spreadsheet (OWASP "CSV injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so it gets a
 * leading single quote; a number, negative ones included, stays a number. Cells with a comma,
 * a quote or a line break are quoted, quotes doubled.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? "" : String(value);
  if (FORMULA_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV line (no line end) of these cells. */
export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(",");
}
