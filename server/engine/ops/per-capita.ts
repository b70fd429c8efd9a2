import { perUnit } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { PER_UNITS } from "../lexicon/scope-attributes.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, stateValue, wantOf } from "./amounts.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";

/**
 * "人均…", "每辆车…": an amount divided by a count the same unit discloses (在职人数, 编制数,
 * 车辆数), computed with its formula. Without both figures the answer names what it has.
 */
export function perCapitaOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  const per = PER_UNITS.find((p) => p.key === plan.perUnit);
  const ref = plan.metrics[0];
  for (const scope of per ? scopes : []) {
    const want = wantOf(plan, scope);
    const amounts = lookup(k, scope, ref, want);
    const label = metricLabel(ref, k);
    const counts = per!.divisors
      .map((key) => ({ key, fact: lookup(k, scope, { type: "metric", key } as MetricRef, "count")[0] }))
      .filter((c) => c.fact && Number(c.fact.value) > 0);
    if (!amounts.length || !counts.length) {
      const missing = !amounts.length ? label : per!.divisors.join("或");
      b.d.notes.push([`${scopeLabel(scope)}文件中没有列出${missing}，无法计算。`]);
      continue;
    }
    const { headline, notes } = stateValue(b, amounts, label);
    const [first, ...others] = counts;
    const result = perUnit(amounts[0].value, first.fact!.value, `${amounts[0].measure}/${per!.per}`);
    const line: Segment[] = [
      `${scopeLabel(scope)}${label}${wantLabel(want, amounts[0], label)} `,
      ...headline,
      `，${first.key} `,
      b.fact(first.fact!, first.key),
      `，平均每${per!.per} `,
      b.computed(result, `${label}平均每${per!.per}`, [amounts[0], first.fact!]),
      "。",
    ];
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    for (const other of others) {
      const alt = perUnit(amounts[0].value, other.fact!.value, result.measure);
      b.d.bullets.push([
        `按${other.key} `,
        b.fact(other.fact!, other.key),
        " 计算为 ",
        b.computed(alt, `${label}按${other.key}平均`, [amounts[0], other.fact!]),
        "。",
      ]);
    }
    b.d.notes.push(...notes);
    b.d.notes.push(["平均数由公开的总额除以人数（或车辆数）计算，文件本身没有列出这一数字。"]);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
}
