import { cleanLabel } from "../text/normalize-text.js";
import { isSubjectCode, parseCell } from "../text/parse-amount.js";
import type { ParsedTable, TableColumn, TableRow } from "../schema.js";
import { nameOverflowMoved, unshiftNumbers } from "./shifted-numbers.js";
import type { RawRow, TableRegion } from "./find-tables.js";
import { inheritClassCodes, joinWrappedNames, rowKey } from "./row-keys.js";
import { ITEM_HEADER } from "../domain/project-tables.js";
import { isCountUnit } from "./find-table-starts.js";
import { subtotalHeadsNested } from "./subtotal-heads.js";
import { namesCounts } from "../domain/indicator-values.js";

/** The header of the bodies' own codes in a table listed by body ("单位编码"). */
const UNIT_CODE_HEADER = /^单位(?:编码|代码)$/;

/** Header cells that name row keys rather than amounts. */
const KEY_HEADER =
  /^(项目|科目代码|科目编码|.*分类科目编码|.*科目编码|.*科目名称|编码|单位编码|单位代码|行次|栏次|序号|项目名称|名称|类|款|项)$/;

interface Span {
  text: string;
  from: number;
  to: number;
}

/**
 * Turn the rows of a table region into columns with header paths, side-by-side column groups
 * and labelled rows. Works on both converter layouts: in the tab layout header spans are
 * positional (a cell spans the empty cells after it); in the one-cell-per-line layout empty
 * cells are often dropped, so spans are inferred from counts.
 */
