import { Decimal } from "decimal.js";

/** All money arithmetic goes through this Decimal: exact, and rounds half-up as finance staff expect. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

export function money(value: string | number | Money): Money {
  return new Money(value);
}

export function sum(values: (string | Money)[]): Money {
  return values.reduce<Money>((acc, v) => acc.plus(v), new Money(0));
}

/** Decimal places a figure was printed with ("3.60" → 2, "40" → 0). */
export function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

/**
 * Whether `printed` is `exact` rounded half-up to the places it was printed with ("1660.32" of
 * 1660.3248, "12.0" of 11.96): a sentence restating a table's figure at lower precision.
 */
export function isRoundingOf(exact: string | Money, printed: string): boolean {
  return new Money(exact).toDecimalPlaces(decimalsOf(printed)).eq(printed);
}

/** a ÷ b × 100, rounded half-up; undefined when b is zero. */
export function percentOf(a: string | Money, b: string | Money, places = 2): Money | undefined {
  const den = new Money(b);
  if (den.isZero()) return undefined;
  return new Money(a).div(den).times(100).toDecimalPlaces(places, Money.ROUND_HALF_UP);
}

/** Plain fixed-point text without trailing noise ("31.50", "-210.40", "100"). */
export function formatDecimal(value: Money, places?: number): string {
  return places === undefined ? value.toFixed() : value.toFixed(places, Money.ROUND_HALF_UP);
}

/**
 * A difference no larger than the last printed digit (of the least precise figure) times the
 * number of addends is rounding: ingest's arithmetic checks and the answers that check a sum.
 */
export function withinRounding(values: string[], diff: Money, addends: number): boolean {
  const places = Math.min(...values.map(decimalsOf));
  const unit = money(1).div(money(10).pow(places));
  return diff.abs().lte(unit.times(Math.max(1, addends)));
}
