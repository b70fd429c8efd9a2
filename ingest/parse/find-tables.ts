import { TEMPLATE_BY_ID } from "../domain/table-templates.js";
import { cleanLabel } from "../text/normalize-text.js";
import type { DocKind } from "../schema.js";
import { cutRows, META_LINE, type RawRow, type RegionLayout } from "./cut-rows.js";
import { readTitleLine, templateOfHeader, templateOfTitle } from "./identify-table.js";

export type { RawRow } from "./cut-rows.js";

export interface TableRegion {
  /** Standard table number ("01".."09"): the template's, else a 公开NN表 marker's. */
  number?: string;
  /** Canonical id of the standard table (domain/table-templates.ts), when recognised. */
  template?: string;
  /** The label as printed ("公开01表", "表一", "2.15", "附表3"). */
  label?: string;
  title: string;
  /** 0-based, inclusive start (the title) and exclusive end. */
  start: number;
  end: number;
  layout: RegionLayout;
  amountUnit?: string;
  rows: RawRow[];
  note?: string;
}

interface Start {
  /** Last line of the heading (title, label or marker); rows begin after it. */
  line: number;
  /** First line of the title. */
  titleLine: number;
  title: string;
  label?: string;
  /** From a 公开NN表 marker. */
  number?: string;
  template?: string;
  /** Standard tables keep their region even when they hold no rows (empty tables). */
  marker: boolean;
  attachment: boolean;
}

const ATTACHMENT_TITLE = /(基础数据表|绩效自评表|情况表|明细表|^表\s*\d+[.．、].{2,40})$/;
const SENTENCE = /[，。；、]/;
const AMOUNT_UNIT = /(?:金额)?单位\s*[:：]\s*(万元|千元|亿元|元)/;

/**
 * Locate the tables of a document and cut each into rows. A table is found by what it is: a
 * standard table by its title (any edition, year, label or none) or its 公开NN表 marker,
 * attachment tables (基础数据表, 自评表, 表1.…) by their titles; a table whose title is missing
 * or odd is identified by its header.
 */
export function findTables(lines: string[], options: { kind?: DocKind } = {}): TableRegion[] {
  const starts = findStarts(lines, options.kind);
  const regions: TableRegion[] = [];
  starts.forEach((s, k) => {
    const hardEnd = k + 1 < starts.length ? starts[k + 1].titleLine : lines.length;
    const skip = new Set<number>();
    for (let i = s.titleLine; i <= s.line; i++) skip.add(i);
    const { rows, end, note, layout } = cutRows(lines, s.line + 1, hardEnd, skip);
    if (rows.length === 0 && !s.marker) return;
    if (rows.length < 2 && !s.number && !s.template) return;
    const template = s.template
      ? TEMPLATE_BY_ID.get(s.template)
      : s.attachment || !rows.length
        ? undefined
        : headerTemplate(rows, options.kind);
    const start = unitLineAbove(lines, s.titleLine);
    const amountUnit = amountUnitOf(lines, start, end);
    regions.push({
      number: template?.number ?? s.number,
      ...(template ? { template: template.id } : {}),
      ...(s.label ? { label: s.label } : {}),
      title: s.title || template?.title || s.label || "",
      start,
      end,
      layout,
      amountUnit,
      rows,
      note,
    });
  });
  return regions;
}

function findStarts(lines: string[], kind?: DocKind): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = cleanLabel(lines[i]);
    if (!text || text.length > 60 || /[…]{2}|\.{4}/.test(text)) continue;
    const heading = readTitleLine(lines[i]);
    // A marker inside a sentence ("公开07表、公开08表无数据") mentions a table, it does not head one.
    if (SENTENCE.test(heading.title)) continue;
    if (heading.label && !heading.title) {
      onLabel(lines, starts, i, heading.label, heading.number, kind);
      continue;
    }
    if (heading.number) {
      // "收入支出决算总表 公开01表": title and marker on one line.
      const template = templateOfTitle(heading.title, kind);
      starts.push({
        line: i,
        titleLine: i,
        title: heading.title,
        label: heading.label,
        number: heading.number,
        template: template?.id,
        marker: true,
        attachment: false,
      });
      continue;
    }
    const title = titleAt(lines, i, kind);
    if (title && headsTable(lines, title.line)) {
      starts.push({ ...title, marker: false, attachment: false });
      i = title.line;
      continue;
    }
    // A table without a title still states its amount unit: "单位：元", "编制部门：…  单位：元".
    const prev = starts[starts.length - 1];
    const ownHeading = prev && (i - prev.line <= 8 || onlyFiller(lines, prev.line + 1, i));
    if (AMOUNT_UNIT.test(text) && META_LINE.test(text) && !ownHeading && headsTable(lines, i)) {
      starts.push({ line: i, titleLine: i, title: "", marker: false, attachment: false });
      continue;
    }
    if (ATTACHMENT_TITLE.test(text) && !SENTENCE.test(text) && !/^(附件|[-•]|\d+[.．、]\s*\d{4})/.test(text))
      starts.push({ line: i, titleLine: i, title: text, marker: false, attachment: true });
  }
  return starts.map(({ template, ...s }) => ({ ...s, ...(template ? { template } : {}) }));
}

