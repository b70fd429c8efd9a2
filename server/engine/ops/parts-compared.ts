import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { compare } from "./budget.js";
import { metricLabel, partsOf } from "./labels.js";

/** A figure's smallest parts (三公经费 → 出国, 购车, 车辆运行, 接待): where the documents give reasons. */
function leafParts(ref: MetricRef): MetricRef[] {
  return partsOf(ref).flatMap((part) => (partsOf(part).length ? leafParts(part) : [part]));
}

/**
 * A variance draft of a figure made of parts (“三公”经费): each part's budget and actual, its gap and
 * the reason the document gives for it, so the draft explains the whole by what moved it. Parts
 * with neither budget nor spending are left out.
 */
export function addPartsCompared(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  whole: MetricRef,
): void {
  for (const part of leafParts(whole)) {
    const c = compare(k, plan, scope, part);
    if (!c || c.budget.id === c.actual.id) continue;
    if (money(c.budget.value).isZero() && money(c.actual.value).isZero()) continue;
    const label = metricLabel(part, k);
    const diff = gap(c.actual.value, c.budget.value, c.actual.measure);
    const over = money(c.actual.value).gt(c.budget.value);
    const budget = b.fact(c.budget, `${label}预算`);
    const actual = b.fact(c.actual, `${label}决算`);
    const moved: Segment[] = money(diff.value).isZero()
      ? ["，与预算持平"]
      : [
          `，${over ? "超出" : "少于"}预算 `,
          b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]),
        ];
    b.d.bullets.push([
      `其中${label}：预算 `,
      budget,
      "，决算 ",
      actual,
      ...moved,
      c.reason ? `；文件说明的原因：${c.reason}。` : "。",
    ]);
    // The draft explains the whole by the parts that moved it, each with its reason.
    b.d.draft?.push(
      `其中，${label}预算`,
      budget,
      "，支出决算",
      actual,
      // The draft's prose sets figures flush against their words.
      ...moved.map((segment) => (typeof segment === "string" ? segment.trimEnd() : segment)),
      c.reason ? `，主要原因是：${c.reason}。` : "。",
    );
  }
}
