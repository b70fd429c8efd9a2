import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";

/**
 * A change on last year stated as an amount only ("比上年减少990万元"): last year's figure is this
 * year's less the change, and the rate follows from the two, each with its formula and said to be
 * derived (also when the rate is stated: the amounts' own rate checks it). Undefined when last
 * year's figure would not be positive.
 */
export function derivedRateLine(
  b: DraftBuilder,
  currents: Fact[],
  amount: Fact,
  label: string,
  /** The rate is stated too: the derived one is said as a check of it. */
  rateStated = false,
): Segment[] | undefined {
  // The narrative states its change on its own (rounded) figure: that one, when it states this year's.
  const current = currents.find((f) => !f.table && samePassage(f, amount)) ?? currents[0];
  if (!current) return undefined;
  const previous = difference(current.value, amount.value, current.measure);
  if (!money(previous.value).gt(0)) return undefined;
  const before = b.computed(previous, `${label}上年数（推算）`, [current, amount]);
  const rate = growth(current.value, previous.value);
  if (!rate) return rateStated ? ["按本年数与增减额推算，上年为 ", before, "。"] : undefined;
  // A stated rate is checked against the one the two amounts give (it may be rounded or wrong).
  return [
    "按本年数与增减额推算，上年为 ",
    before,
    rateStated ? "，据此算得" : "，变化率 ",
    b.change({ ...rate, facts: [current, amount] }, `${label}比上年增减率（推算）`),
    "。",
  ];
}

/** Two facts read from one passage of a document (same page or line, same section). */
function samePassage(a: Fact, b: Fact): boolean {
  const place = (f: Fact) => `${f.source.page ?? f.source.lines[0]}|${f.source.section.join("/")}`;
  return a.docId === b.docId && place(a) === place(b);
}