export function parseTable(
  region: TableRegion,
  ctx: { docId: string; id: string; section: string[]; amountUnit: string },
): ParsedTable {
  const split = splitHeader(region.rows, isCountUnit(region.amountUnit) || namesCountColumns(region.rows));
  const header = split.header;
  const body = region.layout === "tabs" ? fitToHeader(split.body, header) : split.body;
  const width = Math.max(1, ...[...header, ...body].map((r) => r.cells.length));
  const keyCols = keyColumns(header, body, width, region.layout);
  const groups = splitGroups(width, keyCols);
  const { titleRow, pathRows } = classifyHeaderRows(header, groups, width, region.layout);

  const columns: TableColumn[] = [];
  groups.forEach((g, gi) => {
    const valueCols = range(g.from, g.to).filter((c) => !keyCols.has(c));
    const paths = subtotalHeadsNested(columnPaths(pathRows, valueCols, width, region.layout, g));
    valueCols.forEach((c, k) => columns.push({ index: c, path: paths[k], group: gi, segment: 0 }));
  });
  const groupTitles = groups.map((g, gi) => groupTitle(titleRow, g, gi, groups.length, region.layout));

  const keyRow = header.reduce<RawRow | undefined>(
    (best, r) =>
      r.cells.filter(isKeyHeader).length > (best?.cells.filter(isKeyHeader).length ?? 0) ? r : best,
    undefined,
  );
  const rows: TableRow[] = [];
  let segment = 0;
  body.forEach((raw, i) => {
    const cells = nameOverflowMoved(
      isTotalsPairRow(raw.cells, groups, keyCols)
        ? relayPairs(raw.cells, groups, keyCols, width)
        : alignRow(raw.cells, width, keyCols, groups.length, region.layout),
      keyCols,
    );
    if (!region.number && i > 0 && isRestatedHeader(cells)) {
      segment++;
      const g = { from: 0, to: width };
      const valueCols = range(1, width);
      const spans = spansOf({ line: raw.line, cells }, width, valueCols, region.layout, g);
      for (const s of spans) columns.push({ index: s.from, path: [s.text], group: 0, segment });
      rows.push({
        line: raw.line + 1,
        segment,
        header: true,
        cells,
        keys: [{ name: cleanLabel(cells[0] ?? "") }],
      });
      return;
    }
    const keys = groups.map((g) => rowKey(cells, g, keyCols, keyRow, region.number));
    rows.push({ line: raw.line + 1, segment, cells, keys });
  });
  inheritClassCodes(rows);
  const aligned = unshiftNumbers(joinWrappedNames(rows), columns);

  return {
    id: ctx.id,
    docId: ctx.docId,
    number: region.number,
    ...(region.template ? { template: region.template } : {}),
    ...(region.label ? { label: region.label } : {}),
    title: region.title,
    amountUnit: region.amountUnit ?? ctx.amountUnit,
    lines: [region.start + 1, region.end],
    section: ctx.section,
    layout: region.layout,
    groups: groups.map((g, gi) => ({
      title: groupTitles[gi],
      keyColumns: range(g.from, g.to).filter((c) => keyCols.has(c)),
    })),
    columns,
    rows: aligned,
    ...(header[0] && parseCell(header[0].cells[0] ?? "").kind === "text" && !isKeyHeader(header[0].cells[0])
      ? { headerLabel: cleanLabel(header[0].cells[0]) }
      : {}),
    note: region.note,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** How many cells a row uses (its trailing empty cells are no columns). */
function usedLength(cells: string[]): number {
  let n = cells.length;
  while (n > 0 && !cells[n - 1].trim()) n--;
  return n;
}

/**
 * A tab row one cell wider than the fullest header row, with an empty cell right after its label
 * (a label merged over two columns, "年度资金总额\t\t18\t28\t28"): that cell is dropped, so the
 * amounts sit under the columns that head them.
 */
function fitToHeader(body: RawRow[], header: RawRow[]): RawRow[] {
  const fullest = header.reduce((best, row) => Math.max(best, usedLength(row.cells)), 0);
  if (!fullest) return body;
  return body.map((row) => {
    const used = usedLength(row.cells);
    if (used !== fullest + 1) return row;
    const label = row.cells.findIndex((cell) => parseCell(cell).kind === "text" && !!cleanLabel(cell));
    const next = row.cells[label + 1] ?? "";
    const after = row.cells[label + 2] ?? "";
    if (label < 0 || next.trim() || parseCell(after).kind !== "number") return row;
    return { ...row, cells: [...row.cells.slice(0, label + 1), ...row.cells.slice(label + 2)] };
  });
}

/** Whether a header row's cells sit at their column positions. */
function isAligned(row: RawRow, width: number, layout: TableRegion["layout"]): boolean {
  return layout === "tabs" || row.cells.length >= width;
}

function isKeyHeader(text: string): boolean {
  return KEY_HEADER.test(cleanLabel(text)) || ITEM_HEADER.test(cleanLabel(text));
}

/** 栏次 rows ("栏次 1 2 3", or bare "1 2 … 12") close the header; otherwise the first row with amounts does. */
function splitHeader(rows: RawRow[], counts = false): { header: RawRow[]; body: RawRow[] } {
  const serial = rows.findIndex((r, i) => i < 8 && isSerialRow(r.cells));
  if (serial >= 0) return { header: rows.slice(0, serial), body: rows.slice(serial + 1) };
  const first = rows.findIndex((r) => isDataRow(r.cells) || (counts && isCountRow(r.cells)));
  if (first <= 0) return { header: [], body: rows };
  return { header: rows.slice(0, first), body: rows.slice(first) };
}

function isSerialRow(cells: string[]): boolean {
  const label = cleanLabel(cells[0] ?? "");
  if (/^栏次$/.test(label)) return true;
  // " | 栏次 | 1 | 2 | 3": the label under a code column left blank.
  const nums = cells
    .map(cleanLabel)
    .filter(Boolean)
    .filter((text, i) => !(i === 0 && text === "栏次"));
  return nums.length >= 3 && nums.every((n, i) => n === String(i + 1));
}

/** A header among the first rows naming columns of counts ("编制数（名）", "实有人数（人）"). */
function namesCountColumns(rows: RawRow[]): boolean {
  return rows.slice(0, 3).some((row) => row.cells.some(namesCounts));
}

/** A table of counts ("单位：人"): a row naming something, then whole numbers ("<某学校> … <编制数> <实有数>"). */
function isCountRow(cells: string[]): boolean {
  const named = cells.findIndex((c) => parseCell(c).kind === "text" && !/^\d+$/.test(cleanLabel(c)));
  return named >= 0 && cells.slice(named + 1).some((c) => /^\d+$/.test(cleanLabel(c)));
}

function isDataRow(cells: string[]): boolean {
  const first = cleanLabel(cells[0] ?? "");
  if (isSubjectCode(first)) return true;
  // "合计" also heads a column in multi-row headers (table 09's 合计 / 因公出国（境）费 / …).
  if (/^(合计|总计)$/.test(first)) return cells.slice(1).every((c) => parseCell(c).kind !== "text");
  // " | 合计 | <amounts>": the total under a code column left blank, its amounts whole numbers of 元.
  if (
    !first &&
    /^(合计|总计)$/.test(cleanLabel(cells[1] ?? "")) &&
    cells.slice(2).some((c) => /^\d+(?:\.\d+)?$/.test(cleanLabel(c)))
  )
    return true;
  // Amounts in 元 are often whole numbers, printed with thousands separators ("9,501,164").
  return cells.some((c) => /\d\.\d|\d%$|^\d{1,3}(?:,\d{3})+$/.test(c.replace(/\s/g, "")));
}

function keyColumns(
  header: RawRow[],
  body: RawRow[],
  width: number,
  layout: TableRegion["layout"],
): Set<number> {
  const keys = new Set<number>();
  for (const row of header) {
    if (!isAligned(row, width, layout)) continue;
    row.cells.forEach((c, i) => {
      if (!isKeyHeader(c)) return;
      keys.add(i);
      // "项目" spans the code and name columns below it.
      for (let j = i + 1; j < width && (row.cells[j] ?? "") === "" && /^项目$/.test(cleanLabel(c)); j++) {
        if (header.some((h) => isKeyHeader(h.cells[j] ?? ""))) keys.add(j);
        else if (
          body.some((b) => isSubjectCode(b.cells[j] ?? "")) ||
          body.some((b) => isSubjectCode(b.cells[i] ?? ""))
        )
          keys.add(j);
      }
    });
  }
  const textShare = (c: number) =>
    body.filter((b) => parseCell(b.cells[c] ?? "").kind === "text").length / body.length;
  // "序号 | 单位名称 | 单位性质 | 编制数": a serial column is no row's name; the names are in the column
  // after it.
  const serialOnly =
    keys.size > 0 &&
    [...keys].every((c) => header.some((h) => /^(?:序号|行次)$/.test(cleanLabel(h.cells[c] ?? ""))));
  if (serialOnly && body.length > 0 && textShare(Math.max(...keys) + 1) >= 0.5)
    keys.add(Math.max(...keys) + 1);
  // "单位编码 | 单位名称 | 合计 …" (a table by body): the bodies' names beside their codes name the rows.
  const codeOfBody = [...keys].find((c) =>
    header.some((h) => UNIT_CODE_HEADER.test(cleanLabel(h.cells[c] ?? ""))),
  );
  if (codeOfBody !== undefined && body.length > 0 && textShare(codeOfBody + 1) >= 0.5)
    keys.add(codeOfBody + 1);
  // Tables without aligned key headers (attachments, broken headers) still label rows in the
  // leading columns: a 序号 column of small integers and/or a column of names.
  if (keys.size === 0 && body.length > 0) {
    const serial =
      body.filter((b) => /^\d{1,2}$/.test(cleanLabel(b.cells[0] ?? ""))).length >= body.length / 2;
    if (serial && textShare(1) >= 0.5) {
      keys.add(0);
      keys.add(1);
    } else if (textShare(0) >= 0.5) keys.add(0);
  }
  return keys;
}

export interface Group {
  from: number;
  to: number;
}

/** A new group starts where a key column follows a value column (table 01's spending side, table 06's three groups). */
function splitGroups(width: number, keys: Set<number>): Group[] {
  const groups: Group[] = [];
  let from = 0;
  let seenValue = false;
  for (let c = 0; c < width; c++) {
    if (keys.has(c) && seenValue) {
      groups.push({ from, to: c });
      from = c;
      seenValue = false;
    }
    if (!keys.has(c)) seenValue = true;
  }
  groups.push({ from, to: width });
  return groups;
}

function classifyHeaderRows(
  header: RawRow[],
  groups: Group[],
  width: number,
  layout: TableRegion["layout"],
): { titleRow?: RawRow; pathRows: RawRow[] } {
  if (groups.length < 2)
    return { pathRows: header.filter((r) => !r.cells.every((c) => c === "" || isKeyHeader(c))) };
  const starts = new Set(groups.map((g) => g.from));
  const titleIdx = header.findIndex((r) => {
    const filled = r.cells.map((c, i) => [c, i] as const).filter(([c]) => c !== "");
    if (filled.some(([c]) => isKeyHeader(c))) return false;
    return isAligned(r, width, layout)
      ? filled.every(([, i]) => starts.has(i))
      : filled.length === groups.length;
  });
  const pathRows = header.filter(
    (r, i) => i !== titleIdx && !r.cells.every((c) => c === "" || isKeyHeader(c)),
  );
  return { titleRow: titleIdx >= 0 ? header[titleIdx] : undefined, pathRows };
}

function groupTitle(
  row: RawRow | undefined,
  g: Group,
  gi: number,
  count: number,
  layout: TableRegion["layout"],
): string | undefined {
  if (!row) return undefined;
  const filled = row.cells.map((c, i) => ({ c: cleanLabel(c), i })).filter((x) => x.c);
  if (layout !== "tabs" && filled.length === count) return filled[gi].c;
  const covering = filled.filter((x) => x.i <= g.from).pop();
  return covering?.c;
}

/** Spans of one header row: a cell covers the empty cells after it, within its parent's span. */
function spansOf(
  row: RawRow,
  width: number,
  valueCols: number[],
  layout: TableRegion["layout"],
  bounds: Group,
): Span[] {
  if (isAligned(row, width, layout)) {
    const spans: Span[] = [];
    row.cells.forEach((c, i) => {
      if (i < bounds.from || i >= bounds.to || !c || isKeyHeader(c)) return;
      // "支出功能分类 | | | 科目名称": the upper half of a key header broken over two lines heads
      // the key columns, not the amounts after them.
      if (!valueCols.includes(i) && isKeyHeader(row.cells.slice(i + 1).find((n) => n !== "") ?? "")) return;
      spans.push({ text: cleanLabel(c), from: i, to: bounds.to });
      if (spans.length > 1) spans[spans.length - 2].to = i;
    });
    return spans;
  }
  // Unaligned: map value headers one-to-one onto value columns, or one header over all of them.
  const texts = row.cells.filter((c) => c && !isKeyHeader(c)).map(cleanLabel);
  if (texts.length === 1)
    return [{ text: texts[0], from: valueCols[0], to: valueCols[valueCols.length - 1] + 1 }];
  return texts
    .slice(0, valueCols.length)
    .map((text, k) => ({ text, from: valueCols[k], to: valueCols[k] + 1 }));
}

/** A header line that carries on the words above it: it starts with a joining word. */
const WRAPPED_ON = /^(?:和|及|与|、)/;

function columnPaths(
  rows: RawRow[],
  valueCols: number[],
  width: number,
  layout: TableRegion["layout"],
  g: Group,
): string[][] {
  const paths = valueCols.map(() => [] as string[]);
  let parents: Span[] = [{ text: "", from: g.from, to: g.to }];
  for (const row of rows) {
    const spans = spacedWordsJoined(spansOf(row, width, valueCols, layout, g));
    if (spans.length === 0) continue;
    // A child never extends past its parent's span.
    for (const s of spans) {
      const parent = parents.find((p) => s.from >= p.from && s.from < p.to);
      if (parent) s.to = Math.min(s.to, parent.to);
    }
    valueCols.forEach((c, k) => {
      const s = spans.find((sp) => c >= sp.from && c < sp.to);
      const last = paths[k].length - 1;
      // "年初结转" over "和结余": one header wrapped in its cell, not a column under another.
      if (s && last >= 0 && WRAPPED_ON.test(s.text)) paths[k][last] += s.text;
      else if (s && paths[k][last] !== s.text) paths[k].push(s.text);
    });
    parents = spans;
  }
  return paths.map((p, k) => (p.length ? p : [`第${valueCols[k] + 1}列`]));
}

/**
 * A group title spaced out over a wide table ("支  出") falls into several columns one
 * character each: those characters side by side are one title over all their columns.
 */
function spacedWordsJoined(spans: Span[]): Span[] {
  const single = (s: Span) => /^[\u4e00-\u9fa5]$/.test(s.text);
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    let j = i;
    while (
      j + 1 < spans.length &&
      single(spans[j]) &&
      single(spans[j + 1]) &&
      spans[j + 1].from <= spans[j].to
    )
      j++;
    if (j === i) {
      out.push(spans[i]);
      continue;
    }
    const run = spans.slice(i, j + 1);
    out.push({ text: run.map((s) => s.text).join(""), from: run[0].from, to: run[run.length - 1].to });
    i = j;
  }
  return out;
}

/** Attachment tables restate headers mid-table ("经费控制情况（万元） 2023年决算数 2024年预算数 …"). */
function isRestatedHeader(cells: string[]): boolean {
  const filled = cells.map(cleanLabel).filter(Boolean);
  if (filled.length < 3 || parseCell(cells[0] ?? "").kind !== "text") return false;
  const texts = filled.slice(1).filter((c) => parseCell(c).kind === "text");
  return (
    texts.length >= 2 &&
    texts.length === filled.length - 1 &&
    texts.some((t) => /数|率|值|额|金额|分/.test(t))
  );
}

/** Table 06 ends with "人员经费合计 … 1,845.20 公用经费合计 … 1,120.35": labels and amounts, no codes. */
function isTotalsPairRow(cells: string[], groups: Group[], keys: Set<number>): boolean {
  const labels = cells.map((c, i) => ({ c: cleanLabel(c), i })).filter(({ c }) => /合计$/.test(c));
  if (labels.length < 2 || cells.some((c) => isSubjectCode(cleanLabel(c)))) return false;
  // Only when some label's amount is not in its own group's value columns.
  return labels.some(({ i }) => {
    const g = groups.find((gr) => i >= gr.from && i < gr.to);
    return (
      !g || !range(g.from, g.to).some((k) => !keys.has(k) && parseCell(cells[k] ?? "").kind === "number")
    );
  });
}

/** Put each (label, amount) pair into its own group's name and first value column. */
function relayPairs(cells: string[], groups: Group[], keys: Set<number>, width: number): string[] {
  const out: string[] = Array.from({ length: width }, () => "");
  let g = -1;
  for (const raw of cells) {
    const c = cleanLabel(raw);
    if (!c) continue;
    if (parseCell(c).kind === "text") {
      g++;
      const group = groups[Math.min(g, groups.length - 1)];
      const nameCol =
        range(group.from, group.to)
          .filter((k) => keys.has(k))
          .pop() ?? group.from;
      out[nameCol] = c;
    } else if (g >= 0) {
      const group = groups[Math.min(g, groups.length - 1)];
      const valueCol = range(group.from, group.to).find((k) => !keys.has(k));
      if (valueCol !== undefined && out[valueCol] === "") out[valueCol] = raw;
    }
  }
  return out;
}

/** Cell-per-line rows drop the empty name cell of "合计"; put it back so values line up. */
function alignRow(
  cells: string[],
  width: number,
  keys: Set<number>,
  groupCount: number,
  layout: TableRegion["layout"],
): string[] {
  const padded = [...cells];
  // Tab rows keep their positions (only trailing empty cells were dropped).
  if (
    layout === "cell-per-line" &&
    groupCount === 1 &&
    keys.has(0) &&
    keys.has(1) &&
    cells.length === width - 1 &&
    !isSubjectCode(cells[0] ?? "")
  ) {
    padded.splice(1, 0, "");
  }
  while (padded.length < width) padded.push("");
  return padded;
}
