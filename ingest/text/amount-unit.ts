import { Decimal } from "decimal.js";
import { decimalsOf } from "../../lib/money.js";
import type { PrintedAmount } from "../schema.js";

/** Every amount fact is stated in this measure, whatever unit the document printed it in. */
export const CANONICAL_AMOUNT_UNIT = "万元";

/** Powers of ten from each printed amount unit to 万元. */
export const AMOUNT_UNIT_SHIFT = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 } as const;
export type AmountUnit = keyof typeof AMOUNT_UNIT_SHIFT;

export function isAmountUnit(unit: string): unit is AmountUnit {
  return Object.hasOwn(AMOUNT_UNIT_SHIFT, unit);
}

/** Enough precision for any amount a disclosure prints: the shift never rounds. */
const Exact = Decimal.clone({ precision: 80 });

/**
 * An amount in the canonical measure, exactly: 123456789.00 元 → 12345.6789 万元. Amounts printed
 * in 万元 keep their printed form ("135.60"); other units are converted and keep what was printed.
 */
export function toCanonicalAmount(
  value: string,
  unit: string,
): { value: string; measure: string; printed?: PrintedAmount } {
  if (!isAmountUnit(unit) || unit === CANONICAL_AMOUNT_UNIT) return { value, measure: unit };
  const shifted = new Exact(value).times(new Exact(10).pow(AMOUNT_UNIT_SHIFT[unit])).toFixed();
  return { value: shifted, measure: CANONICAL_AMOUNT_UNIT, printed: { value, unit } };
}

/** Decimal places a printed amount has once stated in 万元 ("0.01 元" → 6 places). */
export function canonicalPlaces(printedPlaces: number, unit: string): number {
  return isAmountUnit(unit) ? Math.max(0, printedPlaces - AMOUNT_UNIT_SHIFT[unit]) : printedPlaces;
}

/**
 * A canonical amount with the precision it was printed with: a 元 cell stated in 万元 ("18.5" of
 * 185,000 元) is exact to four more places than its trailing zeros show.
 */
export function asPrinted(amount: { value: string; printed?: PrintedAmount }): string {
  if (!amount.printed) return amount.value;
  const places = canonicalPlaces(decimalsOf(amount.printed.value), amount.printed.unit);
  return new Exact(amount.value).toFixed(places);
}
