import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";

/** How a sum set against its whole is said: when they agree, and when they do not. */
export interface WholeWords {
  /** Said when the sum is the whole ("，一致。"). */
  same: string;
  /** Said before the gap, told whether the sum is the smaller ("，比所列总额少 "). */
  apart: (sumLess: boolean) => string;
  /** The gap's label among the answer's figures. */
  label: string;
  /** Said after the gap ("。"). */
  end: string;
}

/**
 * A sum of items set against the whole they should make: the agreement said, or the gap between
 * them worked out (the larger less the smaller, its direction in words), citing `facts`.
 */
export function sumAgainstWhole(
  b: DraftBuilder,
  sum: string,
  whole: string,
  measure: string,
  facts: Fact[],
  words: WholeWords,
): Segment[] {
  if (money(sum).eq(whole)) return [words.same];
  return [
    words.apart(money(sum).lt(whole)),
    b.computed(gap(whole, sum, measure), words.label, facts),
    words.end,
  ];
}
