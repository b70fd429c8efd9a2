import type { Fact } from "../../../ingest/schema.js";
import { factFundScope } from "../../../ingest/domain/fund-scopes.js";
import { money } from "../../../lib/money.js";
import { difference, ratio } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { COMPLEMENT_WHOLES, FUND_PART_OF, NOT_OF_FUND, SHARE_WORDS } from "../lexicon/fund-complements.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";

/**
 * "<整体>里有多少比例不是<某资金>的钱": the whole (all funds) less the part the fund pays, and
 * that rest over the whole, both computed with their formulas from the two printed figures.
 * Undefined unless one unit's whole and the fund's part of it are both printed.
 */
export function fundComplementOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const fund = NOT_OF_FUND.exec(plan.question)?.[1];
  const whole = COMPLEMENT_WHOLES.find((entry) => entry.words.test(plan.question))?.whole;
  if (!fund || !whole || scopes.length !== 1 || !SHARE_WORDS.test(plan.question)) return undefined;
  const where = FUND_PART_OF[fund]?.[whole];
  if (!where) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  const wholes = lookup(k, scope, { type: "metric", key: whole }, want);
  const all = wholes.find((fact) => factFundScope(fact) === "all") ?? wholes[0];
  const part =
    "metric" in where
      ? lookup(k, scope, { type: "metric", key: where.metric }, want)[0]
      : wholes.find((fact) => factFundScope(fact) === "general");
  if (!all || !part || part.id === all.id || money(part.value).gt(all.value)) return undefined;
  return complementDraft(scope, metricLabel({ type: "metric", key: whole }), fund, all, part);
}

function complementDraft(scope: Scope, label: string, fund: string, all: Fact, part: Fact): Draft {
  const b = new DraftBuilder();
  const rest = difference(all.value, part.value, all.measure);
  const share = ratio(rest.value, all.value);
  b.d.headline = [
    `${scopeLabel(scope)}${label}（全部资金）`,
    b.fact(all, `${label}（全部资金）`),
    `中，${fund}安排 `,
    b.fact(part, `${label}（${fund}）`),
    `，不是${fund}的部分为 `,
    b.computed(rest, `${label}中非${fund}部分`, [all, part]),
    ...(share ? ["，占 ", b.computed(share, `${label}中非${fund}部分占比`, [all, part])] : []),
    "。",
  ];
  return b.build();
}
