import { factRatio, type Computed } from "../calculator.js";
import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { COMPLEMENT_WHOLES, OF_FUND, SHARE_WORDS } from "../lexicon/fund-complements.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { fundPartOf } from "./fund-complement-share.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { factFundScope, type FundScope } from "../../../ingest/domain/fund-scopes.js";

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
    (named.at > fund.index && !named.entry.afterPart) ||
    scopes.length !== 1 ||
    !SHARE_WORDS.test(plan.question) ||
    // "<某科目>的收入里，财政拨款占多少": a row's own whole, not the department's (the row's cells answer).
    plan.metrics.some((metric) => metric.type === "subject")
  )
    return undefined;
  const [scope] = scopes;
  const whole = named.entry.whole;
  const { all, part } = fundPartOf(k, scope, fund[1], whole, wantOf(plan, scope));
  const share = all && part && factRatio(part, all);
  if (!all || !part || !share) return undefined;
  const label = metricLabel({ type: "metric", key: whole });
  return fundPartDraft(`${scopeLabel(scope)}${label}（全部资金）`, label, fund[1], { all, part, share });
}

/** "<整体>（全部资金）A中，<某资金>安排 B，占 C": a fund's part of a whole of all funds, over it. */
function fundPartDraft(
  whole: string,
  label: string,
  fund: string,
  figures: { all: Fact; part: Fact; share: Computed },
): Draft {
  const { all, part, share } = figures;
  const b = new DraftBuilder();
  b.d.headline = [
    whole,
    b.fact(all, `${label}（全部资金）`),
    `中，${fund}安排 `,
    b.fact(part, `${label}（${fund}）`),
    "，占 ",
    b.computed(share, `${label}中${fund}部分占比`, [part, all]),
    "。",
  ];
  return b.build();
}

/** The totals a row's whole is said as ("占全部支出"), no figures of their own beside the row. */
const ROW_WHOLES = new Set(["支出合计", "收入合计"]);

/** The fund a question names for a row's part, as the fund scopes call it. */
const ROW_FUND_SCOPES: Readonly<Record<string, FundScope>> = {
  一般公共预算: "general",
  财政拨款: "appropriation",
};

/**
 * "<某科目>里一般公共预算拨款占全部支出的比例": the row as that fund's table prints it over the row as the
 * all-funds table does. Undefined unless one subject is asked and both tables print its row.
 */
export function rowFundPartShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const fund = OF_FUND.exec(plan.question)?.[1];
  const [ref, ...rest] = plan.metrics;
  const scoped = fund ? ROW_FUND_SCOPES[fund] : undefined;
  // (Beside the row, only the whole it is read as: "占全部支出".)
  const wholeOnly = rest.every((other) => other.type === "metric" && ROW_WHOLES.has(other.key));
  if (!fund || !scoped || scopes.length !== 1 || ref?.type !== "subject" || !wholeOnly) return undefined;
  if (!SHARE_WORDS.test(plan.question)) return undefined;
  const [scope] = scopes;
  const rows = lookup(k, scope, ref, wantOf(plan, scope)).filter((fact) => !!fact.table);
  const all = rows.find((fact) => factFundScope(fact) === "all");
  const part = rows.find((fact) => factFundScope(fact) === scoped && fact.docId === all?.docId);
  const share = all && part && factRatio(part, all);
  if (!all || !part || !share) return undefined;
  const label = metricLabel(ref, k);
  return fundPartDraft(`${scopeLabel(scope)}${label}全部资金 `, label, fund, { all, part, share });
}
