import { factRatio } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { COMPLEMENT_WHOLES, OF_FUND, SHARE_WORDS } from "../lexicon/fund-complements.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { fundPartOf } from "./fund-complement-share.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { wantOf } from "./lookup.js";

/**
 * "<整体>里<某资金>的钱占多少": the part of the whole (all funds) that fund pays, over the whole, both
 * printed (the fund's own table or income row). Undefined unless one unit's whole is named before
 * the fund and both figures are printed.
 */
export function fundPartShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const fund = OF_FUND.exec(plan.question);
  const named = COMPLEMENT_WHOLES.map((entry) => ({ entry, at: plan.question.search(entry.words) })).find(
    ({ at }) => at >= 0,
  );
  if (
    !fund?.[1] ||
    !named ||
    named.at > fund.index ||
    scopes.length !== 1 ||
    !SHARE_WORDS.test(plan.question)
  )
    return undefined;
  const [scope] = scopes;
  const whole = named.entry.whole;
  const { all, part } = fundPartOf(k, scope, fund[1], whole, wantOf(plan, scope));
  const share = all && part && factRatio(part, all);
  if (!all || !part || !share) return undefined;
  const label = metricLabel({ type: "metric", key: whole });
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${label}（全部资金）`,
    b.fact(all, `${label}（全部资金）`),
    `中，${fund[1]}安排 `,
    b.fact(part, `${label}（${fund[1]}）`),
    "，占 ",
    b.computed(share, `${label}中${fund[1]}部分占比`, [part, all]),
    "。",
  ];
  return b.build();
}
