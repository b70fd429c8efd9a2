import { clusterValues, overlap, type Box, type PdfRule } from "./pdf-geometry.js";

/** A ruled table: column edges `xs`, row edges `ys`, and its (possibly merged) cells. */
export interface Grid {
  xs: number[];
  ys: number[];
  box: Box;
  cells: GridCell[];
  /** cellAt[r][c]: index into `cells` of the cell covering elementary row r, column c. */
  cellAt: number[][];
}

/** A cell spanning elementary rows r0..r1 and columns c0..c1 (inclusive). */
export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  box: Box;
}

/** Rulings closer than this (points) are one line: double borders, cells stroked edge by edge. */
const SNAP = 2;
/** A line crossing a row or column band over at least this share of it separates the cells there. */
const COVERED = 0.5;

/**
 * Tables drawn with ruling lines: connected sets of horizontal and vertical rulings with at
 * least two columns (a lone row of cells is a table's last row carried over to the next page). Where a ruling is missing between two elementary cells they
 * are one merged cell (header cells spanning columns, labels spanning rows).
 */
export function findGrids(rules: readonly PdfRule[]): Grid[] {
  const h = mergeCollinear(rules.filter((r) => r.axis === "h"));
  const v = mergeCollinear(rules.filter((r) => r.axis === "v"));
  return connectedSets(h, v)
    .map(({ hs, vs }) => buildGrid(hs, vs))
    .filter((g): g is Grid => g !== null);
}

/** Join rulings on the same line that touch or overlap. */
function mergeCollinear(rules: PdfRule[]): PdfRule[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.a - q.a);
  const merged: PdfRule[] = [];
  for (const rule of sorted) {
    const same = merged.filter((m) => Math.abs(m.at - rule.at) <= SNAP / 2 && rule.a <= m.b + SNAP);
    const last = same[same.length - 1];
    if (last) {
      last.b = Math.max(last.b, rule.b);
      last.a = Math.min(last.a, rule.a);
    } else merged.push({ ...rule });
  }
  return merged;
}

function connectedSets(hs: PdfRule[], vs: PdfRule[]): { hs: PdfRule[]; vs: PdfRule[] }[] {
  const parent = [...hs, ...vs].map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  hs.forEach((hr, i) =>
    vs.forEach((vr, j) => {
      if (crosses(hr, vr)) parent[find(i)] = find(hs.length + j);
    }),
  );
  const sets = new Map<number, { hs: PdfRule[]; vs: PdfRule[] }>();
  const entry = (k: number) => {
    const root = find(k);
    if (!sets.has(root)) sets.set(root, { hs: [], vs: [] });
    return sets.get(root)!;
  };
  hs.forEach((r, i) => entry(i).hs.push(r));
  vs.forEach((r, j) => entry(hs.length + j).vs.push(r));
  return [...sets.values()];
}

function crosses(hr: PdfRule, vr: PdfRule): boolean {
  return vr.at >= hr.a - SNAP && vr.at <= hr.b + SNAP && hr.at >= vr.a - SNAP && hr.at <= vr.b + SNAP;
}

function buildGrid(hs: PdfRule[], vs: PdfRule[]): Grid | null {
  const xs = clusterValues(
    vs.map((r) => r.at),
    SNAP,
  );
  const ys = clusterValues(
    hs.map((r) => r.at),
    SNAP,
  );
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const split = (axisRules: PdfRule[], at: number, from: number, to: number) =>
    coverage(
      axisRules.filter((r) => Math.abs(r.at - at) <= SNAP),
      from,
      to,
    ) >= COVERED;
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !split(vs, xs[c + 1], ys[r], ys[r + 1]))
        parent[find(r * cols + c)] = find(r * cols + c + 1);
      if (r + 1 < rows && !split(hs, ys[r + 1], xs[c], xs[c + 1]))
        parent[find(r * cols + c)] = find((r + 1) * cols + c);
    }
  const byRoot = new Map<number, GridCell>();
  const cellAt = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { r0: r, r1: r, c0: c, c1: c, box: [0, 0, 0, 0] };
        byRoot.set(root, cell);
        cells.push(cell);
      }
      cell.r1 = Math.max(cell.r1, r);
      cell.c0 = Math.min(cell.c0, c);
      cell.c1 = Math.max(cell.c1, c);
      cellAt[r][c] = cells.indexOf(cell);
    }
  for (const cell of cells) cell.box = [xs[cell.c0], ys[cell.r0], xs[cell.c1 + 1], ys[cell.r1 + 1]];
  return { xs, ys, box: [xs[0], ys[0], xs[cols], ys[rows]], cells, cellAt };
}

/** Share of [from, to] covered by the rulings' union. */
function coverage(rules: PdfRule[], from: number, to: number): number {
  const spans = rules
    .map((r) => [Math.max(r.a, from), Math.min(r.b, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return to > from ? covered / (to - from) : 0;
}

/** Elementary row or column whose band holds `v`, or -1 outside the grid. */
export function bandOf(edges: readonly number[], v: number): number {
  for (let k = 0; k + 1 < edges.length; k++) if (v >= edges[k] && v < edges[k + 1]) return k;
  return -1;
}

export function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  return overlap(a0, a1, b0, b1) / Math.max(1e-6, Math.min(a1 - a0, b1 - b0));
}
