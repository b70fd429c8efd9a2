import { compactHeader } from "./compact-header.js";
import { groupLines } from "./join-text.js";
import { splitCells, type Segment, type SplitLine } from "./split-cells.js";
import { NUMERIC_CELL, type TableBlock, type TableCell, type TableRow } from "./page-blocks.js";
import { union, type PdfWord } from "./pdf-geometry.js";

/** A table without rulings has at least this many lines with an amount (or amounts on one line). */
const MIN_AMOUNT_ROWS = 3;
/** Lines of one table follow each other closer than this many ems. */
const ROW_GAP = 2.5;
/** Cells of different rows in one column start (or end) within this many points of each other. */
const ALIGN = 2;
/** Amounts of a one-row table stand at least this many ems apart. */
const SPREAD = 1.5;
/** Header lines above the first multi-cell line of a table without rulings. */
const HEADER_LINES = 5;
/** Lines about the table, not in it. */
const META_LINE = /^(编制(部门|单位)|(金额)?单位|填报单位)\s*[:：]/;

/**
 * Tables drawn without rulings: runs of lines that break into several cells at wide gaps, with
 * amounts on at least three of them (or three amounts on one). A line with a single cell
 * belongs to the run when that cell lines up with a cell of a multi-cell line (a row with one
 * amount, a label without amounts).
 * Columns are the x-ranges the cells share; a header cell goes to the column it starts in.
 */
export function alignedTables(
  words: readonly PdfWord[],
  page: number,
): { tables: TableBlock[]; used: Set<PdfWord> } {
  const lines = groupLines(words).map(splitCells);
  const tables: TableBlock[] = [];
  const used = new Set<PdfWord>();
  for (const run of runs(lines)) {
    if (!isTable(run)) continue;
    tables.push(buildTable(run, page));
    for (const l of run) for (const w of l.line.words) used.add(w);
  }
  return { tables, used };
}

/**
 * Amounts make a table when they stand in columns: on at least three lines an amount starts or
 * ends where an amount of another line does (numbers in running text do not line up), or one
 * line holds three amounts set wide apart (a table with a single data row).
 */
function isTable(run: SplitLine[]): boolean {
  const amounts = run.map((l) => l.segments.filter((s) => NUMERIC_CELL.test(s.text)));
  const inColumn = amounts.filter((mine, k) =>
    mine.some((s) =>
      amounts.some(
        (theirs, j) =>
          j !== k && theirs.some((t) => Math.abs(t.x0 - s.x0) <= ALIGN || Math.abs(t.x1 - s.x1) <= ALIGN),
      ),
    ),
  );
  return inColumn.length >= MIN_AMOUNT_ROWS || run.some(spreadAmounts);
}

function spreadAmounts(line: SplitLine): boolean {
  const wide = line.segments.filter((s, k) => {
    const gapBefore = k > 0 ? s.x0 - line.segments[k - 1].x1 : Infinity;
    const gapAfter = k + 1 < line.segments.length ? line.segments[k + 1].x0 - s.x1 : Infinity;
    return NUMERIC_CELL.test(s.text) && Math.min(gapBefore, gapAfter) >= SPREAD * line.line.size;
  });
  return wide.length >= MIN_AMOUNT_ROWS;
}

/**
 * Maximal runs of close lines with several cells and the single-cell lines aligned with them;
 * up to HEADER_LINES lines without amounts just above a run (its header, centred over spanning
 * columns) join it,
 * and so does a later run whose cells line up with it (a total row below empty rows).
 */
function runs(lines: SplitLine[]): SplitLine[][] {
  const found: SplitLine[][] = [];
  let run: SplitLine[] = [];
  let start = 0;
  const flush = () => {
    if (run.length === 0) return;
    const header: SplitLine[] = [];
    for (let k = start - 1; k >= 0 && header.length < HEADER_LINES; k--) {
      const line = lines[k];
      const next = header[0] ?? run[0];
      const amounts = line.segments.some((seg) => NUMERIC_CELL.test(seg.text));
      if (
        isMeta(line) ||
        amounts ||
        !close(line, next) ||
        Math.abs(line.line.size - run[0].line.size) > 0.2 * run[0].line.size
      )
        break;
      if (found.some((r) => r.includes(line))) break;
      header.unshift(line);
    }
    const previous = found[found.length - 1];
    if (previous && header.length === 0 && linesUp(run[0], previous)) previous.push(...run);
    else found.push([...header, ...run]);
    run = [];
  };
  lines.forEach((line, k) => {
    if (isMeta(line) || (run.length > 0 && !close(run[run.length - 1], line))) flush();
    if (isMeta(line)) return;
    const single = line.segments.length === 1 && run.length > 0 && aligned(line.segments[0], run);
    if (line.multi || single) {
      if (run.length === 0) start = k;
      run.push(line);
    } else flush();
  });
  flush();
  return found;
}

