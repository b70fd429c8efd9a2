import { Decimal } from "decimal.js";
import { COUNT_AMOUNT_COLUMN } from "../domain/select-figures.js";
import type { Fact } from "../schema.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { proseFactBase } from "./prose-fact.js";

/** The words between counts and the amount they cost ("…93人次，支出1.67万元"). */
export const COUNT_AMOUNT_LINK = /支出|花费|开支|费用|金额|共计|合计|计/;
/** At most this many characters between the last count and that amount. */
export const COUNT_AMOUNT_REACH = 8;

/**
 * An amount stated right after counts: what those counts cost, kept as a part of the subject
 * (column COUNT_AMOUNT_COLUMN) so it is never read as the subject's whole amount.
 */
export function countAmount(hit: RegExpMatchArray, base: ReturnType<typeof proseFactBase>): Fact {
  return {
    ...base,
    column: COUNT_AMOUNT_COLUMN,
    ...toCanonicalAmount(new Decimal(hit[1].replace(/,/g, "")).toFixed(), hit[2]),
  };
}
