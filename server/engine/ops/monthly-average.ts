import { perMonth } from "../calculator.js";
import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import { MONTHLY_AVERAGE_ASKED } from "../lexicon/scope-attributes.js";
import type { QueryPlan } from "../plan-schema.js";

/**
 * "平均每个月多少": the headline amount spread over twelve months, computed with its formula and
 * said to be an average of the year's figure (the documents print no month's own spending).
 */
export function addMonthlyAverage(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || !MONTHLY_AVERAGE_ASKED.test(plan.question)) return;
  const figure = headlineFigure(draft)?.figure;
  if (!figure || !/^(?:万元|元)$/.test(figure.measure) || !figure.facts.length) return;
  const b = new DraftBuilder(draft);
  b.d.bullets.unshift([
    "平均每月 ",
    b.computed(perMonth(figure.value, figure.measure), `${figure.label}（平均每月）`, figure.facts),
    "（全年数除以十二个月；文件只列全年数，这不是某个月的实际支出）。",
  ]);
}
