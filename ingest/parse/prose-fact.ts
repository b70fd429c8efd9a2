import type { Fact } from "../schema.js";
import type { Subject } from "./narrative-subjects.js";
import type { Paragraph } from "./parse-sections.js";
import type { Placer } from "./place-facts.js";
import type { DocContext } from "./table-facts.js";

/** Where a figure stands in the narrative: its paragraph, offset and the placer for PDF boxes. */
export interface ProseWhere {
  p: Paragraph;
  offset: number;
  place?: Placer;
}

/**
 * What every fact read from a sentence carries: its id (the sentence's base and the figure's
 * offset), document, subject and source (the sentence, and the figure's place on a PDF page).
 */
export function proseFactBase(
  at: number,
  subject: Subject,
  doc: DocContext,
  where: ProseWhere,
  sentence: string,
  idBase: string,
): Pick<Fact, "id" | "docId" | "unit" | "year" | "kind" | "metric" | "row" | "source"> {
  return {
    id: `${idBase}:${at}`,
    docId: doc.docId,
    unit: doc.unit,
    year: doc.year,
    kind: doc.kind,
    ...(subject.metric ? { metric: subject.metric } : {}),
    row: subject.row,
    source: {
      section: where.p.section,
      lines: where.p.lines,
      excerpt: sentence.trim(),
      ...where.place?.text(where.p, where.offset + at),
    },
  };
}

/** Where in its sentence a prose fact's figure is printed (the end of the id proseFactBase gives it). */
export function sentenceOffset(fact: Pick<Fact, "id">): number {
  const at = Number(fact.id.slice(fact.id.lastIndexOf(":") + 1));
  return Number.isFinite(at) ? at : 0;
}
