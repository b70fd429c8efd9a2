import { TEMPLATE_BY_ID } from "../domain/table-templates.js";
import { cleanLabel } from "../text/normalize-text.js";
import { isPageNumber } from "../text/page-number.js";
import type { DocKind } from "../schema.js";
import { cutRows, META_LINE, type RawRow, type RegionLayout } from "./cut-rows.js";
import { AMOUNT_UNIT, COUNT_UNIT, findStarts } from "./find-table-starts.js";
import { templateOfHeader } from "./identify-table.js";
import { BODIES_TABLE_TITLE } from "../domain/project-tables.js";

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
      : s.attachment || !rows.length || BODIES_TABLE_TITLE.test(s.title ?? "")
        ? undefined
        : headerTemplate(rows, options.kind);
    // "附表5（续）" / "…情况表（续）": the rest of the table before it, its header repeated; also a
    // title-less heading marked so ("单位名称：…（续表）  单位：万元").
    const marked =
      !s.title &&
      (lines.slice(s.titleLine, s.line + 1).some((line) => CONTINUED_MARK.test(line)) ||
        continuedAbove(lines, s.titleLine));
    const continued = marked
      ? regions[regions.length - 1]
      : continues(regions[regions.length - 1], s.title, template?.id, s.label);
    if (continued) {
      continued.rows.push(...rows);
      continued.end = end;
      return;
    }
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

const CONTINUED = /[（(]续表?[)）]$|续表$/;
const CONTINUED_MARK = /[（(]续表?[)）]|续表/;

/** "续表" on a line of its own just above a repeated header (a page number may sit between). */
const CONTINUED_LINE = /^[（(]?续表?\d*[)）]?$/;

function continuedAbove(lines: string[], titleLine: number): boolean {
  const above = lines
    .slice(Math.max(0, titleLine - 3), titleLine)
    .map(cleanLabel)
    .filter((line) => line && !isPageNumber(line));
  return CONTINUED_LINE.test(above.at(-1) ?? "");
}

/** The region a continuation title carries on: the one before, of the same title or template. */
function continues(
  before: TableRegion | undefined,
  title: string,
  template?: string,
  label?: string,
): TableRegion | undefined {
  // "续表5" / "表5（续）" alone over a repeated header: the table of that label, carried on.
  if (before && label && before.label === label && (!title || title === before.title)) return before;
  if (!before || !CONTINUED.test(title)) return undefined;
  const core = title.replace(CONTINUED, "");
  return (template && before.template === template) || before.title === core ? before : undefined;
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
  const heading = lines.slice(start, Math.min(end, start + 40)).map(cleanLabel);
  // (A table of counts says "单位：人" on the line that starts it.)
  return AMOUNT_UNIT.exec(heading.join("\n"))?.[1] ?? COUNT_UNIT.exec(heading[0] ?? "")?.[1];
}
