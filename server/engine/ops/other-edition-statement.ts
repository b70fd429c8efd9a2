import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";

/**
 * The same line of the narrative as printed by the unit's other loaded documents of the year
 * (the 单位 edition beside the 部门 one), where their value differs: a slip in one edition shows
 * in the other. Each with the name of the document's narrative ("单位预算说明").
 */
export function sameLineElsewhere(k: Knowledge, fact: Fact): { fact: Fact; name: string }[] {
  if (fact.table || !fact.rowCode) return [];
  const sameLine = (other: Fact) =>
    !other.table &&
    other.rowCode === fact.rowCode &&
    other.column === fact.column &&
    other.period === fact.period &&
    other.measure === fact.measure &&
    other.value !== fact.value;
  return k
    .docs(fact.unit, { year: fact.year })
    .filter((doc) => doc.docId !== fact.docId)
    .flatMap((doc) => {
      const other = k.factsOf(doc.docId).find(sameLine);
      const name = `${doc.edition ? `${doc.edition}${doc.kind}` : `${doc.year}年度${doc.kind}`}说明`;
      return other ? [{ fact: other, name }] : [];
    });
}
