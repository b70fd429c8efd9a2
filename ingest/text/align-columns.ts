/**
 * Tables exported with `pdftotext -layout` (and similar "plain text" exports) separate columns
 * by runs of spaces instead of tabs, and the columns drift by a few characters where names of
 * different lengths precede them. Cut such lines into positional cells: tokens are split at runs
 * of two or more spaces (or a single space beside an amount), the columns are those of the line
 * with the most tokens, and every other line's tokens go to the columns they sit closest to, in
 * order.
 */

interface Token {
  text: string;
  start: number;
  end: number;
}

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
  return out.flatMap((t) => {
    const glued = GLUED_CODE.exec(t.text);
    if (!glued) return [t];
    const cut = t.start + glued[1].length;
    return [
      { text: glued[1], start: t.start, end: cut },
      { text: glued[2], start: cut, end: t.end },
    ];
  });
}

interface Column {
  start: number;
  end: number;
  /** Where the column's text ends on the page: CJK characters are twice as wide as digits. */
  reach: number;
}

/** Display width: pdftotext places each token at its x position but counts a CJK character as one. */
function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef“”‘’（）、，：；]/.test(ch) ? 2 : 1;
  return w;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function distance(t: Token, c: Column): number {
  return Math.min(Math.abs(t.start - c.start), Math.abs(t.end - c.end));
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

/** Cell spans of the columns: from the gap before a column's text to the gap after it. */
function cellSpans(columns: Column[], left: number): [number, number][] {
  return columns.map((c, k) => [
    k === 0 ? left : (columns[k - 1].reach + c.start) / 2,
    k === columns.length - 1 ? c.reach + 2 : (c.reach + columns[k + 1].start) / 2,
  ]);
}

interface Label {
  text: string;
  row: number;
  /** Where the label's middle sits, in character columns. */
  middle: number;
  /** The column under the label's middle. */
  own: number;
  /** First and last column the label heads. */
  from: number;
  to: number;
}

/** How far a centred group label's middle may sit from the middle of the columns it heads. */
const CENTRE_TOLERANCE = 3;

/**
 * Header labels over their columns. A label sits over the cell holding its middle. A group label
 * heads the longest run of columns centred under it whose every column has a label in the header's
 * last row ("公务用车购置及运行费" over 小计 / 购置费 / 运行费); the one label of the top row over the
 * value (or key) columns heads the centred run below it, or the whole block ("收入预算", "项目").
 */
function headerLabels(rows: Token[][], spans: [number, number][], value: Set<number>): Label[] {
  const labels: Label[] = rows.flatMap((row, r) =>
    row.map((t) => {
      const middle = t.start + visualWidth(t.text) / 2;
      let own = spans.findIndex(([, right]) => middle < right);
      if (own < 0) own = spans.length - 1;
      return { text: t.text, row: r, own, from: own, to: own, middle };
    }),
  );
  const top = Math.min(...labels.map((l) => l.row));
  const bottom = Math.max(...labels.map((l) => l.row));
  const lastRow = new Set(labels.filter((l) => l.row === bottom).map((l) => l.own));
  const centred = (
    l: Label,
    allowed: (c: number) => boolean,
    fits: (a: number, b: number) => boolean = () => true,
  ): [number, number] | undefined => {
    let best: [number, number] | undefined;
    for (let a = l.own; a >= 0 && allowed(a); a--)
      for (let b = l.own; b < spans.length && allowed(b); b++) {
        if (b === a || !fits(a, b)) continue;
        if (Math.abs((spans[a][0] + spans[b][1]) / 2 - l.middle) > CENTRE_TOLERANCE) continue;
        if (!best || b - a > best[1] - best[0]) best = [a, b];
      }
    return best;
  };
  for (const l of labels) {
    if (l.row === top || l.row === bottom || !value.has(l.own)) continue;
    const run = centred(l, (c) => lastRow.has(c) && value.has(c));
    if (run) [l.from, l.to] = run;
  }
  for (const side of sidesOf(spans.length, value)) {
    if (side.size < 2) continue;
    const heads = labels.filter((l) => l.row === top && side.has(l.own));
    const below = labels.filter((l) => l.row > top && side.has(l.own));
    if (heads.length !== 1 || below.length < 2) continue;
    // A top group reaches one edge of its block (“三公”经费预算数 over all but 机关运行经费), else all of it.
    const first = Math.min(...side);
    const last = Math.max(...side);
    const edge = (a: number, b: number) => a === first || b === last;
    const run = (side.has(first) && value.has(first)
      ? centred(heads[0], (c) => side.has(c), edge)
      : undefined) ?? [first, last];
    [heads[0].from, heads[0].to] = run;
  }
  return labels;
}

/**
 * The column blocks a top label may head: each side of a side-by-side table (key columns and
 * their values: 本年收入 | 本年支出), else the key columns and the value columns.
 */
function sidesOf(width: number, value: Set<number>): Set<number>[] {
  const blocks: number[][] = [[]];
  let seenValue = false;
  for (let k = 0; k < width; k++) {
    if (!value.has(k) && seenValue) {
      blocks.push([]);
      seenValue = false;
    }
    blocks[blocks.length - 1].push(k);
    if (value.has(k)) seenValue = true;
  }
  if (blocks.length > 1) return blocks.map((b) => new Set(b));
  const all = [...Array(width).keys()];
  return [new Set(all.filter((k) => !value.has(k))), new Set(all.filter((k) => value.has(k)))];
}

/**
 * One header row per level, each label repeated over the columns it heads, so the table parser
 * reads every column's path; a value label broken over lines ("事业单位" / "经营收入") is one label.
 */
function headerLevels(labels: Label[], width: number, value: Set<number>): string[][] {
  const paths: { text: string; row: number; leaf: boolean }[][] = Array.from({ length: width }, () => []);
  for (const l of [...labels].sort((a, b) => a.row - b.row))
    for (let c = l.from; c <= l.to; c++) {
      const leaf = l.from === l.to;
      const last = paths[c][paths[c].length - 1];
      if (leaf && last?.leaf && value.has(c) && l.row - last.row <= 2) {
        last.text += l.text;
        last.row = l.row;
      } else paths[c].push({ text: l.text, row: l.row, leaf });
    }
  const depth = Math.max(0, ...paths.map((p) => p.length));
  return Array.from({ length: depth }, (_, level) => paths.map((p) => p[level]?.text ?? ""));
}

/** An amount, as opposed to a subject code part ("204", "06") or a label. */
const isAmountText = (text: string) => STRONG_AMOUNT.test(text) || /^(\d|\d{4,})$/.test(text);

const isDataRow = (row: Token[]) =>
  row.some((t) => STRONG_AMOUNT.test(t.text) || /^\d{3}(\d{2}){0,2}$/.test(t.text));

/**
 * Positional cells for a table's lines: every row gets as many cells as the table has columns.
 * Header lines (before the first row with figures) come back as one row per header level.
 */
export function alignColumns(lines: string[]): { line: number; cells: string[] }[] {
  const tokens = lines.map(tokensOf);
  const width = Math.max(0, ...tokens.map((t) => t.length));
  const data = tokens.filter(isDataRow);
  const full = (data.some((t) => t.length === width) ? data : tokens).filter((t) => t.length === width);
  const columns: Column[] = Array.from({ length: width }, (_, k) => ({
    start: median(full.map((t) => t[k].start)),
    end: median(full.map((t) => t[k].end)),
    reach: median(full.map((t) => t[k].start + visualWidth(t[k].text))),
  }));
  const firstData = tokens.findIndex(isDataRow);
  const headerCount = firstData < 0 ? 0 : firstData;
  const left = Math.min(...tokens.flat().map((t) => t.start));
  const value = new Set(
    columns
      .map((_, k) => k)
      .filter((k) => full.filter((t) => isAmountText(t[k].text)).length * 2 > full.length),
  );
  const labels = headerLabels(tokens.slice(0, headerCount), cellSpans(columns, left), value);
  const levels = headerLevels(labels, width, value);
  const header = levels.map((cells, i) => ({ line: Math.min(i, Math.max(0, headerCount - 1)), cells }));
  const body = tokens.slice(headerCount).map((row, r) => {
    const cells = Array<string>(width).fill("");
    const at = row.length === width ? row.map((_, k) => k) : assign(row, columns);
    row.forEach((t, k) => (cells[at[k]] = cells[at[k]] ? `${cells[at[k]]}${t.text}` : t.text));
    return { line: headerCount + r, cells };
  });
  return [...header, ...body];
}
