import { joinPieces } from "./join-text.js";
import type { Block, TextLine } from "./page-blocks.js";
import { charWeight } from "./page-words.js";
import { median, union } from "./pdf-geometry.js";

/**
 * A line that starts a paragraph or heading by its numbering: 第一部分, 一、, （二）, 1、, 1., (3),
 * ①, a), 注：. ("12.34%" and "2025年" are not numbering.)
 */
const NUMBERED_START =
  /^(第[一二三四五六七八九十百\d]+[部分章节条]|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|[①-⑳]|[a-zA-Z][.、)）](?![a-zA-Z\d])|(注|说明)[:：])/;
/**
 * A line was wrapped by the page, not by its author, when the next line's first unbreakable
 * unit would have reached to within this many ems of the right margin: a character with the
 * punctuation that may not start a line, a bracket with what it opens, or a run of Latin letters
 * and digits ("12.34%；").
 */
const WRAP_SLACK = 1;
const FIRST_UNIT = /^[（(“‘《〈【「『]*([\x21-\x7e]+|.)[，。；：、！？）)”’》〉】」』%]*/u;
/** A line starting further than this from the left margin (in ems) is indented: a new paragraph. */
const INDENT = 0.6;
/** Lines of one paragraph are closer than this (in ems) from one's bottom to the next one's top. */
const LINE_GAP = 1.5;
/** Lines at least this long (characters) tell where a page's text margins are, if a page has enough. */
const MARGIN_SAMPLE = 8;
const MARGIN_LINES = 3;

interface Margins {
  left: number;
  right: number;
}

/**
 * Join the lines of each paragraph into one line: a line that runs to the right margin continues
 * on the next line unless that one is indented, numbered, set in another size or further away;
 * also across a page break when the paragraph is the last text of one page and the first of the
 * next. Headings and short lines stay lines of their own.
 */
export function reflowParagraphs(blocks: readonly Block[], pageWidths: ReadonlyMap<number, number>): Block[] {
  const context: Context = {
    margins: pageMargins(blocks, pageWidths),
    blocks,
    split: splitBaselines(blocks),
  };
  const out: Block[] = [];
  let open: { lines: TextLine[]; last: TextLine } | null = null;
  const close = () => {
    if (open) out.push(merge(open.lines));
    open = null;
  };
  blocks.forEach((block, k) => {
    if (block.kind !== "line") {
      close();
      out.push(block);
      return;
    }
    if (open && continues(open.last, block, context, k)) {
      open.lines.push(block);
      open.last = block;
      return;
    }
    close();
    open = { lines: [block], last: block };
  });
  close();
  return out;
}

interface Context {
  margins: Map<number, Margins>;
  blocks: readonly Block[];
  /** Lines sharing their baseline with another text (编制部门：… 单位：元): not running text. */
  split: Set<TextLine>;
}

function continues(prev: TextLine, next: TextLine, { margins, blocks, split }: Context, k: number) {
  const size = Math.max(prev.size, next.size);
  const m = margins.get(prev.page);
  const n = margins.get(next.page);
  if (!m || !n) return false;
  if (Math.abs(prev.size - next.size) > 0.2 * size) return false;
  if (prev.box[2] + unitWidth(next) < m.right - WRAP_SLACK * prev.size) return false;
  // A centred heading wrapped over two lines starts its second line away from the margin.
  const centred = (l: TextLine, g: Margins) =>
    Math.abs(l.box[0] + l.box[2] - g.left - g.right) / 2 < l.size && l.box[0] > g.left + 2 * l.size;
  const short = next.box[2] - next.box[0] < (n.right - n.left) / 2;
  if (next.box[0] > n.left + INDENT * next.size && !(centred(prev, m) && centred(next, n) && short))
    return false;
  if (NUMBERED_START.test(next.text)) return false;
  if (split.has(prev) || split.has(next)) return false;
  if (next.page === prev.page) return next.box[1] - prev.box[3] <= LINE_GAP * size && blocks[k - 1] === prev;
  // Across a page break: nothing may come between the two lines.
  return next.page === prev.page + 1 && blocks[k - 1] === prev;
}

function splitBaselines(blocks: readonly Block[]): Set<TextLine> {
  const lines = blocks
    .filter((b): b is TextLine => b.kind === "line")
    .sort((p, q) => p.page - q.page || p.box[3] - q.box[3]);
  const split = new Set<TextLine>();
  lines.forEach((line, k) => {
    const next = lines[k + 1];
    if (next && next.page === line.page && next.box[3] - line.box[3] < 1) split.add(line).add(next);
  });
  return split;
}

function unitWidth(line: TextLine): number {
  const unit = FIRST_UNIT.exec(line.text)?.[0] ?? "";
  return ([...unit].reduce((w, ch) => w + charWeight(ch), 0) * line.size) / 2;
}

function merge(lines: TextLine[]): TextLine {
  if (lines.length === 1) return lines[0];
  const first = lines[0];
  const onFirstPage = lines.filter((l) => l.page === first.page);
  return {
    kind: "line",
    page: first.page,
    box: union(onFirstPage.map((l) => l.box)),
    text: joinPieces(lines.map((l) => l.text)),
    size: Math.max(...lines.map((l) => l.size)),
  };
}

/**
 * Left and right text margins per page: where its longer lines start and end, if at least two
 * of them end within an em of the right margin (running text fills its lines); a page without
 * such lines (a few short lines) has the usual margins of the document's pages of its width.
 */
function pageMargins(blocks: readonly Block[], widths: ReadonlyMap<number, number>): Map<number, Margins> {
  const samples = new Map<number, TextLine[]>();
  for (const b of blocks)
    if (b.kind === "line" && [...b.text].length >= MARGIN_SAMPLE)
      samples.set(b.page, [...(samples.get(b.page) ?? []), b]);
  const own = new Map<number, Margins>();
  for (const [page, lines] of samples) {
    const left = Math.min(...lines.map((l) => l.box[0]));
    const right = Math.max(...lines.map((l) => l.box[2]));
    const flush = lines.filter((l) => l.box[2] > right - l.size).length >= 2;
    if (lines.length >= MARGIN_LINES && flush) own.set(page, { left, right });
  }
  const widthClass = (page: number) => Math.round((widths.get(page) ?? 0) / 10);
  const usual = new Map<number, Margins>();
  for (const cls of new Set([...widths.keys()].map(widthClass))) {
    const pages = [...own.keys()].filter((p) => widthClass(p) === cls);
    if (pages.length > 0)
      usual.set(cls, {
        left: median(pages.map((p) => own.get(p)!.left)),
        right: median(pages.map((p) => own.get(p)!.right)),
      });
  }
  const margins = new Map<number, Margins>();
  for (const page of widths.keys()) {
    const m = own.get(page) ?? usual.get(widthClass(page));
    if (m) margins.set(page, m);
  }
  return margins;
}
