import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { GAP_SOURCE_ASKED } from "../lexicon/budget-adjustment.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/** The year's income and spending, and the carry-overs that bridge them in final accounts. */
const INCOME = "收入合计";
const SPENDING = "支出合计";
const CARRIED_IN = "年初结转和结余";
const CARRIED_OUT = "年末结转和结余";

/**
 * "本年支出比收入多多少，差额哪来的": in final accounts the year's spending beyond its income is paid
 * from what was carried in, less what is carried out (收入 + 年初结转和结余 = 支出 + 年末结转和结余).
 * Said only where the printed carry-overs close the gap exactly.
 */
export function addCarryOverGap(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  figures: { ref: MetricRef; fact: Fact }[],
): void {
  if (scope.doc.kind !== "决算" || !GAP_SOURCE_ASKED.test(plan.question)) return;
  const read = (key: string) => figures.find(({ ref }) => ref.type === "metric" && ref.key === key)?.fact;
  const income = read(INCOME);
  const spending = read(SPENDING);
  if (!income || !spending) return;
  const carried = (key: string) =>
    lookup(k, scope, { type: "metric", key }, "actual").find((fact) => fact.docId === spending.docId);
  const carriedIn = carried(CARRIED_IN);
  const carriedOut = carried(CARRIED_OUT);
  if (!carriedIn || !carriedOut) return;
  const gap = money(spending.value).minus(income.value);
  const bridged = difference(carriedIn.value, carriedOut.value, spending.measure);
  if (!gap.eq(bridged.value)) return;
  b.d.bullets.push([
    gap.gte(0)
      ? "支出多于收入的部分由上年结转的资金安排：年初结转和结余 "
      : "收入多于支出的部分结转下年：年初结转和结余 ",
    b.fact(carriedIn, CARRIED_IN),
    "，年末结转和结余 ",
    b.fact(carriedOut, CARRIED_OUT),
    "，两者之差 ",
    b.computed(bridged, "年初与年末结转和结余之差", [carriedIn, carriedOut]),
    "，与收支之差相等。",
  ]);
}
