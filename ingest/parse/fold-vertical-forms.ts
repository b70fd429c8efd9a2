import { PERFORMANCE_FORM } from "../domain/indicator-values.js";
import { ATTACHMENT_TITLE } from "./find-table-starts.js";

/**
 * Some text exports print an attachment form (绩效自评表 …) one cell per line: each cell on a line
 * of its own after a tab, a row's cells together, rows apart after a blank line, and a cell's text
 * wrapped onto untabbed lines ("年度预" / "算申请" / "（万元）"), merged cells left empty. Such a form
 * is folded back into one tab-separated line per row, as other exports print it: the row stands
 * on its first line and its other lines become blank, so every line keeps its number (citations).
 */
export function foldVerticalForms(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (
      !PERFORMANCE_FORM.test(lines[i]) ||
      !ATTACHMENT_TITLE.test(lines[i].trim()) ||
      !isVertical(lines, i + 1)
    )
      continue;
    const { rows, end } = readRows(lines, i + 1);
    writeRows(out, align(mergeLabels(rows)), i + 1, end);
    i = end - 1;
  }
  return out;
}

interface Row {
  line: number;
  cells: string[];
}

/** Lines a vertical form is judged by, after its title. */
const LOOKAHEAD = 40;
/** One-cell lines a vertical form has at least in that many lines (other layouts have none). */
const MIN_CELL_LINES = 12;

const isCell = (line: string) => /^\t[^\t]*$/.test(line);
const isMultiCell = (line: string) => /\t.*\t/.test(line);

function isVertical(lines: string[], from: number): boolean {
  const window = lines.slice(from, from + LOOKAHEAD);
  return window.filter(isCell).length >= MIN_CELL_LINES && !window.some(isMultiCell);
}

/** Short untabbed text inside a form is a cell's wrapped text; anything longer ends the form. */
const MAX_WRAPPED = 10;
const FORM_END = /^(填表人|附件|说明|注[:：])/;

function readRows(lines: string[], from: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let gap = true;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" && !line.includes("\t")) {
      gap = true;
      continue;
    }
    if (isCell(line)) {
      if (gap || !rows.length) rows.push({ line: i, cells: [] });
      rows[rows.length - 1].cells.push(clean(line));
      gap = false;
      continue;
    }
    const text = line.trim();
    if (isMultiCell(line) || !rows.length || text.length > MAX_WRAPPED || FORM_END.test(text)) break;
    if (ATTACHMENT_TITLE.test(text)) break;
    const cells = rows[rows.length - 1].cells;
    cells[cells.length - 1] += clean(line);
    gap = false;
  }
  return { rows, end: i };
}

const clean = (cell: string) =>
  cell
    .replace(/^\t/, "")
    .replace(/[\s\u3000]+/g, " ")
    .trim();

/**
 * A lone label printed apart from its row ("绩效指标" beside 一级指标 …, "效益指标（20分）" beside its
 * first indicator) heads the row after it, when both fit in the form's width.
 */
function mergeLabels(rows: Row[]): Row[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const out: Row[] = [];
  for (let r = 0; r < rows.length; r++) {
    const [row, next] = [rows[r], rows[r + 1]];
    const lone = row.cells.filter(Boolean).length === 1 && row.cells.at(-1) !== "";
    if (lone && next && row.cells.length + next.cells.length <= width) {
      out.push({ line: row.line, cells: [...row.cells, ...next.cells] });
      r++;
    } else out.push(row);
  }
  return out;
}

/** A label row ("项目支出名称 | 某项目", "主管部门 | … | 实施单位 | …"): a few words, no figures. */
const MAX_LABEL_CELLS = 4;
const isLabelRow = (row: Row) =>
  row.cells[0] !== "" && row.cells.length <= MAX_LABEL_CELLS && !row.cells.some((c) => /^[\d.,%]+$/.test(c));

/**
 * Merged cells print nothing: a short row's cells are its last columns (分值, 得分 …); a label row
 * starts at the left, as one-line exports print it (its words head the columns below them).
 */
function align(rows: Row[]): Row[] {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  return rows.map((row) => {
    const pad: string[] = Array(width - row.cells.length).fill("");
    return { ...row, cells: isLabelRow(row) ? [...row.cells, ...pad] : [...pad, ...row.cells] };
  });
}

function writeRows(out: string[], rows: Row[], from: number, end: number): void {
  for (let i = from; i < end; i++) out[i] = "";
  for (const row of rows) out[row.line] = row.cells.join("\t");
}
