import { cleanLabel } from "../text/normalize-text.js";

export interface RawRow {
  /** 0-based line index of the row's first cell. */
  line: number;
  cells: string[];
}

export interface TableRegion {
  number?: string;
  title: string;
  /** 0-based, inclusive start (the title) and exclusive end. */
  start: number;
  end: number;
  layout: "tabs" | "cell-per-line";
  amountUnit?: string;
  rows: RawRow[];
  note?: string;
}

const STANDARD_MARKER = /公开\s*0?(\d{1,2})\s*表/;
const ATTACHMENT_TITLE = /(基础数据表|绩效自评表|情况表|明细表|^表\s*\d+[.．、].{2,40})$/;
const META_LINE = /^(部门|单位|金额单位|填报单位|编制单位)[:：]|公开\s*\d+\s*表|^单位[:：]?\s*(万元|元)$/;
const END_LINE =
  /^(注[:：]|注\d|说明[:：]|填表人|备注|附件[:：]?\s*[\d\-－]*$|第[一二三四五六七八九十]+部分)/;

/**
 * Locate the tables of a document: the nine standard tables by their "公开NN表" marker and
 * attachment tables (基础数据表, 自评表, 表1.…) by their titles, then cut each region into rows
 * in whichever layout the converter produced.
 */
export function findTables(lines: string[]): TableRegion[] {
  const starts: { line: number; number?: string; title: string; titleLine: number }[] = [];
  lines.forEach((raw, i) => {
    const text = cleanLabel(raw);
    // A marker inside a sentence ("公开07表、公开08表无数据") mentions a table, it does not head one.
    const marker = /[，。；、]/.test(text) ? null : STANDARD_MARKER.exec(text);
    if (marker) {
      const titleLine = findTitleAbove(lines, i);
      const title = titleLine >= 0 ? cleanLabel(lines[titleLine]) : `公开${marker[1].padStart(2, "0")}表`;
      starts.push({
        line: i,
        number: marker[1].padStart(2, "0"),
        title,
        titleLine: titleLine >= 0 ? titleLine : i,
      });
      return;
    }
    if (
      text.length <= 60 &&
      ATTACHMENT_TITLE.test(text) &&
      !/^(附件|[-•]|\d+[.．、]\s*\d{4})/.test(text) &&
      !/[。，]/.test(text)
    ) {
      starts.push({ line: i, title: text.replace(/^表\s*\d+[.．、]/, (m) => m), titleLine: i });
    }
  });

  const regions: TableRegion[] = [];
  starts.forEach((s, k) => {
    const hardEnd = k + 1 < starts.length ? starts[k + 1].titleLine : lines.length;
    const start = Math.min(s.titleLine, s.line);
    const { rows, end, note, layout } = cutRows(lines, s.line + 1, hardEnd, s.titleLine);
    if (rows.length < 2 && !s.number) return;
    const unit = /单位\s*[:：]\s*(万元|千元|亿元|元)/.exec(
      lines.slice(start, Math.min(end, start + 40)).join("\n"),
    );
    regions.push({ number: s.number, title: s.title, start, end, layout, amountUnit: unit?.[1], rows, note });
  });
  return regions;
}

/** The title sits a few lines above the marker, between blank or filler cells. */
function findTitleAbove(lines: string[], marker: number): number {
  const sameLine = cleanLabel(lines[marker]).replace(/^部门[:：].*$/, "");
  if (/表$/.test(sameLine.replace(STANDARD_MARKER, "")) && sameLine.replace(STANDARD_MARKER, "").length > 3)
    return marker;
  for (let j = marker - 1; j >= Math.max(0, marker - 14); j--) {
    const t = cleanLabel(lines[j]);
    if (/表$/.test(t) && !STANDARD_MARKER.test(t) && t.length <= 40) return j;
  }
  return -1;
}

function isMultiCell(raw: string): boolean {
  return (
    /\S[^\S\n]*\t|\t[^\S\n]*\S.*\t/.test(raw.replace(/^\t/, "")) || raw.replace(/^\t/, "").includes("\t")
  );
}

function cutRows(
  lines: string[],
  from: number,
  hardEnd: number,
  titleLine: number,
): { rows: RawRow[]; end: number; note?: string; layout: "tabs" | "cell-per-line" } {
  let end = hardEnd;
  let note: string | undefined;
  let seenData = false;
  for (let i = from; i < hardEnd; i++) {
    const t = cleanLabel(lines[i]);
    if (END_LINE.test(t) && (seenData || /^第/.test(t))) {
      end = i;
      const noteLines: string[] = [];
      for (let j = i; j < hardEnd && j < i + 6; j++) {
        const n = cleanLabel(lines[j]);
        if (/^(注|说明)/.test(n)) noteLines.push(n);
      }
      note = noteLines.join(" ") || undefined;
      break;
    }
    if (/\d/.test(t) || /无/.test(t)) seenData = true;
    // In the one-cell-per-line layout every cell is tab-indented; an unindented sentence ends the table.
    if (
      seenData &&
      lines[i].trim() !== "" &&
      !lines[i].includes("\t") &&
      !/^[\u3000 ]/.test(lines[i]) &&
      t.length > 8 &&
      !META_LINE.test(t)
    ) {
      const cellLines = lines.slice(from, i).filter((l) => /^\t/.test(l)).length;
      if (cellLines > (i - from) / 3) {
        end = i;
        break;
      }
    }
  }
  const body = [];
  for (let i = from; i < end; i++) if (i !== titleLine) body.push(i);
  const content = body.filter((i) => lines[i].trim() !== "");
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

function cell(text: string): string {
  return text.replace(/[\u3000\u00a0]/g, " ").trim();
}

function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return cells.slice(0, n);
}
