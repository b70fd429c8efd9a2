/**
 * A sum across units where one unit's document already adds up the other ("<部门>预算汇总的是本级和
 * <某单位>"): adding them would count that unit twice.
 */
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey } from "../plan-schema.js";
import { metricLabel } from "./labels.js";
import type { Row } from "./row-labels.js";

/** The row of a document that adds up another row's unit, that row (same figure, same year), and the bodies it adds. */
function coveringPair(k: Knowledge, found: Row[]): { outer: Row; inner: Row; covers: string[] } | undefined {
  for (const outer of found) {
    const doc = k
      .docs(outer.scope.unit, { year: outer.scope.year })
      .find((d) => d.docId === outer.fact.docId);
    const inner = found.find(
      (row) =>
        row !== outer &&
        row.scope.year === outer.scope.year &&
        refKey(row.ref) === refKey(outer.ref) &&
        !!doc?.covers.includes(row.scope.unit),
    );
    if (inner && doc) return { outer, inner, covers: doc.covers };
  }
  return undefined;
}

/**
 * Two units' figures where the first one's document includes the second: not added. The covering
 * figure, the covered unit's own, and what is left for the first unit's own bodies (their
 * difference, computed) are given, and why they are not added. Undefined when no document covers
 * another unit asked.
 */
export function coveredSumOp(k: Knowledge, found: Row[]): DraftBuilder | undefined {
  const pair = found.length === 2 ? coveringPair(k, found) : undefined;
  if (!pair) return undefined;
  const { outer, inner, covers } = pair;
  const label = metricLabel(outer.ref, k);
  const year = outer.scope.year;
  const kind = outer.fact.kind ?? outer.scope.doc.kind;
  const b = new DraftBuilder();
  b.d.headline = [
    `${outer.scope.unit}${year}年度${kind}文件所列${label} `,
    b.fact(outer.fact, `${outer.scope.unit}${label}`),
    ` 已包含${inner.scope.unit}（该文件汇总的是本级和${covers.join("、")}），不能再与${inner.scope.unit}的数字相加。`,
  ];
  b.d.bullets.push([`${inner.scope.unit}${label}：`, b.fact(inner.fact, `${inner.scope.unit}${label}`)]);
  // (A body's own figure above the one that includes it is no remainder to work out.)
  if (money(outer.fact.value).gte(inner.fact.value))
    b.d.bullets.push([
      `扣除${inner.scope.unit}后，${outer.scope.unit}其余部分为 `,
      b.computed(
        difference(outer.fact.value, inner.fact.value, outer.fact.measure),
        `${outer.scope.unit}扣除${inner.scope.unit}后的${label}`,
        [outer.fact, inner.fact],
      ),
      "。",
    ]);
  if (inner.fact.kind && inner.fact.kind !== kind)
    b.d.notes.push([
      `${inner.scope.unit}的数字取自其${inner.fact.kind}文件所列${inner.fact.basis ?? ""}数，与${kind}文件的口径可能不同。`,
    ]);
  return b;
}
