import { money } from "../../../lib/money.js";
import { lessAll } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { CARRY_IDENTITIES } from "../lexicon/outside-parts.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, type wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";

/**
 * "<单位>年初结转和结余有几何" where the 收支总表 leaves the row blank: the table's own identity says
 * what it holds. Answered only when the 总计 equals this year's total in the same table (then every
 * row beside it is 0); otherwise the blank stays unread.
 */
export function blankCarryOver(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: ReturnType<typeof wantOf>,
): boolean {
  const identity = ref.type === "metric" ? CARRY_IDENTITIES.find((i) => i.part === ref.key) : undefined;
  if (!identity) return false;
  const total = lookup(k, scope, { type: "metric", key: identity.total }, want)[0];
  const thisYear = lookup(k, scope, { type: "metric", key: identity.thisYear }, want)[0];
  if (!total?.table || total.table !== thisYear?.table || total.measure !== thisYear.measure) return false;
  const held = lessAll(total.value, [thisYear.value], total.measure);
  if (!money(held.value).isZero()) return false;
  const label = metricLabel(ref, k);
  const totalLabel = metricLabel({ type: "metric", key: identity.total }, k);
  const yearLabel = metricLabel({ type: "metric", key: identity.thisYear }, k);
  b.d.headline = [
    `${scopeLabel(scope)}${label}为 `,
    b.computed(held, `${totalLabel}减${yearLabel}`, [total, thisYear]),
    "。",
  ];
  b.d.bullets.push([
    `表中此行空白；同表总计 `,
    b.fact(total, totalLabel),
    `与${yearLabel} `,
    b.fact(thisYear, yearLabel),
    ` 相等，总计之外的结转结余各行都是 0。`,
  ]);
  return true;
}
