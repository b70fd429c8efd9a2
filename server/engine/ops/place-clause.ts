import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { closestFigure } from "./closest.js";
import { placeAmount } from "./place-amount.js";
import { statedInProse } from "./text.js";

/** Operations whose figure a named place narrows to a part ("去某国的那个团花了多少"). */
const NARROWED = new Set<QueryPlan["operation"]>(["value", "breakdown"]);

/**
 * A figure asked of a place no unit is in (a trip's destination): the part is stated, if at all,
 * in a clause of the narrative that names the place beside an amount, which is quoted. A place the
 * documents never mention is refused, naming the figure's total as the closest. Undefined when no
 * place is asked, or the documents mention it without an amount (the figure itself is answered).
 */
export async function placeClause(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!plan.places.length || !plan.metrics.length || !NARROWED.has(plan.operation)) return undefined;
  // "去<某国>那个团花了多少": the one listed item naming the places, its amount given.
  const item = await placeAmount(k, plan, scopes);
  if (item) return item;
  const stated = await statedInProse(k, plan, scopes, plan.places);
  if (stated) return stated;
  const unknown = plan.places.filter((place) => !k.vocabulary.knows(place));
  if (!unknown.length) return undefined;
  return closestFigure(k, plan, scopes, { lacking: `${unknown.map((w) => `“${w}”`).join("、")}的数字` });
}
