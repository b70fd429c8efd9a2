import { cleanLabel } from "../text/normalize-text.js";
import type { DocKind } from "../schema.js";
import { META_LINE } from "./cut-rows.js";
import { namesCounts } from "../domain/indicator-values.js";
import { readTitleLine, templateOfTitle } from "./identify-table.js";

/** Where a table begins: its heading (title, label, marker or unit line) and what it says. */
export interface Start {
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

export const ATTACHMENT_TITLE =
  /(基础数据表|绩效自评表|绩效目标(?:填报|申报)?表|情况表|明细表|项目支出(?:预算)?表|^表\s*\d+[.．、].{2,40})(?:[（(](?:续|[^（）()]{2,24})[)）])?$/;
/** A title's closing qualifier ("…项目支出预算表（其他运转类、特定目标类项目）"), no sentence of its own. */
const TITLE_QUALIFIER = /[（(][^（）()]*[)）]$/;
const SENTENCE = /[，。；、]/;
export const AMOUNT_UNIT = /(?:金额)?单位\s*[:：]\s*(万元|千元|亿元|元)/;
/** The units a table of counts states ("单位：人"). */
const COUNT_TABLE_UNITS = ["人", "个", "辆", "台", "套", "名", "人次"] as const;
/**
 * "单位：人" alone on its line, or closing the sentence that introduces the table ("…实有人数情况如下表
 * （单位：人）："): a title-less table of counts (the bodies' staff, their vehicles) follows.
 */
export const COUNT_UNIT = new RegExp(
  `(?:^|[如见]下表?[（(])单位\\s*[:：]\\s*(${COUNT_TABLE_UNITS.join("|")})(?:[)）][:：]?)?$`,
);

/** Is a table's stated unit one of counts (its cells are no amounts of money)? */
export function isCountUnit(unit: string | undefined): boolean {
  return (COUNT_TABLE_UNITS as readonly (string | undefined)[]).includes(unit);
}

/**
 * The headings that begin tables, in document order: a standard table's title (wrapped over two
 * lines or not, with or without a label), a label or 公开NN表 marker on its own line (joined to
 * the title above it), a unit line heading an untitled table, an attachment table's title.
 */
export function findStarts(lines: string[], kind?: DocKind): Start[] {
  const starts: Start[] = [];
  const labelsAbove = new Map<number, { label: string; number?: string }>();
  for (let i = 0; i < lines.length; i++) {
    const text = cleanLabel(lines[i]);
    if (!text || text.length > 60 || /[…]{2}|\.{4}/.test(text)) continue;
    const heading = readTitleLine(lines[i]);
    // A marker inside a sentence ("公开07表、公开08表无数据") mentions a table, it does not head one
    // (a sentence introducing a table of counts, "…情况如下表（单位：人）：", heads one: see below).
    if (SENTENCE.test(heading.title.replace(TITLE_QUALIFIER, "")) && !COUNT_UNIT.test(text)) continue;
    if (heading.label && !heading.title) {
      // "表一", "附表3", "公开01表" alone name a table; "（一）", "1." alone number a heading.
      // Right above a title ("附表1" / "…部门收支总体情况表"), the label is that title's.
      const below = nextContentLine(lines, i, 2);
      if (/表/.test(heading.label) && below >= 0 && titleBelowLabel(lines[below]))
        labelsAbove.set(below, { label: heading.label, number: heading.number });
      else if (/表/.test(heading.label)) onLabel(lines, starts, i, heading.label, heading.number, kind);
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
    // Any title right below a table's label ("附表11" / "…政府采购预算表") heads its table, standard or
    // not (its header says which).
    if (labelsAbove.has(i) && !ATTACHMENT_TITLE.test(text) && headsTable(lines, i)) {
      starts.push({
        line: i,
        titleLine: i,
        title: heading.title,
        marker: false,
        attachment: false,
      });
      continue;
    }
    // A table without a title still states its amount unit: "单位：元", "编制部门：…  单位：元".
    const prev = starts[starts.length - 1];
    const ownHeading = prev && (i - prev.line <= 8 || onlyFiller(lines, prev.line + 1, i));
    const unitLine = (AMOUNT_UNIT.test(text) && META_LINE.test(text)) || COUNT_UNIT.test(text);
    if (unitLine && !ownHeading && headsTable(lines, i)) {
      starts.push({ line: i, titleLine: i, title: "", marker: false, attachment: false });
      continue;
    }
    // A table of the bodies' staff printed with neither title nor unit: its header line names the
    // bodies and columns of counts ("单位名称 | 单位性质 | 编制数（人） | 实有人数（人）").
    // (No heading line: the table begins at its header, the rows are cut from there.)
    if (i > 0 && !ownHeading && countsHeader(lines[i])) {
      starts.push({ line: i - 1, titleLine: i, title: "", marker: false, attachment: false });
      continue;
    }
    if (
      ATTACHMENT_TITLE.test(text) &&
      !SENTENCE.test(text.replace(TITLE_QUALIFIER, "")) &&
      !/^(附件|[-•]|\d+[.．、]\s*\d{4})/.test(text)
    )
      starts.push({ line: i, titleLine: i, title: text, marker: false, attachment: true });
  }
  return starts.map(({ template, ...s }) => {
    const above = s.label ? undefined : labelsAbove.get(s.titleLine);
    const label = above ? { label: above.label, number: s.number ?? above.number } : {};
    return { ...s, ...label, ...(template ? { template } : {}) };
  });
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
    // "附表10  项目支出表" next: another entry of a table of contents, not header cells.
    if (labelledTitle(raw)) return false;
    if (META_LINE.test(t) || /\S\s*\t\s*\S/.test(raw.trim())) return true;
    if (/\S {2,}\S/.test(raw.trim()) && !/[。；]$/.test(t) && !/…{2}|\.{4}/.test(t)) return true;
  }
  return false;
}

/** A title without a label of its own, a table's ("…部门收支总体情况表", "…项目支出表（续）"). */
function titleBelowLabel(raw: string): boolean {
  const heading = readTitleLine(raw);
  return !heading.label && !SENTENCE.test(heading.title) && /表(?:[（(]续[)）])?$/.test(heading.title);
}

/**
 * A table's label and title on one line ("附表3  部门支出总体情况表"): a heading, or a contents entry,
 * also as a cell of a contents table ("2 | 表二 部门收入总表 | 备注").
 */
function labelledTitle(raw: string): boolean {
  return raw.split("\t").some((cell) => {
    const heading = readTitleLine(cell);
    return !!heading.label && /表/.test(heading.label) && /表$/.test(heading.title);
  });
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

/** A header line of bodies and their counts: a 单位名称 cell and a column counted in people or things. */
function countsHeader(raw: string): boolean {
  const cells = raw.split("\t").map(cleanLabel);
  return (
    cells.length >= 3 &&
    cells.some((cell) => /^(?:单位|部门|机构)名称$/.test(cell)) &&
    cells.some(namesCounts)
  );
}