/** A standard table's title on this line, or over this line and the next (a wrapped title). */
function titleAt(
  lines: string[],
  i: number,
  kind?: DocKind,
): Omit<Start, "marker" | "attachment"> | undefined {
  const heading = readTitleLine(lines[i]);
  const template = templateOfTitle(heading.title, kind);
  if (template)
    return { line: i, titleLine: i, title: heading.title, label: heading.label, template: template.id };
  // Only a short heading without figures continues on the next line.
  if (heading.title.length > 30 || /\d/.test(heading.title.replace(/20\d{2}年度?/g, ""))) return undefined;
  const next = nextContentLine(lines, i, 2);
  if (next < 0 || !/表$/.test(cleanLabel(lines[next]))) return undefined;
  if (templateOfTitle(readTitleLine(lines[next]).title, kind)) return undefined;
  const tail = cleanLabel(lines[next]);
  if (tail.length > 30 || SENTENCE.test(tail)) return undefined;
  const joined = `${heading.title}${tail}`;
  const wrapped = templateOfTitle(joined, kind);
  return wrapped
    ? { line: next, titleLine: i, title: joined, label: heading.label, template: wrapped.id }
    : undefined;
}

/**
 * A label on its own line ("公开 01 表", "表一", "附表3", "部门：…  公开05表"): it belongs to the
 * title just above it, or heads a table whose title is a few lines above (or missing).
 */
function onLabel(
  lines: string[],
  starts: Start[],
  i: number,
  label: string,
  number: string | undefined,
  kind?: DocKind,
): void {
  const prev = starts[starts.length - 1];
  if (prev && !prev.label && !prev.attachment && i - prev.line <= 14 && onlyFiller(lines, prev.line + 1, i)) {
    prev.label = label;
    prev.number ??= number;
    prev.marker ||= !!number;
    prev.line = i;
    return;
  }
  const titleLine = findTitleAbove(lines, i);
  const title = titleLine >= 0 ? readTitleLine(lines[titleLine]).title : "";
  const template = title ? templateOfTitle(title, kind) : undefined;
  starts.push({
    line: i,
    titleLine: titleLine >= 0 ? titleLine : i,
    title,
    label,
    number,
    template: template?.id,
    marker: !!number,
    attachment: false,
  });
}

/**
 * A title heads a table when its heading block follows: a unit or label line, or header cells
 * (tab-separated or space-aligned) within the next few lines. A table of contents entry or a
 * sentence naming the table is followed by other headings or prose.
 */
function headsTable(lines: string[], titleEnd: number): boolean {
  let seen = 0;
  for (let j = titleEnd + 1; j < lines.length && seen < 6; j++) {
    const raw = lines[j];
    const t = cleanLabel(raw);
    if (!t) continue;
    seen++;
    if (META_LINE.test(t) || /\S\s*\t\s*\S/.test(raw.trim())) return true;
    if (/\S {2,}\S/.test(raw.trim()) && !/[。；]$/.test(t) && !/…{2}|\.{4}/.test(t)) return true;
  }
  return false;
}

/** Blank lines, filler cells and heading metadata only: nothing that belongs to a table body. */
function onlyFiller(lines: string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = cleanLabel(lines[j]);
    if (t && !META_LINE.test(t)) return false;
  }
  return true;
}

/** The title sits a few lines above a label, between blank or filler cells. */
function findTitleAbove(lines: string[], label: number): number {
  for (let j = label - 1; j >= Math.max(0, label - 14); j--) {
    const t = cleanLabel(lines[j]);
    if (/表$/.test(t) && !readTitleLine(lines[j]).number && t.length <= 40) return j;
    if (t && !META_LINE.test(t) && /\d/.test(t)) return -1;
  }
  return -1;
}

function nextContentLine(lines: string[], i: number, within: number): number {
  for (let j = i + 1; j < lines.length && j <= i + within; j++) if (lines[j].trim()) return j;
  return -1;
}

/** The header rows (before the first row with amounts) name the table when its title does not. */
function headerTemplate(rows: RawRow[], kind?: DocKind) {
  const first = rows.findIndex((r) => r.cells.some((c) => /\d\.\d|^\d{3,7}$/.test(c.replace(/[\s,]/g, ""))));
  const header = rows.slice(0, first < 0 ? Math.min(rows.length, 6) : first);
  return header.length ? templateOfHeader(header.flatMap((r) => r.cells).join(""), kind) : undefined;
}

/** "单位：万元" set just above the title belongs to the table. */
function unitLineAbove(lines: string[], titleLine: number): number {
  for (let j = titleLine - 1; j >= Math.max(0, titleLine - 2); j--) {
    const t = cleanLabel(lines[j]);
    if (!t) continue;
    return AMOUNT_UNIT.test(t) && META_LINE.test(t) ? j : titleLine;
  }
  return titleLine;
}

/** The amount unit the table states in its heading, wherever the line sits. */
function amountUnitOf(lines: string[], start: number, end: number): string | undefined {
  return AMOUNT_UNIT.exec(
    lines
      .slice(start, Math.min(end, start + 40))
      .map(cleanLabel)
      .join("\n"),
  )?.[1];
}
