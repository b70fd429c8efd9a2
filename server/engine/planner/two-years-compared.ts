import type { Context } from "../conversation.js";
import { CHANGE_ASKED, GAP_ASKED } from "../lexicon/follow-up-cues.js";

/** "<年甲>多少？→ <年乙>呢？→ 差多少 / 是增是减": the change between the two years just asked. */
export function twoYearsCompared(
  q: string,
  parts: { followUp: boolean; yearCount: number },
  ctx: Context | undefined,
): boolean {
  return (
    parts.followUp &&
    !!ctx &&
    !parts.yearCount &&
    (GAP_ASKED.test(q) || CHANGE_ASKED.test(q)) &&
    ctx.years.length === 1 &&
    ctx.previousYears.length === 1 &&
    ctx.years[0] !== ctx.previousYears[0]
  );
}
