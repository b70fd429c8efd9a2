import { money } from "../../../lib/money.js";
import type { Draft, Segment } from "../draft.js";
import {
  BUDGET_GAP_DIRECTIONS,
  CHANGE_DIRECTIONS,
  DIRECTION_WORDS,
  type StatedDirection,
} from "../lexicon/stated-premises.js";
import type { QueryPlan } from "../plan-schema.js";

type Comparison = keyof typeof DIRECTION_WORDS;
const TABLES = { change: CHANGE_DIRECTIONS, budgetGap: BUDGET_GAP_DIRECTIONS } as const;

/** The one direction a question states for a comparison, and the word that states it. */
function statedDirection(question: string, comparison: Comparison) {
  const said = TABLES[comparison].flatMap(({ direction, words }) => {
    const word = words.exec(question)?.[0];
    return word ? [{ direction, word }] : [];
  });
  return said.length === 1 ? said[0] : undefined;
}

/**
 * "为什么涨了这么多" where the figures fell, "超支的原因" where the actual is under budget: a note
 * that the figures say otherwise. Undefined when the question states no direction or the right one.
 */
export function premiseNote(
  question: string,
  comparison: Comparison,
  actual: StatedDirection,
): Segment[] | undefined {
  const stated = statedDirection(question, comparison);
  if (!stated || stated.direction === actual) return undefined;
  const words = DIRECTION_WORDS[comparison];
  return [`问题说“${stated.word}”，但按文件数字是${words[actual]}，不是${words[stated.direction]}。`];
}

/** A change on another year in the headline (the first change figure), checked against the question. */
export function addChangePremise(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || plan.operation !== "yoy") return;
  const segment = draft.headline.find(
    (seg): seg is Exclude<Segment, string> => typeof seg !== "string" && !!seg.change,
  );
  const figure = segment && draft.figures[segment.fig];
  if (!figure || money(figure.value).isZero()) return;
  const note = premiseNote(plan.question, "change", money(figure.value).isNegative() ? "down" : "up");
  if (note) draft.notes.unshift(note);
}
