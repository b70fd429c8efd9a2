import type { Fact } from "../../../ingest/schema.js";
import { factRatio } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./lookup.js";
import { metricLabel, partsOf } from "./labels.js";

/**
 * "<整体>里<甲>占几成" of a whole made of two parts (基本支出 = 人员经费 + 公用经费): the other part and
 * its share are the rest of the answer, read from the whole's own document.
 */
export function addComplementShare(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  asked: { part: MetricRef; whole: MetricRef; partFact: Fact; wholeFact: Fact; want: Want },
): void {
  const parts = partsOf(asked.whole);
  const others = parts.filter((p) => refKey(p) !== refKey(asked.part));
  const [other] = others;
  if (parts.length !== 2 || others.length !== 1 || !other) return;
  const ofDocument = lookup(k, scope, other, asked.want).filter((f) => f.docId === asked.wholeFact.docId);
  // Read where the part was read (the same table, or the narrative): both as one source prints them.
  const fact = ofDocument.find((f) => (f.table ?? "") === (asked.partFact.table ?? "")) ?? ofDocument[0];
  const share = fact && factRatio(fact, asked.wholeFact);
  if (!fact || !share) return;
  const label = metricLabel(other, k);
  const wholeLabel = metricLabel(asked.whole, k);
  b.d.bullets.push([
    `另一部分${label} `,
    b.fact(fact, label),
    `，占${wholeLabel}的 `,
    b.computed(share, `${label}占${wholeLabel}比重`, [fact, asked.wholeFact]),
    "。",
  ]);
}
