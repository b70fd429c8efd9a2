import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/**
 * A budget set against last year's execution, which this year's budget states ("比<上年>预算执行数…"):
 * last year's own budget document prints its start-of-year budget too, and the change on that one is
 * given beside (like with like), when the two differ.
 */
export function addEarlierBudget(
  k: Knowledge,
  b: DraftBuilder,
  earlier: Scope | undefined,
  ref: MetricRef,
  current: Fact,
  previous: Fact,
  label: string,
): void {
  if (!earlier || earlier.doc.kind !== "预算" || !previous.period) return;
  const budget = lookup(k, earlier, ref, "budget").find((fact) => fact.measure === current.measure);
  if (!budget || money(budget.value).eq(previous.value)) return;
  const facts = [current, budget];
  const change = difference(current.value, budget.value, current.measure);
  const rate = growth(current.value, budget.value);
  const line: Segment[] = [
    `${earlier.year}年度预算文件所列${earlier.year}年年初预算为 `,
    b.fact(budget, `${label}${earlier.year}年年初预算`),
    "，与之相比变化 ",
    b.change({ ...change, facts }, `${label}比上年年初预算增减（计算）`),
  ];
  if (rate) line.push("，", b.change({ ...rate, facts }, `${label}比上年年初预算增长率（计算）`));
  line.push("。");
  b.d.bullets.push(line);
}
