import { money } from "../../../lib/money.js";
import { difference, growth, total } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { metricLabel } from "./labels.js";
import type { Row } from "./row-labels.js";

/** A change between the years' totals asked beside them ("合计多少？比那年变了多少"). */
const CHANGE_ASKED = /少了|多了|增加|减少|下降|增长|变化|相比|差多少|比.{0,8}(?:多|少)/;

/**
 * Several figures of one unit added year by year ("甲加乙合计多少？比<某年>变了多少"): each year's
 * total with its formula and, when a change is asked, the later total less the earlier. Undefined
 * unless the rows are one unit's, of two or more years and two or more metrics.
 */
export function sumByYearOp(k: Knowledge, plan: QueryPlan, found: Row[]): DraftBuilder | undefined {
  const units = new Set(found.map((r) => r.scope.unit));
  const metrics = new Set(found.map((r) => JSON.stringify(r.ref)));
  const years = [...new Set(found.map((r) => r.scope.year))].sort((a, b) => a - b);
  if (units.size !== 1 || metrics.size < 2 || years.length < 2) return undefined;
  const names = [...new Set(found.map((r) => metricLabel(r.ref, k)))].join("、");
  const b = new DraftBuilder();
  const totals = years.map((year) => {
    const rows = found.filter((r) => r.scope.year === year);
    const sum = total(
      rows.map((r) => r.fact.value),
      rows[0].fact.measure,
    );
    const segment = b.computed(
      sum,
      `${year}年${names}合计`,
      rows.map((r) => r.fact),
    );
    return { year, rows, sum, segment };
  });
  const [unit] = units;
  b.d.headline = [`${unit}${names}合计：`];
  totals.forEach((t, i) => b.d.headline.push(i ? "；" : "", `${t.year}年 `, t.segment));
  const [first, last] = [totals[0], totals[totals.length - 1]];
  if (CHANGE_ASKED.test(plan.question) && first.rows.length === last.rows.length) {
    const facts = [...first.rows, ...last.rows].map((r) => r.fact);
    const change = difference(last.sum.value, first.sum.value, last.sum.measure);
    const line: Segment[] = ["，", `${last.year}年比${first.year}年变化 `];
    line.push(b.change({ ...change, facts }, `${names}合计变化`));
    const rate = money(first.sum.value).isZero() ? undefined : growth(last.sum.value, first.sum.value);
    if (rate) line.push("，", b.change({ ...rate, facts }, `${names}合计变化率`));
    b.d.headline.push(...line);
  }
  b.d.headline.push("。");
  for (const t of totals)
    for (const r of t.rows)
      b.d.bullets.push([`${t.year}年${metricLabel(r.ref, k)}：`, b.fact(r.fact, metricLabel(r.ref, k))]);
  return b;
}
