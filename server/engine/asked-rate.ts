import type { Draft } from "./draft.js";
import type { QueryPlan } from "./plan-schema.js";

/** A question that asks for a percentage ("用了百分之多少", "比例多少", "几成"). */
const RATE_ASKED = /百分之(?:几|多少)|百分比|比例|比重|占比|几成|(?:执行|完成|增长)率/;

/**
 * A percentage asked but only an amount found ("某类项目用了百分之多少" read as the
 * unit's project spending): the amount is not the answer. The draft becomes a refusal that names it as
 * the closest figure disclosed.
 */
export function refuseAmountForRate(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || plan.operation !== "value" || !RATE_ASKED.test(plan.question)) return;
  if (draft.figures.some((figure) => figure.measure === "%")) return;
  draft.status = "not_found";
  draft.notes.unshift(["最接近的公开数字：", ...draft.headline]);
  draft.headline = ["文件没有直接列出所问的比例，也没有可算出它的两个数字，我不会推测。"];
}
