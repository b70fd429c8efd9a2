import type { Fact } from "../../../ingest/schema.js";
import { decimalsOf, money } from "../../../lib/money.js";
import { difference, growth } from "../calculator.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";

/** Rounding of printed operands moves a computed rate by hundredths; another base moves it by more. */
const RATE_TOLERANCE = money("0.1");

/**
 * A budget states last year's budget and what last year spent ("<上年>预算X万元，预计执行Y万元")
 * and its change on last year: the change is on last year's budget when that budget gives it. Set
 * against the spending, the change is no misprint; it has another base, returned here.
 */
export function budgetOfStatedChange(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
  previous: Fact,
  stated: { amount?: Fact; rate?: Fact },
): Fact | undefined {
  if (scope.doc.kind !== "预算" || previous.basis !== "决算") return undefined;
  const budget = lookup(k, scope, ref, "prev_budget").find((fact) => fact.measure === current.measure);
  if (!budget || money(budget.value).eq(previous.value)) return undefined;
  if (stated.amount) {
    const change = difference(current.value, budget.value, current.measure);
    const places = Math.max(decimalsOf(stated.amount.value), 2);
    return money(change.value).toDecimalPlaces(places).eq(stated.amount.value) ? budget : undefined;
  }
  const rate = growth(current.value, budget.value);
  const fits =
    !!stated.rate && !!rate && money(rate.value).minus(stated.rate.value).abs().lte(RATE_TOLERANCE);
  return fits ? budget : undefined;
}
