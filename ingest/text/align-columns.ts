import { money, sum } from "../../lib/money.js";
import { parseCell } from "./parse-amount.js";
import {
  cellSpans,
  headerLabels,
  headerLevels,
  visualWidth,
  type Column,
  type Token,
} from "./align-header.js";

/**
 * Tables exported with `pdftotext -layout` (and similar "plain text" exports) separate columns
 * by runs of spaces instead of tabs, and the columns drift by a few characters where names of
 * different lengths precede them. Cut such lines into positional cells: tokens are split at runs
 * of two or more spaces (or a single space beside an amount), the columns are those of the line
 * with the most tokens, and every other line's tokens go to the columns they sit closest to, in
 * order.
 */

/** An amount that cannot be a label or an ordinal: decimals or thousands separators. */
const STRONG_AMOUNT = /^[-+]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;
const GLUED_CODE = /^(\d{3}(?:\d{2}){0,2})([\u4e00-\u9fa5].*)$/;

/** Whether the non-blank lines of a region are space-aligned columns rather than tabs or one cell per line. */
export function looksSpaceAligned(lines: string[]): boolean {
  const content = lines.filter((l) => l.trim() !== "");
  if (content.length < 2 || content.some((l) => l.includes("\t"))) return false;
  const aligned = content.filter((l) => tokensOf(l).length >= 2).length;
  return aligned >= 2 && aligned >= content.length * 0.4;
}

function tokensOf(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    let at = m.index ?? 0;
    const words = m[0].split(" ");
    let current: Token | undefined;
    for (const word of words) {
      const separate =
        !current || STRONG_AMOUNT.test(word) || STRONG_AMOUNT.test(current.text.split(" ").pop()!);
      if (separate) {
        if (current) out.push(current);
        current = { text: word, start: at, end: at + word.length };
      } else if (current) {
        current.text += ` ${word}`;
        current.end = at + word.length;
      }
      at += word.length + 1;
    }
    if (current) out.push(current);
  }
  return joinSpacedLabels(out).flatMap((t) => {
    const glued = GLUED_CODE.exec(t.text);
    if (!glued) return [t];
    const cut = t.start + glued[1].length;
    return [
      { text: glued[1], start: t.start, end: cut },
      { text: glued[2], start: cut, end: t.end },
    ];
  });
}

/**
 * Each line's tokens, placed where they sit: `pdftotext -layout` counts a CJK character as one
 * column, an export saved as text from a word processor (or typed in a monospace editor) as two.
 * The count that lines the amounts up (fewer distinct right edges) is the export's.
 */
function positioned(lines: string[]): Token[][] {
  const byCharacter = lines.map(tokensOf);
  const byWidth = lines.map((line, i) =>
    byCharacter[i].map((t) => {
      const start = visualWidth(line.slice(0, t.start));
      return { ...t, start, end: start + visualWidth(t.text) };
    }),
  );
  const [width, character] = [amountEdges(byWidth), amountEdges(byCharacter)];
  if (width !== character) return width < character ? byWidth : byCharacter;
  // A tie (rows that all start alike) is read as pdftotext places them, unless by display width
  // the labels over the amounts end where their amounts end, as a word processor right-aligns them.
  return labelsRightAligned(byWidth) ? byWidth : byCharacter;
}

/** Most labels of the header's last row end where an amount below them ends. */
function labelsRightAligned(rows: Token[][]): boolean {
  const first = rows.findIndex((row) => row.some((t) => STRONG_AMOUNT.test(t.text)));
  const labels = first > 0 ? rows[first - 1].filter((t) => /[\u4e00-\u9fa5]/.test(t.text)) : [];
  const ends = amountEnds(rows.slice(first));
  const over = labels.filter((t) => ends.some((end) => Math.abs(end - t.end) <= 1)).length;
  return labels.length >= 3 && over >= labels.length * 0.75;
}

/** Where the rows' amounts end. */
const amountEnds = (rows: Token[][]) =>
  rows.flatMap((row) => row.filter((t) => STRONG_AMOUNT.test(t.text)).map((t) => t.end));

/** How many different right edges the amounts have (right-aligned columns share theirs). */
const amountEdges = (rows: Token[][]) => new Set(amountEnds(rows)).size;

/** Labels a table spreads over its cell's width ("项    目", "合    计", "收  入  总  计"). */
const SPACED_LABELS = [
  "项目",
  "科目",
  "合计",
  "总计",
  "小计",
  "名称",
  "编码",
  "金额",
  "年度",
  "收入",
  "支出",
  "收入总计",
  "支出总计",
  "收支总计",
];

/** A run of single characters set apart that spells, or begins to spell, one of the labels. */
const spellsLabel = (text: string) => SPACED_LABELS.some((label) => label.startsWith(text));

/** "项" and "目" (or "收" "入" "总" "计") set apart to fill the cell are one label. */
function joinSpacedLabels(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && t.text.length === 1 && spellsLabel(last.text + t.text) && spellsLabel(last.text))
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    else out.push(t);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** How far a label sits from a column of amounts, over its distance: names go to name columns. */
const LABEL_IN_AMOUNTS = 40;

function distance(t: Token, c: Column): number {
  const misplaced = c.amounts && /[\u4e00-\u9fa5]/.test(t.text) ? LABEL_IN_AMOUNTS : 0;
  return Math.min(Math.abs(t.start - c.start), Math.abs(t.end - c.end)) + misplaced;
}

