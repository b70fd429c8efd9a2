import type { DocumentInfo, Fact } from "../../ingest/schema.js";

/** The id of a subordinate body's own part of a document, read as a document of the body's. */
export const bodyDocId = (docId: string, body: string): string => `${docId}#${body}`;

/**
 * A document that prints its subordinate bodies' own budgets (DocumentInfo.bodies) is read as
 * several: the unit's own, and one view per body holding the facts the ingest gave the body as
 * their unit. The store keeps one document; the views exist only here, so every answer about a
 * body reads its own part and no answer about the unit reads a body's.
 */
export class BodyViews {
  /** The views, as documents of their bodies. */
  readonly views: DocumentInfo[] = [];
  private readonly realOf = new Map<string, string>();
  private readonly unitOf = new Map<string, string>();
  /** Each stored document's views, by its id. */
  private readonly viewsOf = new Map<string, string[]>();

  constructor(documents: readonly DocumentInfo[]) {
    for (const document of documents) {
      this.unitOf.set(document.docId, document.unit);
      for (const body of document.bodies ?? []) {
        const docId = bodyDocId(document.docId, body);
        this.views.push({ ...document, docId, unit: body, covers: [], bodies: undefined });
        this.realOf.set(docId, document.docId);
        this.viewsOf.set(document.docId, [...(this.viewsOf.get(document.docId) ?? []), docId]);
      }
    }
  }

  /** The units whose documents print this body's own part (none for a unit that is no such body). */
  parentsOf(body: string): string[] {
    return [
      ...new Set(
        this.views
          .filter((view) => view.unit === body)
          .map((view) => this.unitOf.get(this.storedId(view.docId)) ?? ""),
      ),
    ].filter(Boolean);
  }

  /** Whether this id is a view's, not a stored document's. */
  isView(docId: string): boolean {
    return this.realOf.has(docId);
  }

  /** The stored document a view reads (a document's own id for itself). */
  storedId(docId: string): string {
    return this.realOf.get(docId) ?? docId;
  }

  /** The stored documents these documents and views read, each once. */
  storedIds(docIds: readonly string[]): string[] {
    return [...new Set(docIds.map((docId) => this.storedId(docId)))];
  }

  /** The document or view a fact belongs to: its body's view when the fact is a body's. */
  viewOf(fact: Fact): string {
    if (fact.unit === this.unitOf.get(fact.docId)) return fact.docId;
    const view = bodyDocId(fact.docId, fact.unit);
    return this.realOf.has(view) ? view : fact.docId;
  }

  /** A stored document's facts by the document or view each belongs to (every view present). */
  split(docId: string, facts: Fact[]): Map<string, Fact[]> {
    // (A document printing no body's part is read whole, as stored.)
    const views = this.viewsOf.get(docId);
    if (!views) return new Map([[docId, facts]]);
    const out = new Map<string, Fact[]>([docId, ...views].map((id) => [id, []]));
    for (const fact of facts) out.get(this.viewOf(fact))?.push(fact);
    return out;
  }
}
