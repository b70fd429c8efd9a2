import type { MetricRef } from "../plan-schema.js";
import type { Context } from "../conversation.js";
import { isCount } from "../counted-metrics.js";
import { EXCLUDING, SUM_CUE } from "../question-cues.js";
import { BUYING_AMOUNTS, BUYING_ASKED, COUNT_AMOUNTS, MONEY_CUES } from "../lexicon/count-amounts.js";
import { asksCount } from "../lexicon/question-words.js";

/** Counts named where money is asked ("公车烧多少钱"): the amount spent on them (COUNT_AMOUNTS). */
/** An amount per head asked ("人均", "每人"): the count carried divides it. */
const PER_HEAD = /人均|每人|每个人|平均每|摊到/;

export function moneyForCounts(q: string, refs: MetricRef[], ctx?: Context): MetricRef[] {
  // "其中公车呢？" after an amount: the part of that amount spent on the cars.
  const partOfAmount = /其中|里面/.test(q) && !!ctx?.metrics.length && !ctx.metrics.some(isCount);
  // "三公经费里公车占多少": a count named as a share of an amount is the money spent on it.
  const shareOfAmount = /占|比重|比例/.test(q) && refs.some((r) => !isCount(r));
  // "出国、公车、接待三项加起来": a count added with amounts is the money spent on it too.
  const addedToAmounts = SUM_CUE.test(q) && refs.some((r) => !isCount(r));
  // "三公经费除去公车那块": a count taken out of an amount is the money spent on it as well.
  const takenFromAmount = EXCLUDING.test(q) && refs.some((r) => !isCount(r));
  const money =
    MONEY_CUES.some((w) => q.includes(w)) ||
    partOfAmount ||
    shareOfAmount ||
    addedToAmounts ||
    takenFromAmount;
  if (!money) return refs;
  // "买几辆，预算多少": the count asked and the money of buying them, both.
  if (asksCount(q))
    return BUYING_ASKED.test(q)
      ? [
          ...refs,
          ...refs.flatMap((r): MetricRef[] =>
            r.type === "metric" && BUYING_AMOUNTS[r.key]
              ? [{ type: "metric", key: BUYING_AMOUNTS[r.key] }]
              : [],
          ),
        ]
      : refs;
  const mapped = refs.map((r): MetricRef =>
    r.type === "metric" && COUNT_AMOUNTS[r.key] ? { type: "metric", key: COUNT_AMOUNTS[r.key] } : r,
  );
  // A count named beside an amount ("离退休人员…花了多少" beside the 离退休 subject) is who the money
  // went to, not a second figure asked.
  if (mapped.some((r) => !isCount(r))) return mapped.filter((r) => !isCount(r));
  // "<某单位>几个人？→ <它的某项>多少钱": money asked of people counted has no amount of its own;
  // the count is not carried as the answer (an average per head names its divisor by itself).
  return ctx && refs === ctx.metrics && !PER_HEAD.test(q) ? [] : mapped;
}
