import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { scopeLabel } from "./labels.js";
import { lookup } from "./lookup.js";

/**
 * "<某经济科目>多少" of a unit with no basic spending at all: table 06 itemises basic spending
 * only, so its 0 says nothing of what the unit's projects paid for the same kind of cost. Not
 * an answer: the basic total and the project spending are named as the closest figures.
 * Returns whether the figure was refused so.
 */
export function refusedForNilBasic(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  want: Want,
  label: string,
  fact: Fact,
): boolean {
  if (fact.table !== "06" || !money(fact.value).isZero()) return false;
  const basic = lookup(k, scope, { type: "metric", key: "基本支出" }, want)[0];
  if (!basic || !money(basic.value).isZero()) return false;
  const projects = lookup(k, scope, { type: "metric", key: "项目支出" }, want)[0];
  if (b.d.headline.length) return false;
  b.d.headline = [
    `文件没有${scopeLabel(scope)}“${label}”的${scope.doc.kind === "预算" ? "预算安排" : "实际开支"}：基本支出明细表中这一项为 0，但单位本年基本支出为 `,
    b.fact(basic, "基本支出"),
    "，开支都在项目支出里，项目支出没有按经济分类列出",
    ...(projects ? ["；最接近的公开数字是项目支出 ", b.fact(projects, "项目支出")] : []),
    "。文件中没有的数字我不会推测。",
  ];
  return true;
}
