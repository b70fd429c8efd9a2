import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Doubt } from "../scope-check.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";

/**
 * A refusal that names the closest disclosed figure: "文件没有…；最接近的公开数字是 …". The
 * figure is cited like any other, and the answer's status stays not_found.
 */
export function closestFigure(k: Knowledge, plan: QueryPlan, scopes: Scope[], doubt: Doubt): Draft {
  const b = new DraftBuilder();
  b.d.status = "not_found";
  const head: Segment[] = [`文件没有${doubt.lacking}`];
  const scope = scopes[0];
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const fact = ref ? lookup(k, scope, ref, want)[0] : undefined;
  if (fact) {
    const label = metricLabel(ref, k);
    head.push(
      `；最接近的公开数字是${scopeLabel(scope)}${label}${wantLabel(want, fact, label)} `,
      b.fact(fact, label),
      doubt.closest ? `（${doubt.closest}）` : "",
    );
    // A cost per occasion is not stated, but how many occasions there were may be.
    if (doubt.attribute?.key === "per_occasion") {
      const counts = lookup(k, scope, ref, "count").filter((f) => !/元|辆|%/.test(f.measure));
      const seen = new Set<string>();
      const segs: Segment[] = [];
      for (const f of counts) {
        if (seen.has(`${f.value}${f.measure}`)) continue;
        seen.add(`${f.value}${f.measure}`);
        segs.push(segs.length ? "、" : "", b.fact(f, `${label}${f.column}`));
      }
      if (segs.length) b.d.bullets.push(["文件同时列出的次数：", ...segs, "。"]);
    }
  }
  b.d.headline = [...head, "。文件中没有的数字我不会推测。"];
  return b.build();
}
