import { money } from "../../lib/money.js";
import { gap, growth } from "./calculator.js";
import { DraftBuilder, headlineFigure, type Draft } from "./draft.js";
import { SCOPE_ONLY, YEAR_NAMED } from "./lexicon/follow-up-cues.js";
import type { ChatMessage, QueryPlan } from "./plan-schema.js";

/**
 * "<某单位><年甲><某项>多少 → <年乙>呢": the conversation up to the turn before, when the last turn
 * only names another year; undefined otherwise.
 */
export function yearOnlyFollowUp(messages: ChatMessage[]): ChatMessage[] | undefined {
  const users = messages.flatMap((message, at) => (message.role === "user" ? [at] : []));
  const last = messages[users.at(-1) ?? -1]?.content.trim();
  if (!last || users.length < 2 || !SCOPE_ONLY.test(last) || !YEAR_NAMED.test(last)) return undefined;
  return messages.slice(0, users.at(-2)! + 1);
}

/** An answer and the year it was asked of. */
interface YearAnswer {
  draft: Draft;
  plan: QueryPlan;
}

/**
 * The figure of the year asked now beside the one the turn before gave for another year (same
 * label, measure and unit, one cell each): the change between them, added as a note. Nothing when
 * either answer gave no figure or they are not one figure of two years.
 */
export function addYearsSetApart(earlier: YearAnswer, current: YearAnswer): void {
  const [before, now] = [earlier, current].map(({ draft }) =>
    draft.status === "answered" ? headlineFigure(draft) : undefined,
  );
  const [yearBefore, yearNow] = [earlier, current].map(({ plan }) =>
    plan.years.length === 1 ? plan.years[0] : undefined,
  );
  if (!before || !now || !yearBefore || !yearNow || yearBefore === yearNow) return;
  const [x, y] = [before.figure, now.figure];
  const [a, c] = [x.facts, y.facts];
  if (x.label !== y.label || x.measure !== y.measure || !/元$/.test(x.measure)) return;
  if (a.length !== 1 || c.length !== 1 || a[0].unit !== c[0].unit || a[0].id === c[0].id) return;
  const [older, newer] = yearBefore < yearNow ? [x, y] : [y, x];
  const [from, to] = [Math.min(yearBefore, yearNow), Math.max(yearBefore, yearNow)];
  const facts = [...older.facts, ...newer.facts];
  const rate = growth(newer.value, older.value);
  const b = new DraftBuilder(current.draft);
  b.d.notes.push([
    `与上一问的${yearBefore}年度 `,
    ...b.adopt([before.segment], earlier.draft),
    ` 相比：${to}年度比${from}年度${money(newer.value).gte(older.value) ? "增加" : "减少"} `,
    b.computed(gap(newer.value, older.value, x.measure), `${x.label}${from}至${to}年的变化`, facts),
    ...(rate ? ["（", b.computed(rate, `${x.label}${from}至${to}年的变化率`, facts), "）"] : []),
    "。",
  ]);
}
