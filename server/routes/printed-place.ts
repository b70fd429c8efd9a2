import type { Fact, SourceRef } from "../../ingest/schema.js";
import type { Knowledge } from "../engine/knowledge.js";
import { documentFile, documentFileUrl } from "./document-file.js";

/**
 * Where a cited fact or passage is printed in the original PDF: the page, the box of the cell or
 * line ([x0, y0, x1, y1] in points from the page's top-left corner, as pdf.js's scale-1 viewport
 * has it), and the URL of the file while it is still there as indexed. Absent for text exports.
 */
export interface PrintedPlace {
  page: number;
  box?: NonNullable<SourceRef["box"]>;
  fileUrl?: string;
}

/**
 * A fact is placed by its own source. A passage (a section chunk) has a line span but no page of
 * its own: it is shown on the page of the first placed fact inside that span, without a box.
 */
export async function printedPlace(
  k: Knowledge,
  id: string,
  docId: string,
): Promise<PrintedPlace | Record<string, never>> {
  const [fact] = await k.store.factsByIds([id]);
  const place = fact ? placeOfFact(fact) : await placeOfPassage(k, id);
  if (!place) return {};
  return (await documentFile(k, docId)) ? { ...place, fileUrl: documentFileUrl(docId) } : place;
}

function placeOfFact(fact: Fact): PrintedPlace | undefined {
  const { page, box } = fact.source;
  if (page === undefined) return undefined;
  return box ? { page, box } : { page };
}

async function placeOfPassage(k: Knowledge, id: string): Promise<PrintedPlace | undefined> {
  const [chunk] = await k.store.chunks([id]);
  if (!chunk) return undefined;
  const [first, last] = chunk.lines;
  const inside = (await k.store.facts({ docIds: [chunk.docId] }))
    .filter((f) => f.source.page !== undefined && f.source.lines[0] >= first && f.source.lines[0] <= last)
    .sort((a, b) => a.source.lines[0] - b.source.lines[0]);
  const page = inside[0]?.source.page;
  return page === undefined ? undefined : { page };
}
