import type { Fact } from "../../../ingest/schema.js";
import { factFundScope, FUND_SCOPE_WORDS } from "../../../ingest/domain/fund-scopes.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import { REST_OF_FUNDS_ASKED } from "../lexicon/fund-complements.js";

/**
 * "<某科目>多少？→ 其中<某基金>的部分呢，其余的呢": a row read in one fund's table, beside the
 * same row in the all-funds table: the rest is the whole less that fund's part, computed and cited.
 * Nothing when the question asks no rest or no all-funds row of the same basis is printed.
 */
export function addRestOfFunds(b: DraftBuilder, question: string, facts: Fact[], label: string): void {
  const [shown] = facts;
  const scope = shown && factFundScope(shown);
  if (!shown || !scope || scope === "all" || !REST_OF_FUNDS_ASKED.test(question)) return;
  const whole = facts.find(
    (fact) =>
      fact.table && factFundScope(fact) === "all" && fact.docId === shown.docId && fact.basis === shown.basis,
  );
  if (!whole) return;
  if (!money(whole.value).gt(shown.value)) return;
  const rest = difference(whole.value, shown.value, shown.measure);
  b.d.bullets.push([
    `${label}全部资金 `,
    b.fact(whole, `${label}（全部资金）`),
    `中，${FUND_SCOPE_WORDS[scope].replace(/^只含/, "")}以外的其余部分为 `,
    b.computed(rest, `${label}其余资金`, [whole, shown]),
    "（其他资金来源安排）。",
  ]);
}
