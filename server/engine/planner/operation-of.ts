import type { MetricRef, Operation } from "../plan-schema.js";
import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { asksCount } from "../lexicon/question-words.js";
import type { OperationParts } from "./turn.js";
import type { Context } from "../conversation.js";
import { TEXT_QUESTION, detectOperation } from "../question-cues.js";
import { ACTUAL_COMPARED, COMPARED_WITH, RATE_WITH_SCORE } from "./planner-cues.js";
import { BY_BODY_ASKED } from "../lexicon/body-rows.js";
import { editionsAsked } from "../lexicon/edition-words.js";
import { editionsCompared } from "./editions-compared.js";
import { isCount } from "../counted-metrics.js";
import { whyOfChange } from "../follow-up.js";
import { twoYearsCompared } from "./two-years-compared.js";
import { GAP_OR_CHANGE, WHY, YEAR_NAMED, budgetAndActualGiven } from "../turn-pairs.js";
import { BUDGETS } from "../lexicon/follow-up-cues.js";

/** "<年乙>预算…<年甲>执行数": next year's budget set against this year's execution. */
const BUDGET_ON_LAST_EXECUTION =
  /(\d{2,4})年度?的?(?:年初)?预算.{0,8}?(?!\1)(\d{2,4})年度?的?(?:预算)?执行(?:数|额)/;

/** A lexicon figure and one of its own parts or subsets among the figures asked. */
function wholeWithItsPart(metrics: MetricRef[]): boolean {
  // A row's cells are figures of their columns ("<科目>的<列>（<列>+<列>）"), row by row.
  const groups = new Map<string, Set<string>>();
  for (const m of metrics) {
    const [group, key] =
      m.type === "metric"
        ? ["", m.key]
        : m.type === "subject"
          ? [`${m.code ?? m.name}`, m.column]
          : ["", undefined];
    if (key) groups.set(group, (groups.get(group) ?? new Set()).add(key));
  }
  const economic = metrics.flatMap((m) => (m.type === "subject" && m.code ? [m.code] : []));
  return [...groups.values()].some((keys) =>
    [...keys].some((key) => {
      const whole = METRIC_BY_KEY.get(key);
      if ([...(whole?.parts ?? []), ...(whole?.subsets ?? [])].some((part) => keys.has(part))) return true;
      // "基本支出里<302 商品和服务支出>": an economic class of the whole or of its parts.
      const items = economicItemsOf(key);
      return economic.some((code) => items.some((prefix) => code.startsWith(prefix)));
    }),
  );
}

/** The economic classes a metric is made of, through its parts (基本支出 → 301, 303, 302, 310). */
function economicItemsOf(key: string): string[] {
  const metric = METRIC_BY_KEY.get(key);
  return [...(metric?.economicItems ?? []), ...(metric?.parts ?? []).flatMap(economicItemsOf)];
}

/** "为什么没有<某项>", "怎么没有": why a figure is nil. */
const WHY_NONE = /(?:为什么|为啥|怎么|为何)(?:会)?没有/;

/** Last year asked with the gap to it ("上一年的呢，相差多少"). */
const LAST_YEAR_GAP = /(?:去年|上年|上一年)[^。]{0,8}?(?:差(?:了)?多少|相差多少|差额|差距)/;

/** The operation, from the question's cues with figure names masked, else inherited or a lookup. */
/** A table row's own name says nothing of what is asked ("绩效工资" is no question about 绩效). */
function withoutRowNames(q: string, metrics: MetricRef[]): string {
  const names = metrics.flatMap((ref) => (ref.type === "subject" && ref.name ? [ref.name] : []));
  // A figure named in words that otherwise ask for a passage ("绩效目标…资金"): its name is no such ask
  // (unless a count is asked beside it: the sentence that states both is the answer).
  const prose = metrics.flatMap((ref) => {
    if (asksCount(q)) return [];
    const def = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key) : undefined;
    if (!def?.namedInProseWords) return [];
    const asked = def.ask ? [new RegExp(def.ask.source, "g")] : [];
    return [...asked, new RegExp(def.pattern.source, "g"), ...def.synonyms];
  });
  const plain = names.reduce((text, name) => text.split(name).join("〇"), q);
  return prose.reduce<string>((text, name) => text.replaceAll(name, "〇"), plain);
}

/**
 * One year's actual amount asked after a change between budgets ("那2024年实际花了多少"): that year's
 * figure, no change between years ("那2024年是多少" keeps the change, and how the year is derived).
 */
const YEAR_AMOUNT_ASKED =
  /(?<!\d)(?:\d{4}|\d{2})\s*年(?:度)?[^，,。？?比]{0,4}(?:实际|决算|执行)[^，,。？?比]{0,8}(?:多少|几何)/;

/** An average per head or per car asked, or a figure worked out by a named measure ("按…算"). */
const PER_HEAD_WORKED_OUT = /人均|平均每|每人|每辆|按[^，,。？?]{1,16}算/;

