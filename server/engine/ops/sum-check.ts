import { money, withinRounding } from "../../../lib/money.js";
import { difference, total } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  NARRATIVE_NAMED,
  PARTS_GLOSSED,
  PARTS_JOINED,
  ROW_TOTAL_NAMED,
  SUM_CHECKED,
  WHOLE_UNNAMED,
} from "../lexicon/sum-check.js";
import { rowOfCells } from "../subject-cells.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf, wholeOfParts } from "./amounts.js";
import { metricLabel, scopeLabel } from "./labels.js";

/**
 * "A加B是否等于C": the parts added, set against the whole, with the formula and, when they do
 * not agree, the gap. The whole is the figure on the side of the checking word without the adding
 * mark ("A+B等于C", "C等于A加B"). Undefined for any other shape.
 */
export function sumCheckOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const implied = partsAgainstTheirWhole(k, plan, scopes);
  if (implied) return implied;
  // "<某行>的<列>加<列>能对上合计吗": the row's own total is the whole.
  const row =
    plan.metrics.length === 2 && ROW_TOTAL_NAMED.test(plan.question) ? rowOfCells(plan.metrics) : undefined;
  const metrics = row ? [...plan.metrics, row] : plan.metrics;
  if (scopes.length !== 1 || metrics.length !== 3) return undefined;
  const order = partsAndWhole(plan.question, metrics);
  if (!order) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  // "说明里…": the narrative's figures, where it states them, before the tables'.
  const inText = NARRATIVE_NAMED.test(plan.question);
  const [first, second, whole] = [...order.parts, order.whole].map((ref) => {
    const found = lookup(k, scope, ref, want);
    return { ref, fact: (inText && found.find((fact) => !fact.table)) || found[0] };
  });
  if (!first.fact || !second.fact || !whole.fact) return undefined;
  const measure = whole.fact.measure;
  if (first.fact.measure !== measure || second.fact.measure !== measure) return undefined;
  const [fl, sl, wl] = [first, second, whole].map((x) => metricLabel(x.ref, k));
  const added = total([first.fact.value, second.fact.value], measure);
  const b = new DraftBuilder();
  const same = money(added.value).eq(whole.fact.value);
  b.d.headline = [
    `${scopeLabel(scope)}${fl} `,
    b.fact(first.fact, fl),
    ` 加${sl} `,
    b.fact(second.fact, sl),
    " 为 ",
    b.computed(added, `${fl}与${sl}之和`, [first.fact, second.fact]),
    same ? `，与${wl} ` : `，不等于${wl} `,
    b.fact(whole.fact, wl),
    same ? " 相等。" : "",
  ];
  if (!same) {
    const gap = difference(whole.fact.value, added.value, measure);
    b.d.headline.push(
      "，相差 ",
      b.computed(gap, `${wl}与两项之和的差`, [whole.fact, first.fact, second.fact]),
      "。",
    );
    const printed = [first.fact.value, second.fact.value, whole.fact.value];
    if (withinRounding(printed, money(gap.value), 2))
      b.d.notes.push(["相差不超过各数按所印小数位取整可能造成的误差，多半是取整所致，不是口径不同。"]);
  }
  return b;
}

/** Which two of three figures are added and which is the whole, from where the checking word stands. */
function partsAndWhole(
  question: string,
  metrics: MetricRef[],
): { parts: [MetricRef, MetricRef]; whole: MetricRef } | undefined {
  const at = question.search(SUM_CHECKED);
  // "<某项>（<甲>+<乙>）是多少": the whole asked, its parts glossed in brackets after it.
  if (at < 0)
    return PARTS_GLOSSED.test(question) ? { parts: [metrics[1], metrics[2]], whole: metrics[0] } : undefined;
  const before = PARTS_JOINED.test(question.slice(0, at));
  const after = PARTS_JOINED.test(question.slice(at));
  if (before === after) return undefined;
  const [a, b, c] = metrics;
  return before ? { parts: [a, b], whole: c } : { parts: [b, c], whole: a };
}

/**
 * "<甲>、<乙>、<丙>相加是否就是总数": every part the figure is made of named, the whole only by
 * a word for a total. The parts added against the figure they make up.
 */
function partsAgainstTheirWhole(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const at = plan.question.search(SUM_CHECKED);
  if (scopes.length !== 1 || at < 0 || !WHOLE_UNNAMED.test(plan.question)) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  const whole = wholeOfParts(plan.metrics, (part) => lookup(k, scope, part, want).length > 0);
  if (!whole) return undefined;
  const parts = plan.metrics.map((ref) => ({ ref, fact: lookup(k, scope, ref, want)[0] }));
  const wholeFact = lookup(k, scope, whole, want)[0];
  if (!wholeFact || parts.some((p) => !p.fact || p.fact.measure !== wholeFact.measure)) return undefined;
  const facts = parts.map((p) => p.fact!);
  const added = total(
    facts.map((f) => f.value),
    wholeFact.measure,
  );
  const wl = metricLabel(whole, k);
  const same = money(added.value).eq(wholeFact.value);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}`,
    ...parts.flatMap((p, i): (string | ReturnType<DraftBuilder["fact"]>)[] => [
      i ? "、" : "",
      `${metricLabel(p.ref, k)} `,
      b.fact(p.fact!, metricLabel(p.ref, k)),
    ]),
    " 相加为 ",
    b.computed(added, `${parts.length}项之和`, facts),
    same ? `，与${wl} ` : `，不等于${wl} `,
    b.fact(wholeFact, wl),
    same ? " 相等。" : "",
  ];
  if (!same)
    b.d.headline.push(
      "，相差 ",
      b.computed(difference(wholeFact.value, added.value, wholeFact.measure), `${wl}与各项之和的差`, [
        wholeFact,
        ...facts,
      ]),
      "。",
    );
  return b;
}
