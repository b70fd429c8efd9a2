import { money } from "../../../lib/money.js";
import { gap, ratio } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  GAP_DIRECTIONS,
  GAP_SIDE_LISTED,
  GAPS_LISTED,
  LARGEST_GAP_ASKED,
  RATE_RANKED,
  ROW_ASKED,
  ROWS_WANTED,
} from "../lexicon/gap-ranking.js";
import { NUMERALS } from "../lexicon/numerals.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { compare, type Comparison } from "./budget.js";
import { scopeLabel } from "./labels.js";

/** Operations a gap list may be asked as: a comparison, a draft explaining it, a ranking. */
const GAP_LISTS = new Set<QueryPlan["operation"]>(["compare_budget_actual", "explain_variance", "rank"]);

/** "前三", "哪两项": how many rows the question wants. */
export function rowsWanted(question: string): number {
  return rowsSaid(question) ?? GAPS_LISTED;
}

/** How many rows the question says it wants, if it says. */
export function rowsSaid(question: string): number | undefined {
  const match = ROWS_WANTED.exec(question);
  const said = match?.[1] ?? match?.[2];
  return said ? (NUMERALS[said] ?? Number(said)) : undefined;
}

/** The unit's functional rows at the 项 level (seven digits), the rows a council list ranks. */
export function itemRows(k: Knowledge, unit: string): { code: string; name: string }[] {
  return k.subjects.flatMap((subject) =>
    subject.scheme === "function" && subject.code?.length === 7 && subject.units.includes(unit)
      ? [{ code: subject.code, name: subject.name }]
      : [],
  );
}

/** A compared row as a list names it: "<名称>（<编码>）". */
const rowName = (c: Comparison) => (c.ref.type === "subject" ? `${c.ref.name}（${c.ref.code}）` : "");

/** Every 项 of the unit that states both a budget and an actual. */
function comparedRows(k: Knowledge, plan: QueryPlan, scope: Scope): Comparison[] {
  return itemRows(k, scope.unit).flatMap((row) => {
    const compared = compare(k, plan, scope, { type: "subject", ...row });
    return compared ? [compared] : [];
  });
}

/**
 * "哪一项决算偏离预算最远": the unit's rows ranked by their actual less their budget (by size,
 * or over or under the budget as asked), each with its formula and stated reason. Undefined unless
 * such a ranking is asked of one unit without naming a row.
 */
export async function largestGapsOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!GAP_LISTS.has(plan.operation) || scopes.length !== 1) return undefined;
  const rateWay = RATE_RANKED.find((way) => way.words.test(plan.question));
  if (rateWay && (!plan.metrics.length || rowsOfTotalAsked(plan)))
    return lowestRatesOp(k, { ...plan, metrics: [] }, scopes[0], rateWay.lowest);
  const side = GAP_SIDE_LISTED.find((way) => way.words.test(plan.question));
  if (plan.metrics.length || (!side && !LARGEST_GAP_ASKED.test(plan.question))) return undefined;
  const scope = scopes[0];
  await k.loadDocuments([scope.doc.docId]);
  const sign = side?.sign ?? GAP_DIRECTIONS.find((direction) => direction.words.test(plan.question))?.sign;
  const gapOf = (c: Comparison) => money(c.actual.value).minus(c.budget.value);
  const ranked = comparedRows(k, plan, scope)
    .filter((c) => (sign ? gapOf(c).times(sign).gt(0) : !gapOf(c).isZero()))
    .sort((a, b) =>
      sign
        ? gapOf(b).times(sign).comparedTo(gapOf(a).times(sign))
        : gapOf(b).abs().comparedTo(gapOf(a).abs()),
    )
    // (Every row on the side asked when listed so; the largest few when ranked.)
    .slice(0, side ? undefined : rowsWanted(plan.question));
  if (!ranked.length) return undefined;
  const b = new DraftBuilder();
  const said = side
    ? side.sign === 1
      ? "决算超过预算"
      : "决算未达到预算"
    : sign === 1
      ? "决算超出预算最多"
      : sign === -1
        ? "决算少于预算最多"
        : "预算与决算相差最大";
  b.d.headline = [`${scopeLabel(scope)}${said}的科目（按差额排序）：`];
  for (const c of ranked) {
    const name = rowName(c);
    const apart = gap(c.actual.value, c.budget.value, c.actual.measure);
    b.d.bullets.push([
      `${name}：预算 `,
      b.fact(c.budget, `${name}预算`),
      `，${c.actualWord} `,
      b.fact(c.actual, `${name}${c.actualWord}`),
      `，${gapOf(c).isNegative() ? "少于" : "超出"}预算 `,
      b.computed(apart, `${name}决算与预算之差`, [c.actual, c.budget]),
      ...(c.stated
        ? ["，完成预算的 ", b.fact(c.stated, `${name}预算完成率（文件所列）`)]
        : side && ratio(c.actual.value, c.budget.value)
          ? [
              "，完成预算的 ",
              b.computed(ratio(c.actual.value, c.budget.value)!, `${name}预算完成率`, [c.actual, c.budget]),
            ]
          : []),
      c.reason ? `；文件说明的原因：${c.reason}` : "",
      "。",
    ]);
  }
  b.d.notes.push(["差额按决算数减预算数计算；只比较文件同时列出预算数和决算数的项级科目。"]);
  return b.build();
}

/** "哪个科目…": the rows asked, where the planner read the unit's total for want of a figure named. */
const rowsOfTotalAsked = (plan: QueryPlan) =>
  ROW_ASKED.test(plan.question) &&
  plan.metrics.every(
    (ref) => ref.type === "metric" && ref.key === "支出合计" && !plan.question.includes(ref.key),
  );

/**
 * The unit's rows ranked by their actual as a share of their budget (rows with no budget have no
 * rate), each with its formula and the rate the document prints beside it.
 */
async function lowestRatesOp(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  lowest: boolean,
): Promise<Draft | undefined> {
  await k.loadDocuments([scope.doc.docId]);
  const rated = comparedRows(k, plan, scope).flatMap((c) => {
    const rate = ratio(c.actual.value, c.budget.value);
    return rate ? [{ c, rate }] : [];
  });
  const ranked = rated
    .sort((a, b) => (lowest ? 1 : -1) * money(a.rate.value).comparedTo(b.rate.value))
    .slice(0, rowsWanted(plan.question));
  if (!ranked.length) return undefined;
  const b = new DraftBuilder();
  b.d.headline = [`${scopeLabel(scope)}预算完成率${lowest ? "最低" : "最高"}的科目（决算数 ÷ 预算数）：`];
  for (const { c, rate } of ranked) {
    const name = rowName(c);
    b.d.bullets.push([
      `${name}：预算 `,
      b.fact(c.budget, `${name}预算`),
      `，${c.actualWord} `,
      b.fact(c.actual, `${name}${c.actualWord}`),
      "，完成 ",
      b.computed(rate, `${name}预算完成率`, [c.actual, c.budget]),
      c.reason ? `；文件说明的原因：${c.reason}` : "",
      "。",
    ]);
  }
  b.d.notes.push(["只比较文件同时列出预算数和决算数、预算不为零的项级科目。"]);
  return b.build();
}