export function operationOf(q: string, masked: string, parts: OperationParts, ctx?: Context): Operation {
  const { units, metrics } = parts;
  const isText =
    TEXT_QUESTION.test(withoutRowNames(q, metrics)) &&
    // "按<某报告>里的人数算，人均<某经费>": a figure worked out, its source only named.
    !(metrics.length && PER_HEAD_WORKED_OUT.test(q)) &&
    !metrics.some((m) => m.type === "metric" && METRIC_BY_KEY.get(m.key)?.measure) &&
    // "<某项目>执行率和得分": the rate is computed, the score read beside it.
    !(metrics.some((m) => m.type === "project") && RATE_WITH_SCORE.test(q)) &&
    // "各科室的<某费>分别多少": a figure asked per office, which is refused as such, not a passage.
    !(metrics.length && parts.asked.attributes.includes("division")) &&
    // "<某费>局本级和各下属单位各是多少": a figure asked body by body, not who the bodies are.
    !(metrics.length && BY_BODY_ASKED.test(q)) &&
    // "为什么没有<某费>": the figure (nil) with the document's own statement that there is none.
    !(WHY_NONE.test(q) && metrics.length === 1 && metrics[0].type === "metric");
  // A body's 部门 and 单位 editions named together are compared like two units.
  const compared =
    units.length * (editionsAsked(q).length > 1 || editionsCompared(q, parts.followUp, ctx) ? 2 : 1);
  let operation = isText
    ? "text_lookup"
    : detectOperation(masked, compared, metrics, parts.trend, parts.yearCount);
  // "两个差在哪" of the two editions named before: their difference.
  if ((!operation || operation === "value") && editionsCompared(q, parts.followUp, ctx))
    operation = "difference";
  if (!operation) {
    // (A figure read before is no operation for a follow-up that names no figure: "<别的东西>呢".)
    const inherit =
      parts.followUp &&
      ctx &&
      /呢|那|再|也/.test(q) &&
      ctx.operation !== "text_lookup" &&
      (metrics.length > 0 || ctx.operation !== "value") &&
      // "为什么<某费>是0？→ 那有没有车": a count after money asks the count, not its why or its change.
      !(metrics.length > 0 && metrics.every(isCount) && !ctx.metrics.some(isCount));
    // "<今年>比<上年>呢 → 那<上年>实际花了多少": one year's amount asked, no change carried on.
    const yearAmount = ctx?.operation === "yoy" && YEAR_AMOUNT_ASKED.test(q);
    operation =
      inherit && !yearAmount ? ctx.operation : metrics.length || yearAmount ? "value" : "text_lookup";
  }
  if (parts.followUp && units.length === 2 && COMPARED_WITH.test(q) && (!operation || operation === "value"))
    operation = "difference";
  // "为什么没有<某费>": no budget is set against an actual; the nil figure and the statement saying so.
  if (
    WHY_NONE.test(q) &&
    metrics.length === 1 &&
    metrics[0].type === "metric" &&
    operation === "explain_variance"
  )
    operation = "value";
  // "为什么" right after a change on last year asks why it changed, not budget against actual.
  if (parts.followUp) operation = whyOfChange(operation, q, ctx);
  // "<年甲>多少？→ <年乙>呢？→ 差多少": the same figure's two years, compared.
  // (Two units asked each in its own year are compared with each other: "甲<年>？→ 乙<年>呢？→ 哪个多".)
  if (twoYearsCompared(q, parts, ctx) && units.length < 2) operation = "yoy";
  // "<年>多少？→ 上一年的呢，相差多少": last year's figure, and the gap to the year talked about.
  if (parts.followUp && LAST_YEAR_GAP.test(q) && units.length < 2 && operation === "value") operation = "yoy";
  // "<年乙>预算是<年甲>执行数的几倍": a budget against last year's execution is a change between years.
  if (operation === "compare_budget_actual" && BUDGET_ON_LAST_EXECUTION.test(q)) operation = "yoy";
  // "花了多少？→ 年初预算呢？→ 为啥多了": the two figures just given, actual against budget.
  if (
    parts.followUp &&
    budgetAndActualGiven(ctx) &&
    GAP_OR_CHANGE.test(q) &&
    !YEAR_NAMED.test(q) &&
    !twoYearsCompared(q, parts, ctx)
  )
    operation = WHY.test(q) ? "explain_variance" : "compare_budget_actual";
  // "和决算比呢" after a budget figure: the budget against its actual.
  if (parts.followUp && ctx?.basis && BUDGETS.has(ctx.basis) && ACTUAL_COMPARED.test(q))
    operation = "compare_budget_actual";
  if (operation === "sum" && units.length <= 1 && metrics.length <= 1 && parts.yearCount <= 1)
    operation = "value";
  // "<整体>一共多少，<其一部分>…": a whole and its own part are each stated, never added.
  if (operation === "sum" && wholeWithItsPart(metrics)) operation = "value";
  // "<科目>的<列>和<列>各…": the cells asked are the breakdown.
  if (operation === "breakdown" && metrics.every((m) => m.type === "subject" && m.column))
    operation = "value";
  // "人均…", "每辆车…": an amount over a count, when one amount is asked of each unit.
  if (
    parts.asked.perUnit &&
    metrics.length &&
    ["value", "breakdown", "rank", "difference"].includes(operation)
  )
    operation = "per_capita";
  return operation;
}
