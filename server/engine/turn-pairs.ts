import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import type { Context } from "./conversation.js";
import { BUDGETS, GAP_ASKED } from "./lexicon/follow-up-cues.js";
import { SIBLING_MODIFIERS } from "./lexicon/sibling-modifiers.js";
import type { MetricRef, Operation, QueryPlan } from "./plan-schema.js";

/*
 * Two turns read together: a budget and its actual given one after the other, two figures asked in
 * turn, a sibling row named by its modifier alone. What a third turn then asks is about both.
 */

/**
 * A short follow-up that only names another basis ("实际支出呢", "决算花了多少", "年初预算是多少"), and
 * may ask its completion or the reason after it ("实际数呢？执行率几何", "决算呢？为什么少了").
 */
export const BASIS_FOLLOW_UP =
  /^(?:那|那么)?(?:实际|决算|年初|全年|调整后|预算|执行)[^，,。？?]{0,6}?(?:呢|多少|是多少|几何)?(?:[？?，,]\s*(?:那)?(?:(?:完成|执行)[^，,。？?]{0,12}?|(?:为什么|为啥|怎么|什么原因)[^，,。？?]{0,10}?))?[？?]?$/;

/**
 * The last two turns gave one figure's budget and its actual, in either order ("花了多少？→ 年初
 * 预算呢？", "预算多少？→ 实际呢？"), each read as a value of the same figure.
 */
export function budgetAndActualGiven(ctx: Context | undefined): boolean {
  return (
    !!ctx &&
    ctx.operation === "value" &&
    ctx.previousOperation === "value" &&
    !ctx.previousMetrics.length &&
    ((isBudget(ctx.basis) && !!ctx.previousSpent) || (isBudget(ctx.previousBasis) && !!ctx.spent))
  );
}
export const isBudget = (basis?: string) => !!basis && BUDGETS.has(basis);
/** "<另一修饰词>呢" after a lexicon figure named with its sibling modifier ("年初…" → "年末…"). */
export function siblingOfContext(q: string, ctx: Context | undefined): MetricRef | undefined {
  // …or the part of a share just given ("<甲>占多少？→ <乙>呢").
  const ref = ctx?.metrics.length === 1 || ctx?.operation === "share" ? ctx.metrics[0] : undefined;
  if (ref?.type !== "metric") return undefined;
  for (const pair of SIBLING_MODIFIERS)
    for (const [own, other] of [pair, [pair[1], pair[0]] as const]) {
      const key = ref.key.replace(own, other);
      // "<修饰词>呢", "<修饰词><名词的开头>呢": the modifier, alone or with the start of its noun.
      const tail = [...key.slice(key.indexOf(other) + other.length)].map((_, i, chars) =>
        chars.slice(0, i + 1).join(""),
      );
      const asked = new RegExp(
        `^(?:那|那么)?${other}(?:${tail.join("|")})?(?:的)?(?:呢|多少|是多少)?[？?]?$`,
      );
      if (ref.key.includes(own) && asked.test(q) && METRIC_BY_KEY.has(key)) return { type: "metric", key };
    }
  return undefined;
}

/** Two figures asked one after the other, each alone, then how far apart they are. */
export function figuresJustCompared(q: string, ctx: Context | undefined): boolean {
  return (
    !!ctx &&
    ctx.operation === "value" &&
    ctx.metrics.length === 1 &&
    ctx.previousMetrics.length === 1 &&
    (GAP_ASKED.test(q) || FIGURE_CHANGE.test(q)) &&
    !YEAR_NAMED.test(q) &&
    !BUDGET_NAMED_AS_BASE.test(q)
  );
}
/** "较年初预算差了几万": the last figure against its own budget, not against the figure before it. */
const BUDGET_NAMED_AS_BASE = /(?:比|较|与|跟|和)(?:年初|全年|调整后)?预算/;
/** "增加了多少", "减少了多少": how much one figure exceeds the other. */
const FIGURE_CHANGE = /(?:增加|减少|增长|下降|变化|变动)了?多少/;

/** "全年预算多少？→ 实际呢？→ 还剩多少": the adjusted budget just given is the one compared. */
export function adjustedBudgetGiven(
  ctx: Context | undefined,
  followUp: boolean,
  operation: Operation,
): QueryPlan["basis"] {
  const compares = operation === "compare_budget_actual" || operation === "explain_variance";
  if (!followUp || !compares || !budgetAndActualGiven(ctx)) return undefined;
  return [ctx!.basis, ctx!.previousBasis].includes("全年预算") ? "全年预算" : undefined;
}

/** A gap or change asked of the figures just given ("多了多少", "还剩多少", "为啥少了"). */
export const GAP_OR_CHANGE =
  /多了|少了|超了|超出|差多少|相差|差了|差额|剩|没花完|没用完|结余|节余|为什么|为啥|为何|原因/;
export const WHY = /为什么|为啥|为何|原因|怎么回事/;
/** A year or last year named: a change on another year, not the budget just given. */
export const YEAR_NAMED = /\d{4}|上年|去年|上一年|同比/;
