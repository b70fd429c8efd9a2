import type { LineSource, PageBox } from "../read/read-document.js";
import type { SourceRef } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";

/** Where a fact is printed in a paged document. */
export type Placement = Required<Pick<SourceRef, "page" | "box">>;

/**
 * Puts facts on the page they were read from, for readers that say where each line was printed
 * (PDF): a table cell on its cell's box, a narrative figure on the line of its paragraph that
 * holds it. Documents without line sources place nothing.
 */
export interface Placer {
  /** A table cell: the row's 1-based line, the cell's index among the row's cells, its text. */
  cell(line: number, index: number, text: string): Placement | undefined;
  /** A figure at `offset` in a paragraph's text. */
  text(paragraph: Paragraph, offset: number): Placement | undefined;
}

export function pagePlacer(lines: readonly string[], sources: readonly LineSource[] | undefined): Placer {
  const at = (line: number): LineSource | undefined => sources?.[line - 1];
  return {
    cell(line, index, text) {
      const source = at(line);
      if (!source) return undefined;
      const box = source.cells ? cellBox(lines[line - 1] ?? "", source.cells, index, text) : undefined;
      return { page: source.page, box: box ?? source.box };
    },
    text(paragraph, offset) {
      const parts = paragraph.parts ?? [{ line: paragraph.lines[0], start: 0 }];
      let line = parts[0].line;
      for (const part of parts) if (part.start <= offset) line = part.line;
      const source = at(line);
      return source ? { page: source.page, box: source.box } : undefined;
    },
  };
}

/**
 * The box of a row's cell. The parser may re-lay a row (a totals row with two label/amount pairs),
 * so an index whose printed text differs is looked up by its text.
 */
function cellBox(
  line: string,
  boxes: readonly (PageBox | null)[],
  index: number,
  text: string,
): PageBox | undefined {
  const printed = line.split("\t").map((c) => c.trim());
  const wanted = text.trim();
  const k = printed[index] === wanted ? index : printed.indexOf(wanted);
  return k >= 0 ? (boxes[k] ?? undefined) : undefined;
}
