import { money } from "../../../lib/money.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./amounts.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { partsIn } from "./rank-parts.js";

/**
 * The project spending of one unit listed by the projects its document names, largest first,
 * each cited, with the total when stated; undefined when fewer than two projects carry an amount
 * (the caller answers with the figure itself).
 */
export function projectBreakdownOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const found = partsIn(k, scope, ref)
    .filter((part) => part.type === "project")
    .flatMap((part) => {
      const fact = lookup(k, scope, part, want)[0];
      return fact ? [{ part, fact }] : [];
    });
  // One project under two spellings ("某某" and "某某经费") is one row.
  const seen = new Set<string>();
  const rows = found.filter(({ fact }) => !seen.has(fact.id) && !!seen.add(fact.id));
  if (rows.length < 2) return undefined;
  rows.sort((x, y) => money(y.fact.value).comparedTo(x.fact.value));
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const total = lookup(k, scope, ref, want)[0];
  b.d.headline = total
    ? [`${scopeLabel(scope)}${label}为 `, b.fact(total, label), "，文件列出的项目如下："]
    : [`${scopeLabel(scope)}文件列出的项目如下：`];
  for (const { part, fact } of rows.slice(0, 12))
    b.d.bullets.push([`${metricLabel(part, k)}：`, b.fact(fact, metricLabel(part, k))]);
  if (rows.length > 12) b.d.notes.push(["只列出前十二项，其余从略。"]);
  return b;
}
