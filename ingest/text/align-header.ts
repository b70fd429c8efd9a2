/*
 * Header rows of a space-aligned table: labels placed over the columns they head, one row per
 * header level, so the table parser reads each column's path as it would from tab-separated rows.
 */

/** A run of text on one line of a space-aligned export, with its character columns. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Column {
  start: number;
  end: number;
  /** Where the column's text ends on the page: CJK characters are twice as wide as digits. */
  reach: number;
  /** Every row that fills the table prints an amount here. */
  amounts?: boolean;
}

/** Display width: pdftotext places each token at its x position but counts a CJK character as one. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef“”‘’（）、，：；]/.test(ch) ? 2 : 1;
  return w;
}

/** Cell spans of the columns: from the gap before a column's text to the gap after it. */
export function cellSpans(columns: Column[], left: number): [number, number][] {
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
export function headerLabels(
  rows: Token[][],
  spans: [number, number][],
  value: Set<number>,
  /** Whether, in the rows below, column `total` adds up the columns from..to. */
  sums: (total: number, from: number, to: number) => boolean = () => false,
): Label[] {
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
    // A top group heads the columns named after it; else it reaches one edge of its block
    // (“三公”经费预算数 over all but 机关运行经费), else all of it.
    const first = Math.min(...side);
    const last = Math.max(...side);
    const edge = (a: number, b: number) => a === first || b === last;
    // …or, reaching neither, the columns centred under it ("公务用车购置及运行费" over 小计 / 购置费 /
    // 运行费 between 因公出国 and 公务接待费), each with a label of the last row.
    const inside = (c: number) => side.has(c) && lastRow.has(c) && c !== first && c !== last;
    const toEdge =
      side.has(first) && value.has(first) ? centred(heads[0], (c) => side.has(c), edge) : undefined;
    const run = (below.length > 2
      ? namedUnder(
          heads[0],
          below.filter((l) => l.row === bottom),
        )
      : undefined) ??
      (toEdge && oneLevel(toEdge, below) ? toEdge : undefined) ??
      (below.length > 2 ? centred(heads[0], inside) : undefined) ??
      toEdge ?? [first, last];
    [heads[0].from, heads[0].to] = totalsTheRest(run, last, sums);
  }
  return labels;
}

/**
 * A group label set off centre over its first columns ("一般公共预算支出" over 合计 and 基本支出, its
 * 项目支出 left uncovered) heads the rest of its block too when the block's first column adds up all
 * the others in its rows, and not only those covered (the arithmetic says which reading is right).
 */
function totalsTheRest(
  [from, to]: [number, number],
  last: number,
  sums: (total: number, from: number, to: number) => boolean,
): [number, number] {
  return to < last && to > from && sums(from, from + 1, last) && !sums(from, from + 1, to)
    ? [from, last]
    : [from, to];
}

/**
 * Whether the columns of a run are headed at one level below the group label: the first label under
 * each is on the same row. A label on a higher row than its neighbours' (公务接待费 printed beside
 * the group's own line, its neighbours' 小计 / 购置费 / 运行维护费 a row lower) is a sibling of the
 * group, not one of its columns.
 */
function oneLevel([from, to]: [number, number], below: Label[]): boolean {
  const levels = new Set<number>();
  for (let c = from; c <= to; c++)
    levels.add(Math.min(...below.filter((l) => l.from <= c && c <= l.to).map((l) => l.row)));
  return levels.size <= 1;
}

/**
 * A group label set off its centre heads the columns named after it ("公务用车购置及运行费" over
 * 公务用车购置费 and 公务用车运行费), with the 小计 just before them.
 */
function namedUnder(head: Label, leaves: Label[]): [number, number] | undefined {
  const stem = head.text.slice(0, 4);
  const named = leaves.filter((l) => l.text.startsWith(stem)).map((l) => l.own);
  if (named.length < 2) return undefined;
  const [from, to] = [Math.min(...named), Math.max(...named)];
  if (to - from + 1 !== named.length) return undefined;
  const before = leaves.find((l) => l.own === from - 1);
  return [before && /^(小计|合计)$/.test(before.text) ? from - 1 : from, to];
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
export function headerLevels(labels: Label[], width: number, value: Set<number>): string[][] {
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
