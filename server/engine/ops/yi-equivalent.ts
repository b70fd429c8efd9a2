import { inHundredMillions } from "../calculator.js";
import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import type { QueryPlan } from "../plan-schema.js";

/** "大概多少亿", "几个亿", "以亿元计": the amount asked in 亿元 ("亿元以上" is a threshold, not a unit). */
const YI_ASKED =
  /多少个?亿|几个?亿|以亿|按亿|(?:换算|折算|换|算)成亿|折合.{0,3}亿|亿元(?!以上|以下|及以上)(?:是|为)?(?:多少|几)/;

/**
 * The headline amount (万元) also stated in 亿元, computed with its formula: the documents print 万元
 * or 元, never 亿元, so the 亿 figure is a conversion, shown as such.
 */
export function addHundredMillions(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || !YI_ASKED.test(plan.question)) return;
  const figure = headlineFigure(draft)?.figure;
  if (!figure || figure.measure !== "万元" || !figure.facts.length) return;
  const b = new DraftBuilder(draft);
  b.d.notes.push([
    "折合 ",
    b.computed(inHundredMillions(figure.value), `${figure.label}（亿元）`, figure.facts),
    "（按万元数除以一万，四舍五入到两位小数）。",
  ]);
}
