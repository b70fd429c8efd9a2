import type { Knowledge } from "./knowledge.js";
import type { Context } from "./conversation.js";
import type { QueryPlan } from "./plan-schema.js";
import { readUnits } from "./planner/read-units.js";
import { readFigures } from "./planner/read-figures.js";
import { metricsOfTurn } from "./planner/metrics-of-turn.js";
import { carryFromContext } from "./planner/carry-from-context.js";
import { operationOfTurn } from "./planner/operation-of-turn.js";
import { assemblePlan } from "./planner/assemble-plan.js";
import { OTHER_DOCUMENT_COUNT } from "./lexicon/follow-up-cues.js";

/** Plan one user message given the context of earlier turns. */
export function planMessage(k: Knowledge, question: string, ctx?: Context): QueryPlan {
  const turn = readUnits(k, question, ctx);
  const figures = readFigures(turn);
  const metricsHere = metricsOfTurn(turn, figures);
  const carried = carryFromContext(turn, figures, metricsHere);
  const { operation, metrics, parts } = operationOfTurn(turn, figures, metricsHere, carried);
  const plan = assemblePlan(turn, figures, metricsHere, carried, { operation, metrics, parts });
  const again = carried.followUp && ctx ? countInOtherDocument(plan, ctx) : undefined;
  return again ?? plan;
}

/** "<预算>里有几个科室？→ 决算里又说几个": the count searched again in the other document. */
function countInOtherDocument(plan: QueryPlan, ctx: Context): QueryPlan | undefined {
  const said = OTHER_DOCUMENT_COUNT.exec(plan.question);
  if (!said || ctx.operation !== "text_lookup" || !ctx.counts || !ctx.textQuery || plan.metrics.length)
    return undefined;
  const kind = said[1] === "预算" ? "预算" : "决算";
  return {
    ...plan,
    operation: "text_lookup",
    counts: true,
    kind,
    textQuery: ctx.textQuery.replace(/预算|决算/g, kind),
    qualifiers: [],
  };
}
