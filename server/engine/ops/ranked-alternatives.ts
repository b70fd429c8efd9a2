import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import { otherEditionScope, type Scope } from "../scope.js";
import { sourcePlace } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { disagreeingValues } from "./state-value.js";

/**
 * Units ranked by one figure each: where a unit's document prints the figure otherwise elsewhere
 * (a table against its 说明), or its other edition of the year (部门 against 单位) prints another,
 * a note names it, so the ranking hides no figure the documents give.
 */
export function addRankedAlternatives(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  ref: MetricRef,
  label: string,
  ranked: { scope: Scope; fact: Fact }[],
): void {
  for (const { scope, fact } of ranked) {
    const want = wantOf(plan, scope);
    const others = disagreeingValues(lookup(k, scope, ref, want)).filter(
      (other) => other.id !== fact.id && !money(other.value).eq(fact.value),
    );
    for (const other of others)
      b.d.notes.push([
        `${scope.unit}：${sourcePlace(other)}所列为 `,
        b.fact(other, `${scope.unit}${label}（${sourcePlace(other)}）`),
        `，与${sourcePlace(fact)}的数字不一致（文件前后不一致，请以原文核对）。`,
      ]);
    const edition = otherEditionScope(k, scope);
    const inOther = edition && lookup(k, edition, ref, wantOf(plan, edition))[0];
    if (inOther && inOther.measure === fact.measure && !money(inOther.value).eq(fact.value))
      b.d.notes.push([
        `${scope.unit}${edition.edition}${edition.doc.kind}所列为 `,
        b.fact(inOther, `${scope.unit}${label}（${edition.edition}${edition.doc.kind}）`),
        `（上面排序用的是${scope.doc.edition}${scope.doc.kind}，两版所含单位不同）。`,
      ]);
  }
}
