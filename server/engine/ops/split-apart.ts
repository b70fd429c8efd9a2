import { METRICS } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Want } from "../select-facts.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { sourcePlace } from "./labels.js";
import { disagreeingValues } from "./state-value.js";

/**
 * Two tables printing a part otherwise while its whole agrees (人员经费 20,374,181 and 20,272,981
 * of one 基本支出 22,118,861): the whole is split differently between its parts, and the other part
 * moves the other way. Said in a note with the other part's two figures.
 */
export function addSplitApart(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  facts: Fact[],
): void {
  if (ref.type !== "metric") return;
  const [first] = facts;
  const [other] = disagreeingValues(facts);
  const whole = METRICS.find((m) => m.parts?.includes(ref.key));
  // (Two parts only: one moving against the other leaves their whole as it was.)
  if (!first || !other || whole?.parts?.length !== 2) return;
  const moved = money(first.value).minus(other.value);
  for (const key of whole.parts.filter((part) => part !== ref.key)) {
    const sibling = lookup(k, scope, { type: "metric", key }, want);
    const inFirst = sibling.find((f) => f.docId === first.docId && f.table === first.table);
    const inOther = sibling.find((f) => f.docId === other.docId && f.table === other.table);
    if (!inFirst || !inOther) continue;
    // (A table printed to the 元 beside one printed to the 分: equal within a 元.)
    const apart = money(inOther.value).minus(inFirst.value).minus(moved).abs();
    if (apart.gte(first.measure === "万元" ? "0.0001" : "1")) continue;
    b.d.notes.push([
      `两表的${whole.key}合计相同，差别在${ref.key}与${key}的划分：${key}${sourcePlace(inFirst)}为 `,
      b.fact(inFirst, `${key}（${sourcePlace(inFirst)}）`),
      `，${sourcePlace(inOther)}为 `,
      b.fact(inOther, `${key}（${sourcePlace(inOther)}）`),
      "。",
    ]);
    return;
  }
}