function isMeta(line: SplitLine): boolean {
  return line.segments.some((s) => META_LINE.test(s.text));
}

/** Most cells of the line start or end where a cell of the run does. */
function linesUp(line: SplitLine, run: SplitLine[]): boolean {
  return line.segments.filter((s) => aligned(s, run)).length * 2 >= line.segments.length;
}

function close(above: SplitLine, below: SplitLine): boolean {
  return below.line.box[1] - above.line.box[3] < ROW_GAP * Math.max(above.line.size, below.line.size);
}

function aligned(segment: Segment, run: SplitLine[]): boolean {
  return run.some(
    (l) =>
      l.multi &&
      l.segments.some((s) => Math.abs(s.x0 - segment.x0) <= ALIGN || Math.abs(s.x1 - segment.x1) <= ALIGN),
  );
}

/** A header line of at most this many cells titles groups of columns. */
const GROUP_TITLE_CELLS = 2;

/**
 * Column bands: the union of overlapping x-ranges of the cells of amount lines, then of other
 * lines' cells that overlap no band yet (headers of columns left empty). A line of one or two
 * cells above the columns ("收入 | 支出", each centred over its block) titles groups of columns
 * and makes no column of its own.
 */
function columnBands(run: SplitLine[]): [number, number][] {
  const bands: [number, number][] = [];
  const add = (segments: Segment[], merge: boolean) => {
    for (const s of [...segments].sort((p, q) => p.x0 - q.x0)) {
      const hit = bands.find(([x0, x1]) => s.x0 <= x1 && s.x1 >= x0);
      if (hit && merge) {
        hit[0] = Math.min(hit[0], s.x0);
        hit[1] = Math.max(hit[1], s.x1);
      } else if (!hit) bands.push([s.x0, s.x1]);
    }
    bands.sort((p, q) => p[0] - q[0]);
  };
  const amounts = run.filter((l) => l.segments.some((s) => NUMERIC_CELL.test(s.text)));
  add(
    amounts.flatMap((l) => l.segments),
    true,
  );
  const headers = run.filter((l) => !amounts.includes(l));
  // The header line right above the first amounts names columns, however few its cells.
  const lowest = run[run.indexOf(amounts[0]) - 1];
  const wrapped = wrappedParts(headers, bands);
  add(
    headers
      .filter((l) => l.segments.length > GROUP_TITLE_CELLS || l === lowest)
      .flatMap((l) => l.segments)
      .filter((s) => !wrapped.has(s)),
    false,
  );
  return bands;
}

/**
 * A header's wrapped last characters ("余" on the line below "年初结转和结"): a cell of another
 * header line lying within one header that stands over a single column of amounts. They name no
 * column of their own (a group title over several columns is no such header).
 */
function wrappedParts(headers: SplitLine[], bands: [number, number][]): Set<Segment> {
  const over = (s: Segment) => bands.filter(([x0, x1]) => s.x0 <= x1 && s.x1 >= x0).length;
  const wrapped = new Set<Segment>();
  for (const line of headers)
    for (const s of line.segments)
      if (
        headers.some(
          (other) =>
            other !== line &&
            other.segments.some(
              (t) => t.x1 - t.x0 > s.x1 - s.x0 && t.x0 <= s.x0 && t.x1 >= s.x1 && over(t) === 1,
            ),
        )
      )
        wrapped.add(s);
  return wrapped;
}

function buildTable(run: SplitLine[], page: number): TableBlock {
  const bands = columnBands(run);
  const bandOf = (s: Segment) => {
    const k = bands.findIndex(([, x1]) => s.x0 <= x1);
    return k < 0 ? bands.length - 1 : k;
  };
  const rows: TableRow[] = run.map((l) => {
    const cells: (TableCell | null)[] = new Array(bands.length).fill(null);
    for (const s of l.segments) {
      const c = bandOf(s);
      const box = union(s.words.map((w) => w.box));
      const prev = cells[c];
      cells[c] = prev
        ? { text: `${prev.text} ${s.text}`, box: union([prev.box, box]) }
        : { text: s.text, box };
    }
    return { page, box: l.line.box, cells };
  });
  return {
    kind: "table",
    page,
    box: union(rows.map((r) => r.box)),
    columns: bands,
    rows: compactHeader(rows, bands),
  };
}
