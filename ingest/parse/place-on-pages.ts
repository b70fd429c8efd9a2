import type { LineSource } from "../read/read-document.js";
import type { ParsedDocument } from "../schema.js";

/** A table fact's id ends in its row and column: `<table id>:r<row>:c<column>`. */
const CELL_ID = /:r(\d+):c(\d+)$/;

/**
 * For documents read from pages (PDF), every fact gets the page it is printed on and the box of
 * its cell (table facts) or of its line (narrative facts), so a citation can show the spot.
 * Lines are 1-based in facts and 0-based in the reader's sources. Other documents pass unchanged.
 */
export function placeOnPages(parsed: ParsedDocument, sources: LineSource[] | undefined): ParsedDocument {
  if (!sources?.length) return parsed;
  const tables = new Map(parsed.tables.map((table) => [table.id, table]));
  const facts = parsed.facts.map((fact) => {
    const line = sources[fact.source.lines[0] - 1];
    if (!line) return fact;
    const cell = CELL_ID.exec(fact.id);
    const table = fact.table && cell ? tables.get(fact.id.slice(0, cell.index)) : undefined;
    const box = (cell && table ? line.cells?.[Number(cell[2])] : undefined) ?? line.box;
    return { ...fact, source: { ...fact.source, page: line.page, box } };
  });
  return { ...parsed, facts };
}
