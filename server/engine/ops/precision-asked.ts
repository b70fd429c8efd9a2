import { rateRoundedTo, roundedTo } from "../calculator.js";
import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import { PRECISION_ASKED } from "../lexicon/precision-asked.js";
import type { QueryPlan } from "../plan-schema.js";

/** The places every answer prints an amount with. */
const PRINTED_PLACES = 2;

/**
 * "四舍五入到万元": the headline amount written as asked, computed with its formula (half-up),
 * beside the exact figure it rounds. Nothing is added when the request is what is printed anyway.
 */
export function addPrecisionAsked(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered") return;
  const asked = PRECISION_ASKED.flatMap((rule) => {
    const match = rule.words.exec(plan.question);
    return match ? [{ rule, match }] : [];
  })[0];
  const figure = asked && headlineFigure(draft)?.figure;
  if (!asked || !figure || !figure.facts.length) return;
  const measure = asked.rule.measure?.(asked.match) ?? figure.measure;
  const places = asked.rule.places(asked.match);
  if (measure === figure.measure && places === PRINTED_PLACES) return;
  // A rate is rounded from its unrounded value, never from the two decimals printed.
  const rounded =
    figure.exact !== undefined && measure === figure.measure
      ? rateRoundedTo(figure.exact, figure.measure, places, figure.formula?.split(" = ")[0])
      : roundedTo(figure.value, figure.measure, measure, places);
  if (!rounded) return;
  const b = new DraftBuilder(draft);
  b.d.notes.unshift([
    "按要求取舍：",
    b.computed(rounded, `${figure.label}（${rounded.measure}，取舍后）`, figure.facts),
    "。",
  ]);
}
