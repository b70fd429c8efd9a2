import { alignColumns, looksSpaceAligned } from "../text/align-columns.js";
import { cleanLabel } from "../text/normalize-text.js";

export interface RawRow {
  /** 0-based line index of the row's first cell. */
  line: number;
  cells: string[];
}

export type RegionLayout = "tabs" | "cell-per-line";

/**
 * Lines inside a table region that describe it rather than hold cells (also the period it covers
 * on a line of its own, "2023年度", as reporting systems print it between the title and the unit).
 */
export const META_LINE =
  /^20\d{2}\s*年度?$|^(部门|单位|部门名称|单位名称|部门[（(]单位[)）](?:名称)?|主管部门|金额单位|填报单位|编制单位|编制部门|填报部门|预算单位|预算主管部门)[:：]|公开\s*\d+\s*表|^(?:部门|单位)?(?:预算|决算)公开表\s*\d+$|^单位[:：]?\s*(万元|千元|亿元|元)$|^(附表|表)\s*(\d+|[一二三四五六七八九十]+)([-－.]\d+)?$/;
const END_LINE =
  /^(注[:：]|注\d|说明[:：]|填表人|备注|附件[:：]?\s*[\d\-－]*$|第[一二三四五六七八九十]+部分)/;

function isMultiCell(raw: string): boolean {
  return (
    /\S[^\S\n]*\t|\t[^\S\n]*\S.*\t/.test(raw.replace(/^\t/, "")) || raw.replace(/^\t/, "").includes("\t")
  );
}

/** A prose line of a space-aligned export: sentences end the table they follow. */
function isProse(raw: string): boolean {
  const t = raw.trim();
  return !raw.includes("\t") && t.length > 20 && /[。；]/.test(t) && !/\S {2,}\S/.test(t);
}

/**
 * Cut the lines of a table region into rows, in whichever layout the converter produced: tab
 * rows, one cell per line (blank lines between rows), or columns aligned with runs of spaces
 * (`pdftotext -layout`), which are cut into positional cells first.
 */
export function cutRows(
  lines: string[],
  from: number,
  hardEnd: number,
  skip: Set<number>,
): { rows: RawRow[]; end: number; note?: string; layout: RegionLayout } {
  const region = regionEnd(lines, from, hardEnd);
  const { note } = region;
  const end = trimTrailingHeadings(lines, from, region.end);
  const body = [];
  for (let i = from; i < end; i++) if (!skip.has(i)) body.push(i);
  const content = body.filter((i) => lines[i].trim() !== "");
  if (looksSpaceAligned(content.map((i) => lines[i]))) {
    const kept = content.filter((i) => !META_LINE.test(cleanLabel(lines[i])));
    const aligned = alignColumns(kept.map((i) => lines[i]));
    const rows = aligned.map((r) => ({ line: kept[r.line], cells: trimTrailingEmpty(r.cells.map(cell)) }));
    return { rows: rows.filter((r) => r.cells.some((c) => c !== "")), end, note, layout: "tabs" };
  }
  const multi = content.filter((i) => isMultiCell(lines[i])).length;
  const layout = multi >= content.length * 0.3 ? "tabs" : "cell-per-line";
  const rows: RawRow[] = [];
  if (layout === "tabs") {
    for (const i of body) {
      if (lines[i].trim() === "" || META_LINE.test(cleanLabel(lines[i]))) continue;
      rows.push({ line: i, cells: lines[i].split("\t").map(cell) });
    }
  } else {
    // One cell per line; a truly empty line ends a row (a line holding only a tab is an empty cell).
    let current: RawRow | undefined;
    for (const i of body) {
      const raw = lines[i];
      if (raw === "" || (raw.trim() === "" && !raw.includes("\t") && !raw.includes("\u3000"))) {
        current = undefined;
        continue;
      }
      if (META_LINE.test(cleanLabel(raw))) continue;
      if (!current) {
        current = { line: i, cells: [] };
        rows.push(current);
      }
      current.cells.push(cell(raw.replace(/^\t/, "")));
    }
  }
  // Trailing empty cells carry alignment in the one-cell-per-line layout, but are noise in tab rows.
  const kept = rows
    .map((r) => ({ ...r, cells: layout === "tabs" ? trimTrailingEmpty(r.cells) : r.cells }))
    .filter((r) => r.cells.some((c) => c !== "") && !/^-+$/.test(r.cells.join("")));
  return { rows: kept, end, note, layout };
}

