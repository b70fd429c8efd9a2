import type { DocumentInfo } from "../../../ingest/schema.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { ownWant } from "../select-facts.js";

const listed = (doc: DocumentInfo) => (doc.covers.length ? `本级和${doc.covers.join("、")}` : "本级");

/**
 * A unit's budget and final accounts of one year that add up different bodies (the budget "本级和
 * <甲>", the final accounts "本级和<乙>、<丙>"): a figure of one set against the other's is not like
 * for like. The note says what each covers and the other document's figure, and a body one covers
 * that publishes its own document of the other kind is named with its figure there (its own final
 * accounts' 三公经费).
 */
export function addCoverageApart(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): void {
  const doc = scope.doc;
  const other = k
    .docs(scope.unit, { year: scope.year })
    .find((d) => d.kind !== doc.kind && (!d.edition || !doc.edition || d.edition === doc.edition));
  if (!other || sameBodies(doc, other)) return;
  const [budget, actual] = doc.kind === "预算" ? [doc, other] : [other, doc];
  const note: Segment[] = [
    `${scope.year}年度预算文件汇总的是${listed(budget)}，决算文件汇总的是${listed(actual)}，两者范围不同，不宜直接对比`,
  ];
  // The other document's own figure, of its own bodies: what the asker would set this one against.
  const across = lookup(k, { ...scope, doc: other }, ref, ownWant(other.kind))[0];
  if (across)
    note.push(`；${other.kind}文件所列${label}为 `, b.fact(across, `${label}（${other.kind}文件）`));
  // A body only the other document adds up, publishing its own document of this one's kind.
  for (const body of other.covers.filter((name) => !doc.covers.includes(name))) {
    const own = k.docs(body, { year: scope.year, kind: doc.kind })[0];
    const bodyScope = own && { ...scope, unit: body, doc: own };
    const fact = bodyScope && lookup(k, bodyScope, ref, ownWant(own.kind))[0];
    if (fact) note.push(`；${body}单独公开${doc.kind}，其${label}为 `, b.fact(fact, `${body}${label}`));
  }
  b.d.notes.push([...note, "。"]);
}

const sameBodies = (a: DocumentInfo, b: DocumentInfo) =>
  a.covers.length === b.covers.length && a.covers.every((name) => b.covers.includes(name));
