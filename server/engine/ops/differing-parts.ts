import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { DIFFERENCE_EXPLAINED } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, partsOf } from "./labels.js";
import type { Row } from "./row-labels.js";

/**
 * "部门版和单位版的<某费>怎么不同", "甲乙两家的<某费>差在哪": beside two scopes' figures of one metric, its
 * parts read for both, each part that differs with its own gap, and which part makes the whole gap.
 * Parts that one side does not state are left out; nothing is said when no part is read on both.
 */
export function addDifferingParts(
  knowledge: Knowledge,
  plan: QueryPlan,
  [first, second]: Row[],
  rowLabel: (row: Row) => string,
  draft: DraftBuilder,
): void {
  if (!DIFFERENCE_EXPLAINED.test(plan.question) || first.scope === second.scope) return;
  if (first.ref !== second.ref || first.fact.measure !== second.fact.measure) return;
  const pairs = partsOf(first.ref).flatMap((part) => {
    const a = lookup(knowledge, first.scope, part, wantOf(plan, first.scope))[0];
    const c = lookup(knowledge, second.scope, part, wantOf(plan, second.scope))[0];
    return a && c && a.measure === first.fact.measure && c.measure === a.measure
      ? [{ label: metricLabel(part, knowledge), a, c }]
      : [];
  });
  if (pairs.length < 2) return;
  const differing = pairs.filter(({ a, c }) => !money(a.value).eq(c.value));
  const [la, lc] = [rowLabel(first), rowLabel(second)];
  for (const { label, a, c } of differing) {
    const more = money(a.value).gt(c.value);
    const [big, small] = more ? [a, c] : [c, a];
    const gap = difference(big.value, small.value, a.measure);
    const line: Segment[] = [`${label}：${la} `, draft.fact(a, `${la}${label}`), `，${lc} `];
    line.push(draft.fact(c, `${lc}${label}`), `，${more ? la : lc}多 `);
    line.push(draft.computed(gap, `${label}之差`, [big, small]));
    draft.d.bullets.push(line);
  }
  const same = pairs.filter((pair) => !differing.includes(pair));
  const whole = difference(first.fact.value, second.fact.value, first.fact.measure);
  const onlyGap = differing.length === 1 && pairs.length === partsOf(first.ref).length;
  const alone = onlyGap && money(differing[0].a.value).minus(differing[0].c.value).eq(whole.value);
  // Said only where it tells more than the lines above: the parts that are the same, or the one part
  // the whole gap comes from.
  if (!same.length && !alone) return;
  draft.d.notes.push([
    differing.length
      ? `两者的差别在${differing.map(({ label }) => label).join("、")}${alone ? "，差额全部来自这一项" : ""}`
      : "各组成部分数字相同",
    ...(same.length && differing.length ? sameParts(same, draft) : ["。"]),
  ]);
}

/** "；因公出国（境）费（0.00万元）、公务用车运行费（9.98万元）两边相同。" */
function sameParts(same: { label: string; a: Fact }[], draft: DraftBuilder): Segment[] {
  const listed = same.flatMap(({ label, a }, i): Segment[] => [
    `${i ? "、" : "；"}${label}（`,
    draft.fact(a, label),
    "）",
  ]);
  return [...listed, "两边相同。"];
}
