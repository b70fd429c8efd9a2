import type { Fact } from "../../../ingest/schema.js";
import { TO_BUY_COLUMN } from "../lexicon/count-amounts.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { kindOf, metricLabel, scopeLabel } from "./labels.js";

/** The kind the question names: its whole name, or a qualifier that is part of it ("机要用车" is not). */
function namedKind(plan: QueryPlan, kinds: Fact[]): Fact | undefined {
  return kinds.find((f) => {
    const kind = kindOf(f) ?? "";
    return (
      plan.question.includes(kind) || plan.qualifiers.some((word) => word.length >= 2 && kind.includes(word))
    );
  });
}

/**
 * "<某类用车>占全部车辆的比例": a count stated by kind beside its total ("保有量N辆，其中<某类>
 * M辆"), one kind over the total, with its formula. Undefined unless the question names one kind.
 */
export function kindShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (plan.metrics.length !== 1 || scopes.length !== 1) return undefined;
  const [ref] = plan.metrics;
  const [scope] = scopes;
  const facts = lookup(k, scope, ref, wantOf(plan, scope));
  const total = facts.find((f) => f.column === "数量");
  if (!total) return undefined;
  const kinds = facts.filter(
    (f) => kindOf(f) && !TO_BUY_COLUMN.test(f.column) && f.measure === total.measure,
  );
  const part = namedKind(plan, kinds);
  const share = part && factRatio(part, total);
  if (!part || !share) return undefined;
  const label = metricLabel(ref, k);
  const kind = kindOf(part) ?? "";
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${kind}占${label}的 `,
    b.computed(share, `${kind}占${label}比重`, [part, total]),
    "。",
  ];
  b.d.bullets.push([
    `${kind} `,
    b.fact(part, `${label}（${kind}）`),
    `，${label} `,
    b.fact(total, label),
    "。",
  ]);
  return b;
}
