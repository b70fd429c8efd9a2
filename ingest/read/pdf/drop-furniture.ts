import type { Block, TextLine } from "./page-blocks.js";
import { isPageNumber } from "../../text/page-number.js";

/** Page furniture lives in the top and bottom share of the page. */
const MARGIN_ZONE = 0.12;
/** How many lines from each edge can be furniture (a header over a rule over a date, …). */
const EDGE_LINES = 3;
/** A line repeated at the same place on this share of the pages (and at least 3) is a running header or footer. */
const REPEATED_SHARE = 0.2;

/**
 * A table's label in the page's corner ("表01", "公开03表", "附表5（续）"): each page's own, only
 * alike with its digits ignored, so never a running header.
 */
const TABLE_LABEL = /^(?:(?:附|公开)?\s*表\s*\d{1,3}|公开\s*\d{1,3}\s*表)(?:\s*[（(]续[)）])?$/;

export interface PageBlocks {
  height: number;
  blocks: Block[];
}

/**
 * Drop running headers, footers and page numbers: lines at the top or bottom edge of a page
 * (nothing but other furniture between them and the edge) that are page numbers, or that
 * repeat at the same height on many pages (digits ignored: "2024年度部门决算 3").
 */
export function dropFurniture(pages: readonly PageBlocks[]): Block[][] {
  const edges = pages.map(edgeLines);
  const counts = new Map<string, Set<number>>();
  edges.forEach((lines, p) =>
    lines.forEach((line) => {
      const key = repeatKey(line);
      counts.set(key, (counts.get(key) ?? new Set()).add(p));
    }),
  );
  const threshold = Math.max(3, Math.ceil(REPEATED_SHARE * pages.length));
  const isFurniture = (line: TextLine) =>
    isPageNumber(line.text) ||
    (!TABLE_LABEL.test(line.text.trim()) && (counts.get(repeatKey(line))?.size ?? 0) >= threshold);
  return pages.map((page, p) => {
    const drop = new Set<Block>();
    for (const fromTop of [true, false]) {
      const side = edges[p].filter((l) => isTop(l, page.height) === fromTop);
      const ordered = fromTop ? side : [...side].reverse();
      for (const line of ordered) {
        if (!isFurniture(line)) break;
        drop.add(line);
      }
    }
    return page.blocks.filter((b) => !drop.has(b));
  });
}

/** Up to EDGE_LINES lines from each edge of the page, within the margin zone, before any table or caption. */
function edgeLines(page: PageBlocks): TextLine[] {
  const zone = MARGIN_ZONE * page.height;
  const take = (blocks: Block[], inZone: (b: Block) => boolean): TextLine[] => {
    const lines: TextLine[] = [];
    for (const block of blocks) {
      if (block.kind !== "line" || block.framed || !inZone(block) || lines.length === EDGE_LINES) break;
      lines.push(block);
    }
    return lines;
  };
  const top = take(page.blocks, (b) => b.box[3] <= zone);
  const bottom = take([...page.blocks].reverse(), (b) => b.box[1] >= page.height - zone).reverse();
  return [...top, ...bottom.filter((l) => !top.includes(l))];
}

function isTop(line: TextLine, height: number): boolean {
  return line.box[1] < height / 2;
}

function repeatKey(line: TextLine): string {
  const text = line.text.replace(/\d+/g, "#").replace(/\s+/g, "");
  return `${text}@${Math.round(line.box[1] / 8)}`;
}