/** Tokens to columns, in order, with the least total distance (fewer tokens than columns). */
function assign(tokens: Token[], columns: Column[]): number[] {
  const m = tokens.length;
  const n = columns.length;
  const cost: number[][] = Array.from({ length: m + 1 }, () => Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => Array<number>(n + 1).fill(-1));
  cost[0].fill(0);
  for (let i = 1; i <= m; i++)
    for (let j = i; j <= n; j++) {
      // token i-1 at column j-1; the previous token sits in some column before it.
      let best = Infinity;
      let arg = -1;
      for (let k = i - 1; k < j; k++)
        if (cost[i - 1][k] < best) {
          best = cost[i - 1][k];
          arg = k;
        }
      cost[i][j] = best + distance(tokens[i - 1], columns[j - 1]);
      from[i][j] = arg;
    }
  let j = m;
  for (let k = m + 1; k <= n; k++) if (cost[m][k] < cost[m][j]) j = k;
  const out = Array<number>(m);
  for (let i = m; i >= 1; i--) {
    out[i - 1] = j - 1;
    j = from[i][j];
  }
  return out;
}

/** "栏次 1 2 3", or the column numbers alone. */
const isSerialRow = (row: Token[]) =>
  row[0]?.text === "栏次" || (row.length >= 3 && row.every((t, i) => t.text === String(i + 1)));

/** An amount, as opposed to a subject code part ("204", "06") or a label. */
const isAmountText = (text: string) => STRONG_AMOUNT.test(text) || /^(\d|\d{4,})$/.test(text);

const isDataRow = (row: Token[]) =>
  row.some((t) => STRONG_AMOUNT.test(t.text) || /^\d{3}(\d{2}){0,2}$/.test(t.text));

/**
 * The columns of amounts: where the data rows' tokens are mostly amounts. (Rows that fill every
 * column are few in a table with many empty cells; each row's tokens are placed first.)
 */
function valueColumns(data: Token[][], columns: Column[]): Set<number> {
  const texts = columns.map((): string[] => []);
  for (const row of data) {
    const at = row.length === columns.length ? row.map((_, k) => k) : assign(row, columns);
    row.forEach((t, i) => texts[at[i]].push(t.text));
  }
  return new Set(
    columns
      .map((_, k) => k)
      .filter((k) => !isCodeColumn(texts[k]))
      .filter((k) => texts[k].filter(isAmountText).length * 2 > texts[k].length),
  );
}

/** Subject codes (类 208, 款 20805, 项 2080501): whole numbers of 3, 5 or 7 digits, a 类 among them. */
const isCodeColumn = (texts: string[]) =>
  texts.length > 0 &&
  texts.every((text) => /^\d{3}(?:\d{2}){0,2}$/.test(text)) &&
  texts.some((text) => text.length === 3);

/**
 * Positional cells for a table's lines: every row gets as many cells as the table has columns.
 * Header lines (before the first row with figures) come back as one row per header level.
 */
export function alignColumns(lines: string[]): { line: number; cells: string[] }[] {
  const tokens = positioned(lines);
  const width = Math.max(0, ...tokens.map((t) => t.length));
  const data = tokens.filter(isDataRow);
  const full = (data.some((t) => t.length === width) ? data : tokens).filter((t) => t.length === width);
  const columns: Column[] = Array.from({ length: width }, (_, k) => ({
    start: median(full.map((t) => t[k].start)),
    end: median(full.map((t) => t[k].end)),
    reach: median(full.map((t) => t[k].start + visualWidth(t[k].text))),
    // (The rows that fill every column place the totals centred: a name column's start drifts.)
    amounts: full.every((t) => STRONG_AMOUNT.test(t[k].text)),
  }));
  // (A 栏次 row, "栏次 1 2 3", closes the header: it is passed on as a row of its own.)
  const firstData = tokens.findIndex((row) => isDataRow(row) || isSerialRow(row));
  const headerCount = firstData < 0 ? 0 : firstData;
  const left = Math.min(...tokens.flat().map((t) => t.start));
  const value = valueColumns(tokens.slice(headerCount).filter(isDataRow), columns);
  const body = tokens.slice(headerCount).map((row, r) => {
    const cells = Array<string>(width).fill("");
    const at = row.length === width ? row.map((_, k) => k) : assign(row, columns);
    row.forEach((t, k) => (cells[at[k]] = cells[at[k]] ? `${cells[at[k]]}${t.text}` : t.text));
    return { line: headerCount + r, cells };
  });
  const cells = body.map((row) => row.cells);
  const sums = (total: number, from: number, to: number) => addsUp(cells, total, from, to);
  const labels = headerLabels(tokens.slice(0, headerCount), cellSpans(columns, left), value, sums);
  const levels = headerLevels(labels, width, value);
  const header = levels.map((cells, i) => ({ line: Math.min(i, Math.max(0, headerCount - 1)), cells }));
  return [...header, ...body];
}

/** A cell's amount as an exact decimal (blank is 0); undefined when the cell holds no amount. */
function amountOf(cell: string): string | undefined {
  if (cell === "") return "0";
  const parsed = parseCell(cell);
  return parsed.kind === "number" && !parsed.percent ? parsed.value : undefined;
}

/**
 * In the rows with a total, column `total` = Σ columns from..to: in at least two rows and nine in ten
 * of them (a misprinted total, as documents have, does not hide the layout).
 */
function addsUp(rows: string[][], total: number, from: number, to: number): boolean {
  let held = 0;
  let tested = 0;
  for (const row of rows) {
    // (A 栏次 row numbers the columns: 1, 2, 3.)
    if (row.includes("栏次")) continue;
    const whole = amountOf(row[total]);
    const parts = row.slice(from, to + 1).map(amountOf);
    const amounts = parts.filter((part): part is string => part !== undefined);
    if (!whole || money(whole).isZero() || amounts.length < parts.length) continue;
    tested++;
    if (sum(amounts).eq(whole)) held++;
  }
  return held >= 2 && held >= tested * 0.9;
}
