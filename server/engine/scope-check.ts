import { notFound, type Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import { SCOPE_ATTRIBUTES, type ScopeAttribute } from "./lexicon/scope-attributes.js";
import type { Fact } from "../../ingest/schema.js";
import type { MetricRef, QueryPlan } from "./plan-schema.js";
import { isFactOf } from "./select-facts.js";
import { CONFIDENCE_FLOOR, QUALIFIER_DOUBT } from "./read-subject.js";
import type { Scope } from "./scope.js";
import { TEXT_QUESTION } from "./question-cues.js";
import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { countFacts } from "./ops/counts.js";
import { COUNTED_NOUN } from "./lexicon/prose-counts.js";
import { metricLabel } from "./ops/labels.js";
import { escapeRegExp } from "../../lib/escape-regexp.js";

/** Why the figures found are not the ones asked. */
export interface Doubt {
  /** What the documents do not have ("个人的收入", "“某某”的数字"). */
  lacking: string;
  /** Said of the closest figure ("全年数"). */
  closest?: string;
  attribute?: ScopeAttribute;
}

const ATTRIBUTE_BY_KEY = new Map(SCOPE_ATTRIBUTES.map((a) => [a.key, a]));
/** The question wants a number (an amount or a count), not a passage. */
const ASKS_NUMBER = /多少|几[个名人辆次家项批]|金额|花了|多大|几成|百分之/;
const ASKS_LIST = /哪些|哪几|什么/;
/** A word that ends in a kind of money names a figure ("<某种>收入", "<某项>经费"). */
const FIGURE_NOUN = /(?:收入|支出|经费|费用|资金|金额|拨款)$/;

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join("、");

/**
 * Before any document is read: a question about whole-region finances without a unit, or a
 * question that names something the index has no name for and no unit to look in.
 */
export function beforeScopes(plan: QueryPlan): Draft | undefined {
  if (plan.units.length) return undefined;
  // A month, a price per item, a person's pay: no unit's documents have it, so none is asked for
  // (nor which unit is meant).
  const beyond = plan.attributes.map((key) => ATTRIBUTE_BY_KEY.get(key)).find((a) => a && !a.withoutUnit);
  if (beyond && !plan.unknownUnits.length)
    return notFound(`公开的部门预算、决算文件没有${beyond.lacking}。文件中没有的数字我不会推测。`);
  if (plan.clarify) return undefined;
  const region = plan.attributes.map((key) => ATTRIBUTE_BY_KEY.get(key)).find((a) => a?.withoutUnit);
  if (region) return notFound(`文件中没有${region.lacking}。文件中没有的数字我不会推测。`);
  if (plan.qualifiers.length && !plan.unknownUnits.length && plan.operation !== "text_lookup")
    return notFound(`公开文件中没有${quoted(plan.qualifiers)}这项数字。文件中没有的数字我不会推测。`);
  return undefined;
}

/** A number asked about something no figure of the index is called: refused, whatever the words. */
export function numberWithoutFigure(plan: QueryPlan): Draft | undefined {
  if (plan.metrics.length) return undefined;
  const attribute = plan.attributes.map((key) => ATTRIBUTE_BY_KEY.get(key)).find(Boolean);
  if (attribute)
    return notFound(`公开的部门预算、决算文件没有${attribute.lacking}。文件中没有的数字我不会推测。`);
  const q = plan.question;
  // "<某种>收入" names a figure as much as "<某种>收入多少" asks one.
  const namesFigure = plan.qualifiers.some((word) => FIGURE_NOUN.test(word));
  if (!(ASKS_NUMBER.test(q) || namesFigure) || ASKS_LIST.test(q) || TEXT_QUESTION.test(q)) return undefined;
  // The asker's own words are echoed only without numbers: a number in an answer is a figure's.
  const asked = plan.textQuery ?? q;
  const what = plan.qualifiers.length ? quoted(plan.qualifiers) : /\d/.test(asked) ? "所问的" : `“${asked}”`;
  return notFound(`公开文件中没有${what}这项数字。文件中没有的数字我不会推测。`);
}

/** Does any fact of these documents name the word in its row, column, metric or table title? */
async function named(k: Knowledge, docIds: string[], word: string): Promise<boolean> {
  return (await k.store.countFacts({ docIds: k.bodyViews.storedIds(docIds), text: word, limit: 1 })) > 0;
}

/**
 * Does a heading over the asked subject's own statements name the word? The prose heads each row
 * with its class and 款 ("某类（类）某款（款）某项（项）"), names the tables may not print.
 */
function headedBy(k: Knowledge, plan: QueryPlan, scopes: Scope[], word: string): boolean {
  const codes = new Set(plan.metrics.flatMap((m) => (m.type === "subject" && m.code ? [m.code] : [])));
  if (!codes.size) return false;
  return scopes.some((scope) =>
    k
      .factsOf(scope.doc.docId)
      .some((f) => !f.table && codes.has(f.rowCode ?? "") && f.source.section.some((h) => h.includes(word))),
  );
}

/** The noun a count question counts ("多少批客人" → 客人). */
const countedNoun = (question: string) => COUNTED_NOUN.exec(question)?.[1];

/**
 * Does a fact of the figures asked for name the attribute ("品牌" in a row of vehicles)? A word
 * elsewhere in the documents ("城市品牌建设") says nothing of those figures.
 */
/** A part of a project's stated split ("项目 / <name> / 第一季度用款计划"). */
function partOfProject(k: Knowledge, fact: Fact, ref: MetricRef): boolean {
  return (
    ref.type === "project" &&
    fact.rowPath?.[0] === "项目" &&
    fact.rowPath.length === 3 &&
    k.projectVariants(ref.name).includes(fact.rowPath[1])
  );
}

function carriedByMatched(k: Knowledge, plan: QueryPlan, scopes: Scope[], word: string): boolean {
  return scopes.some((scope) =>
    k
      .factsOf(scope.doc.docId)
      .some(
        (fact) =>
          plan.metrics.some((ref) => isFactOf(k, fact, ref) || partOfProject(k, fact, ref)) &&
          [fact.row, fact.column, fact.tableTitle ?? "", ...(fact.rowPath ?? [])].some((text) =>
            text.includes(word),
          ),
      ),
  );
}

/** A purpose that lists several uses ("用于工作人员薪酬、网络线路租赁…"): each is only a part of the figure. */
const LISTS_USES = /[、，,；;]|[和及与](?!其他)/;

/**
 * Does the stated purpose of a figure asked for say the word, as the figure's one use ("给机关人员
 * 的购房补贴": "主要用于机关人员每月房贴支出")? One use of several names a part the documents do not price.
 */
function inPurposeOfMatched(k: Knowledge, plan: QueryPlan, scopes: Scope[], word: string): boolean {
  return scopes.some((scope) =>
    k
      .factsOf(scope.doc.docId)
      .some(
        (fact) =>
          !!fact.purpose?.includes(word) &&
          !LISTS_USES.test(fact.purpose) &&
          plan.metrics.some((ref) => isFactOf(k, fact, ref)),
      ),
  );
}

/** Words that open a condition rather than another name. */
const CONDITION = /^(?:不|除|含|包括|包含|扣除|去掉|剔除|其中|仅|只)/;

/**
 * "<某科目>（<俗称>）", "<俗称>，就是<某科目>": a word the asker gives as another name of what they
 * ask, in brackets or beside "就是", explains itself.
 */
function restated(question: string, word: string): boolean {
  // (Not a condition in brackets: "（不含<某项>）", "（除<某项>外）".)
  if (CONDITION.test(word)) return false;
  const said = escapeRegExp(word);
  return new RegExp(
    `[（(]${said}[)）]|${said}[，,]?(?:就是|也就是|即|也叫|又叫|又称)|(?:就是|也就是|即|也叫|又叫|又称|俗称)${said}`,
  ).test(question);
}

/**
 * Compare what is asked with what the matched facts are: an attribute none of the unit's facts
 * carries (a person, a meal, a month, a supplier), or qualifiers no fact is named by, leave the
 * plan below the confidence floor; the answer then names the closest figure instead.
 */
export async function scopeDoubt(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Doubt | undefined> {
  const docIds = [...new Set(scopes.flatMap((s) => k.docs(s.unit, { year: s.year }).map((d) => d.docId)))];
  for (const key of plan.attributes) {
    const attribute = ATTRIBUTE_BY_KEY.get(key);
    if (!attribute) continue;
    let carried = false;
    // A share of the whole region: no department's facts hold the region's total.
    if (!attribute.withoutUnit)
      for (const word of attribute.words)
        if (!carried)
          carried = plan.metrics.length
            ? carriedByMatched(k, plan, scopes, word)
            : await named(k, docIds, word);
    if (!carried) return { lacking: attribute.lacking, closest: attribute.closest, attribute };
  }
  // "项目绩效评价打了几分": another subject's figure of the metric's kind, when no project is named.
  const other = plan.metrics
    .map((m) => (m.type === "metric" ? METRIC_BY_KEY.get(m.key) : undefined))
    .find((m) => m?.otherSubject?.test(plan.question));
  if (other && !plan.metrics.some((m) => m.type === "project"))
    return { lacking: `${quoted([other.otherSubject!.exec(plan.question)![0]])}的${other.key}` };
  // How many (人次, 批次) asked of an amount that states no count: the amount is not the answer.
  const amounts = plan.metrics.filter((m) => m.type !== "metric" || !METRIC_BY_KEY.get(m.key)?.measure);
  const countsStated = () => scopes.some((s) => amounts.some((m) => countFacts(k, s, m, plan.basis).length));
  if (plan.counts && amounts.length === plan.metrics.length && plan.operation === "value" && !countsStated())
    return { lacking: `${quoted(amounts.map((m) => metricLabel(m, k)))}的人数或次数` };
  let confidence = plan.confidence;
  const unexplained: string[] = [];
  // "多少批客人": the noun a count counts is what the metric's stated counts count.
  const counted = plan.counts ? countedNoun(plan.question) : undefined;
  for (const word of plan.qualifiers) {
    const explained =
      (word === counted && countsStated()) ||
      (plan.metrics.length > 0 && restated(plan.question, word)) ||
      (await named(k, docIds, word)) ||
      headedBy(k, plan, scopes, word) ||
      inPurposeOfMatched(k, plan, scopes, word);
    if (explained) confidence = Math.min(1, confidence / QUALIFIER_DOUBT);
    else unexplained.push(word);
  }
  if (confidence >= CONFIDENCE_FLOOR) return undefined;
  // Only words in Chinese are quoted back: anything else a user typed (markup, code) is not echoed.
  const shown = unexplained.filter((word) => /^[\u4e00-\u9fa5]{2,}$/.test(word));
  return {
    lacking: shown.length ? `${quoted(shown)}的数字` : "与问题完全对应的数字",
  };
}