/**
 * Headings between a table and the prose after it ("其他相关情况说明", "一、…说明") are single
 * text lines after the last row of cells; they belong to the narrative. (In the one-cell-per-line
 * layout every cell is tab-indented, so nothing is trimmed there.)
 */
function trimTrailingHeadings(lines: string[], from: number, end: number): number {
  let last = end;
  while (last > from) {
    const raw = lines[last - 1];
    const t = raw.trim();
    if (
      t &&
      (raw.includes("\t") ||
        /\S {2,}\S/.test(t) ||
        /\d/.test(t.replace(/20\d{2}年度?/g, "")) ||
        META_LINE.test(cleanLabel(t)))
    )
      break;
    last--;
  }
  // Only text lines after a row of cells with figures are trimmed; blank lines alone stay.
  const row = lines[last - 1] ?? "";
  const afterCells = last > from && /\d/.test(row) && /\S(\t+| {2,})\S/.test(row.trim());
  return afterCells && lines.slice(last, end).some((l) => l.trim()) ? last : end;
}

/** A table ends at its notes, at the next part, or where sentences resume after its data. */
function regionEnd(lines: string[], from: number, hardEnd: number): { end: number; note?: string } {
  let seenData = false;
  let cellRows = 0;
  for (let i = from; i < hardEnd; i++) {
    const t = cleanLabel(lines[i]);
    // An empty table (header rows, no figures) still ends at its note.
    if (END_LINE.test(t) && (seenData || /^第/.test(t) || cellRows >= 2)) {
      const noteLines: string[] = [];
      for (let j = i; j < hardEnd && j < i + 6; j++) {
        const n = cleanLabel(lines[j]);
        if (/^(注|说明)/.test(n)) noteLines.push(n);
      }
      return { end: i, note: noteLines.join(" ") || undefined };
    }
    if (seenData && isProse(lines[i]) && !META_LINE.test(t)) {
      // In the one-cell-per-line layout every cell is tab-indented; an unindented sentence ends the table.
      // Sentences after rows of cells (tab-separated, one per line, or space-aligned) end the table.
      // Counted up to the last row of cells: headings and the table's own meta lines do not dilute it.
      let upTo = i;
      while (upTo > from && !isCellLine(lines[upTo - 1])) upTo--;
      const before = lines.slice(from, upTo).filter((l) => l.trim() && !META_LINE.test(cleanLabel(l)));
      const cellLines = before.filter((l) => /^\t/.test(l)).length;
      const tabRows = before.filter((l) => /\S\t/.test(l.trim())).length;
      const aligned = before.filter((l) => /\S {2,}\S/.test(l)).length;
      if (cellLines > before.length / 3 || aligned >= before.length / 3 || tabRows * 2 > before.length)
        return { end: i };
    }
    if (/\d/.test(t) || /无/.test(t)) seenData = true;
    if (/\S\t/.test(lines[i].trim())) cellRows++;
    if (
      seenData &&
      lines[i].trim() !== "" &&
      !lines[i].includes("\t") &&
      !/^[\u3000 ]/.test(lines[i]) &&
      t.length > 8 &&
      !META_LINE.test(t)
    ) {
      const cellLines = lines.slice(from, i).filter((l) => /^\t/.test(l)).length;
      if (cellLines > (i - from) / 3) return { end: i };
    }
  }
  return { end: hardEnd };
}

/** A line holding cells: tab-separated, tab-indented (one cell per line) or space-aligned. */
function isCellLine(raw: string): boolean {
  return raw.includes("\t") || /\S {2,}\S/.test(raw.trim());
}

export function cell(text: string): string {
  return (
    text
      .replace(/[\u3000\u00a0]/g, " ")
      .replace(/\*\*/g, "")
      .trim()
      // A spreadsheet's text export quotes a cell holding a comma or a line break ("1,234.56").
      .replace(/^"([^"]*)"$/, "$1")
  );
}

function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return cells.slice(0, n);
}
