import { asksByClass } from "./class-question.js";
import { gapMeasureAsked } from "./lexicon/gap-ranking.js";
import { WHY_STILL } from "./lexicon/reason-words.js";
import { isScore } from "./ops/quote-fact.js";
import { recipientOf } from "./ops/recipient-projects.js";
import {
  CARRY_OVER_KEYS,
  FUND_PART_ASKED,
  FUNDS_COMPARED,
  PARTS_BY_FUND,
  TABLE_NAMED,
  tablesNamedIn,
} from "./lexicon/named-tables.js";
import { BY_BODY_ASKED, PARENT_WHOLE_ASKED } from "./lexicon/body-rows.js";
import { FUND_NAMES } from "../../ingest/domain/fund-scopes.js";
import { childFromContext, childNamedBeside } from "./child-rows.js";
import { LISTED_PARTS } from "./lexicon/listed-parts.js";
import { pointedOccasion } from "./pointed-occasion.js";
import { fundFlowOf, METRIC_BY_KEY, METRICS } from "../../ingest/domain/metrics.js";
import { escapeRegExp } from "../../lib/escape-regexp.js";
import {
  askedScope,
  itemAndTheLike,
  perUnitOf,
  withContainingFigure,
  withoutQuotedSentences,
  withoutToldContext,
  type AskedScope,
} from "./asked-scope.js";
import { examplesMasked } from "./asked-examples.js";
import { inSchemeAsked } from "./scheme-asked.js";
import { asksStatedRate } from "./lexicon/prose-counts.js";
import {
  findMetrics,
  partFromContext,
  withoutParts,
  withoutTwins,
  type FoundMetrics,
} from "./find-metrics.js";
import {
  findUnits,
  foreignPlaces,
  type FoundUnits,
  placesNamed,
  placesOfSpending,
  unknownUnitNames,
  COUNTED_KIND,
} from "./find-units.js";
import { isCount } from "./counted-metrics.js";
import {
  cellsOfPrevious,
  followUpMetrics,
  partAskedWithin,
  spendingOfIncome,
  spendingOfFundIncome,
  whyOfChange,
  wholeOfPart,
  withoutBareHeadCount,
} from "./follow-up.js";
import type { Knowledge } from "./knowledge.js";
import { editionAsked, editionsAsked } from "./lexicon/edition-words.js";
import { normalizeQuestion } from "./normalize-question.js";
import { NUMERALS } from "./lexicon/numerals.js";
import { LARGEST_CHANGE_ASKED, LARGEST_GAP_ASKED } from "./lexicon/gap-ranking.js";
import { unitsPlacedBy, unitsWithRows } from "./unit-choice.js";
import { refKey, type MetricRef, type Operation, type QueryPlan } from "./plan-schema.js";
import type { Context } from "./conversation.js";
import {
  detectOperation,
  EXCLUDING,
  findBasis,
  findYears,
  REMAINDER_ASKED,
  SUM_CUE,
  TEXT_QUESTION,
  WHO_SPENT_LESS,
} from "./question-cues.js";
import {
  addedYears,
  publishingInYearsAsked,
  withBaseYear,
  yearsOfFollowUp,
  yearsPublished,
  withConversationYear,
} from "./plan-years.js";
import { ACTIVITY_QUANTITY, asksCount, MONEY_WORDS } from "./lexicon/question-words.js";
import { BUYING_AMOUNTS, BUYING_ASKED, COUNT_AMOUNTS, MONEY_CUES } from "./lexicon/count-amounts.js";
import { ASSETS_BESIDE_CARS } from "./lexicon/amount-bounds.js";
import { PER_UNITS } from "./lexicon/scope-attributes.js";
import { perUnitAmounts } from "./per-unit-amount.js";
import { shareParts } from "./share-parts.js";
import { QUALIFIER_DOUBT, READING_DOUBT, readSubject, twinNamer, type Subject } from "./read-subject.js";
import { BODY_NAMED } from "./lexicon/unit-topics.js";
import { metricLabel, parentOf, partsOf } from "./ops/labels.js";
import { SHARE_ASKED } from "./ops/class-breakdown.js";
import { classWhole } from "./ops/subject-children.js";
import {
  asksBareSpending,
  BARE_ACTUAL_CHANGE,
  BARE_BUDGET,
  BUDGET_SHARE,
  BARE_BUDGET_ACTUAL,
  BUDGET_TOTAL_KEY,
  INCOME_TOTAL_KEY,
} from "./lexicon/total-kin.js";
import { projectListMetrics, projectListSpans } from "./project-question.js";
import { classMetrics, classQuestionSpans, spendingByFunction } from "./class-question.js";
import { ASPECT_WORDS, BY_CLASS_WORDS } from "./lexicon/class-names.js";
import {
  ADDED_ON,
  BUDGETS,
  CHANGE_ASKED,
  EDITIONS_DIFFER,
  GAP_ASKED,
  OF_ROW,
  OTHER_BASIS,
  OTHER_DOCUMENT_COUNT,
  POINTING_ONLY,
  INSIDE_BEFORE,
  SHARE_WORDS,
  PROJECTS_WITHIN,
  SCOPE_ONLY,
  FIGURE_RECHECKED,
  REMAINDER,
  BARE_SPENDING_FOLLOW_UP,
} from "./lexicon/follow-up-cues.js";
import {
  adjustedBudgetGiven,
  BASIS_FOLLOW_UP,
  budgetAndActualGiven,
  figuresJustCompared,
  GAP_OR_CHANGE,
  isBudget,
  siblingOfContext,
  WHY,
  YEAR_NAMED,
} from "./turn-pairs.js";

/** An amount written in the question ("N万", "N.N万元", "N元"). */
const ASKED_AMOUNT = /\d+(?:\.\d+)?\s*(?:亿元|亿|万元|万|元)/g;

/** "政府性基金2024年支出": a year said between a fund and its 收入/支出, read as "2024年政府性基金支出". */
const YEAR_AFTER_FUND = new RegExp(
  `(${FUND_NAMES}|财政拨款)(20\\d{2}\\s*年度?)(?=的?(?:财政拨款)?(?:支出|收入|收支))`,
  "g",
);
const yearBeforeFund = (text: string) =>
  text.replace(YEAR_AFTER_FUND, (_, fund: string, year: string) => year + fund);

/**
 * "除了<甲>，其他/别的<整体>": the rest of the whole, not a row named 其他<整体> (the words before
 * the whole are taken out when a figure is taken off).
 */
const OTHERS_BESIDE_EXCLUDED =
  /(?<=(?:除了|除去|除开)[^。？?]{1,20}[，,、]?[^。？?]{0,8})(?:其他|其它|别的|另外的|剩下的|剩余的)(?=[\u4e00-\u9fa5])/g;

/** Operations that compute with their figures (a figure matched twice would count twice). */
const COMPUTED: ReadonlySet<string> = new Set(["sum", "difference", "share", "rank", "per_capita"]);

/** A count of divisions asked on its own ("有几个部门", "内设几个处室"). */
const DIVISIONS_COUNTED =
  /^(?:那|那么)?(?:它|该单位)?(?:有|设|下设|内设)?了?(?:几个|多少个?)(?:内设)?(?:部门|科室|处室|股室|机构)/;

/** The bodies one unit's documents cover, asked ("部门预算包括哪几家单位", "下属几家单位"). */
const OWN_BODIES_ASKED =
  /(?:包括|包含|汇总|涵盖|含|下属|所属|管着?)了?(?:哪些|哪几家|哪几个|几家|几个)(?:预算|决算|下属|所属)?单位/;

/** "几个部门" asks which of the units, but "底下设了几个部门" counts a body's own divisions. */
const ALL_UNITS =
  /(?<!(?:下面|下边|底下|内部|里面|下设|内设)(?:有|设)?了?)(各|所有|全部|每个|哪个|哪家|哪一个|三个|三家|几个|几家|两个|两家)(单位|部门)|各单位|三家|几家|谁最|谁的[^，,。？?]{0,12}?(?:最|更)/;
/** A follow-up comparing a budget figure with its actual. */
const ACTUAL_COMPARED = /(?:和|跟|与|同|比)(?:决算|实际)|(?:决算|实际)(?:数|花的|用的)?(?:呢|相比|比|对比)/;
/** "…决算多少" with no budget word: the final accounts are asked. */
const FINAL_ONLY = /^(?!.*预算).*决算/;
/** What was actually spent, which only a final account prints ("预算和实际各花了多少"). */
const ACTUALS_ASKED = /实际(?:上)?(?:用|花|支出|执行|发生|开支|完成)|实际数|实际\s*\d|(?:用|花)掉了/;

/** The units that publish documents of this kind. */
function publishersOf(k: Knowledge, units: string[], kind: "决算" | "预算"): string[] {
  return units.filter((unit) => k.docs(unit, { kind }).length > 0);
}

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

/**
 * Names of tables ("某某明细表", "公开05表", "一般公共预算支出表"): where to look, not the figures asked
 * about; a name ends where the sentence says where ("<某项>在<某表>里"). A
 * self-evaluation form is named by its own words only: "<某项目>项目自评表" keeps the project's name.
 */
const TABLE_NAME =
  /(?:(?![在与跟里])[\u4e00-\u9fa5“”"]){2,24}?(?:决算|预算|明细|数据)表|(?:一般公共预算|政府性基金(?:预算)?)(?:财政拨款)?(?:基本)?支出表|(?<![收入])(?:部门|单位)?支出(?:预算|决算)总表|(?:项目支出|部门整体支出|整体支出|项目)?(?:绩效)?自评表|(?:财务收支|收支|(?:一般公共预算)?(?:基本支出|项目支出|财政拨款|支出)?(?:经济分类|功能分类))(?:预算|决算)?(?:总|汇总|明细)?表|“?三公”?(?:经费)?(?:和机关运行经费)?(?:预算|决算)?(?:明细|情况|统计)?表|公开\s*\d+\s*表|表\s*\d+/g;
/**
 * "<某表>里，<年>预算数合计是多少": a question naming no figure but a table the figure finder
 * knows ("三公经费表", "基本支出表") asks that table's own total. The names masked as places are put
 * back where they were (where their masks still are).
 */
function withTablesNamed(rest: string, tables: [number, string][]): string | undefined {
  const known = tables.filter(
    ([at, name]) =>
      rest.slice(at, at + name.length) === "，".repeat(name.length) &&
      [...name.matchAll(TABLE_NAMED)].some((m) => m[0] === name),
  );
  if (!known.length) return undefined;
  return known.reduce((text, [at, name]) => text.slice(0, at) + name + text.slice(at + name.length), rest);
}
/** Words for spending in general ("人均支出", "人均花了多少"). */
const SPENDING = /支出|花费|开支|花了|花销|花多少|花钱|开销|用钱|花的钱/;
/** An amount the asker writes ("N万", "N.N万元"), not a year before a name ("<年>万…"). */
const STATED_AMOUNT = /(?<!\d)(?!20\d\d\s*万)\d+(?:\.\d+)?\s*万/;
/** "每个人平均多少经费", "人均多少": money asked per head with no figure named. */
const MONEY_ASKED_PER_UNIT = /经费|多少钱|费用/;
/** "哪个最多", "排一下": the units named so far, ranked. */
const RANKS_NAMED = /(?:哪个|哪家|哪一个|谁)(?:的)?(?:最|更)|排序|排名|排一下|排个序/;
const BOTH = /两者|二者|两个|两家|两项|这两|它们|两单位|(?:哪个|哪项|哪家|谁)(?:更)?(?:多|高|大|少|低)/;
/** "哪家<某项>的占比更高": which of the units just asked, a figure between (not a part ranked, "最"). */
const WHICH_OF_THEM =
  /(?:哪个|哪家|谁)(?!项目|科目|类|款|项)[^，,。？?最]{1,14}?(?:更)?(?:多|高|大|少|低)[？?。！!]*$/;
/** "<年甲>多少？→ <年乙>呢？→ 差多少 / 是增是减": the change between the two years just asked. */
function twoYearsCompared(
  q: string,
  parts: { followUp: boolean; yearCount: number },
  ctx: Context | undefined,
): boolean {
  return (
    parts.followUp &&
    !!ctx &&
    !parts.yearCount &&
    (GAP_ASKED.test(q) || CHANGE_ASKED.test(q)) &&
    ctx.years.length === 1 &&
    ctx.previousYears.length === 1 &&
    ctx.years[0] !== ctx.previousYears[0]
  );
}

/** Last year asked with the gap to it ("上一年的呢，相差多少"). */
const LAST_YEAR_GAP = /(?:去年|上年|上一年)[^。]{0,8}?(?:差(?:了)?多少|相差多少|差额|差距)/;

/** "和<某单位>比呢", "跟<某单位>相比怎么样": a comparison with what the conversation was about. */
const COMPARED_WITH = /^(?:那|那么)?(?:和|跟|与|同)[^，,。？?]{1,14}?(?:比|相比|比较|对比)/;
/** How names of government bodies end. */
const UNIT_SUFFIX = /(办公室|委员会|联络处|办事处|局|厅|中心|委办|政府办)$/;
/** "<某厅>那块": the part of the unit's figures a division pays for, not a unit of its own. */
const partNamedBy = (q: string, word: string) =>
  new RegExp(`${escapeRegExp(word)}的?[那这]一?(?:块|部分|项)`).test(q);

/** The question with the spans of matched figures masked (〇); one pass over text and spans. */
function maskSpans(text: string, spans: [number, number][]): string {
  const masked = new Uint8Array(text.length);
  const clamp = (i: number) => Math.min(Math.max(i, 0), text.length);
  for (const [a, b] of spans) masked.fill(1, clamp(a), clamp(b));
  // Runs of kept and masked characters as slices (a long paste is not split into one string a character).
  let out = "";
  for (let from = 0, to = 0; from < text.length; from = to) {
    while (to < text.length && masked[to] === masked[from]) to++;
    out += masked[from] ? "〇".repeat(to - from) : text.slice(from, to);
  }
  return out;
}

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

/** A project's execution rate asked together with its score. */
const RATE_WITH_SCORE =
  /(?:执行率|完成率|执行情况|执行得).{0,12}(?:得分|几分|多少分|评分)|(?:得分|几分|多少分|评分).{0,12}(?:执行率|完成率)/;

function operationOf(q: string, masked: string, parts: OperationParts, ctx?: Context): Operation {
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

/** Counts named where money is asked ("公车烧多少钱"): the amount spent on them (COUNT_AMOUNTS). */
/** An amount per head asked ("人均", "每人"): the count carried divides it. */
const PER_HEAD = /人均|每人|每个人|平均每|摊到/;

function moneyForCounts(q: string, refs: MetricRef[], ctx?: Context): MetricRef[] {
  // "其中公车呢？" after an amount: the part of that amount spent on the cars.
  const partOfAmount = /其中|里面/.test(q) && !!ctx?.metrics.length && !ctx.metrics.some(isCount);
  // "三公经费里公车占多少": a count named as a share of an amount is the money spent on it.
  const shareOfAmount = /占|比重|比例/.test(q) && refs.some((r) => !isCount(r));
  // "出国、公车、接待三项加起来": a count added with amounts is the money spent on it too.
  const addedToAmounts = SUM_CUE.test(q) && refs.some((r) => !isCount(r));
  // "三公经费除去公车那块": a count taken out of an amount is the money spent on it as well.
  const takenFromAmount = EXCLUDING.test(q) && refs.some((r) => !isCount(r));
  const money =
    MONEY_CUES.some((w) => q.includes(w)) ||
    partOfAmount ||
    shareOfAmount ||
    addedToAmounts ||
    takenFromAmount;
  if (!money) return refs;
  // "买几辆，预算多少": the count asked and the money of buying them, both.
  if (asksCount(q))
    return BUYING_ASKED.test(q)
      ? [
          ...refs,
          ...refs.flatMap((r): MetricRef[] =>
            r.type === "metric" && BUYING_AMOUNTS[r.key]
              ? [{ type: "metric", key: BUYING_AMOUNTS[r.key] }]
              : [],
          ),
        ]
      : refs;
  const mapped = refs.map((r): MetricRef =>
    r.type === "metric" && COUNT_AMOUNTS[r.key] ? { type: "metric", key: COUNT_AMOUNTS[r.key] } : r,
  );
  // A count named beside an amount ("离退休人员…花了多少" beside the 离退休 subject) is who the money
  // went to, not a second figure asked.
  if (mapped.some((r) => !isCount(r))) return mapped.filter((r) => !isCount(r));
  // "<某单位>几个人？→ <它的某项>多少钱": money asked of people counted has no amount of its own;
  // the count is not carried as the answer (an average per head names its divisor by itself).
  return ctx && refs === ctx.metrics && !PER_HEAD.test(q) ? [] : mapped;
}

/** The places' words, with the level after them ("某县"), as a neutral mark. */
function placesMasked(rest: string, places: string[]): string {
  return places.reduce(
    (text, place) =>
      text.replace(new RegExp(`${escapeRegExp(place)}(?:省|市|区|县|旗)?`, "g"), (m) => "□".repeat(m.length)),
    rest,
  );
}

/** The units named with one of the places (all of them when no place is named). */
function unitsIn(units: string[], places: string[]): string[] {
  return places.length ? units.filter((unit) => places.some((place) => unit.includes(place))) : units;
}

/** Words for all the units named so far ("三家", "这几个", "都"); "两个都…" is the last two. */
const EVERY_MENTIONED =
  /^(?!.*[两二]\s*(?:家|个|单位)).*(?:[三四五六七八九十]\s*(?:家|个|单位)|这几|这些|都|全部|所有)/;

/** "三项": how many rows the question lists ("哪两项", "前三项" ask for rows, listing none). */
const LISTED_COUNT = /(?<![哪前])([两二三四五六七八九十])项/;

/** "三公四项（出国、购置、运维、接待）": a whole named beside its parts is not one of the rows listed. */
function withoutWholes(metrics: MetricRef[]): MetricRef[] {
  const ancestors = (ref: MetricRef): string[] => {
    const parent = parentOf(ref);
    return parent ? [refKey(parent), ...ancestors(parent)] : [];
  };
  const wholes = new Set(metrics.flatMap(ancestors));
  return metrics.filter((ref) => !wholes.has(refKey(ref)));
}

/**
 * The words stating how many rows are listed, when the rows read are fewer or more. (One whole read
 * with as many parts as counted, "三公三项加起来", names its parts.)
 */
function listedCountMissed(q: string, read: MetricRef[]): string | undefined {
  const listed = LISTED_COUNT.exec(q);
  // "按经济分类那三类相加": the classes of the breakdown are counted, not rows named.
  if (!listed || !read.length || asksByClass(q)) return undefined;
  const count = NUMERALS[listed[1]];
  const parts = read.length === 1 ? partsOf(read[0]).length : undefined;
  return count !== read.length && count !== parts ? listed[0] : undefined;
}

/** Units in the order the question names them (by their own name or any alias; `said` adds a word). */
function inQuestionOrder(k: Knowledge, q: string, units: string[], said: Record<string, string>): string[] {
  const at = (unit: string) => {
    const names = [
      unit,
      said[unit] ?? "",
      ...k.aliases.filter((a) => a.units.includes(unit)).map((a) => a.key),
    ];
    const found = names.filter(Boolean).map((name) => q.toLowerCase().indexOf(name.toLowerCase()));
    return Math.min(...found.filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  };
  return [...units].sort((x, y) => at(x) - at(y));
}

/** A particle closing a question for tone, and its question mark. */
const TONE_PARTICLE = /(?<=[\u4e00-\u9fa5\d])(?:呢|呀|啊|哈|哦)([？?]?)$/;

/** What the operation is chosen from besides the words. */
interface OperationParts {
  units: string[];
  metrics: MetricRef[];
  trend: boolean;
  followUp: boolean;
  asked: AskedScope;
  yearCount: number;
}

/** A message as its first phase reads it: the question as normalised and the units it names. */
interface Turn {
  k: Knowledge;
  ctx?: Context;
  /** The question, normalised (pinyin names spelled out, a first question's tone particle dropped). */
  q: string;
  found: FoundUnits;
  units: string[];
  /** Names of bodies the index does not have. */
  unknownUnits: string[];
  /** Readings about a shared name left out of a list of units. */
  leftOut: string[];
  /** Table names masked in the question: where and what. */
  tables: [number, string][];
}

/** The figures a message names, as its second phase reads them. */
interface Figures {
  /** The question less unit names, a neutral mark where they were. */
  unmasked: string;
  /** …also less amounts the asker writes, examples and the table named: where figures are named. */
  rest: string;
  matched: FoundMetrics;
  asked: AskedScope;
  subject: Subject;
  refs: MetricRef[];
  excluding?: "remainder" | "named";
}

/** What the message takes from the conversation: follow-up or not, years, and the figures asked. */
interface Carried {
  followUp: boolean;
  yearsFound: ReturnType<typeof findYears>;
  metrics: MetricRef[];
  carriesTotal: boolean;
  incomeWhere: boolean;
  /** No figure named: the total is read, and `bareReading` says so. */
  bareBudget: boolean;
  bareReading: string;
}

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

/** Phase 1: the question normalised, and the units it names (a shared short name settled when it can be). */
function readUnits(k: Knowledge, question: string, ctx?: Context): Turn {
  // Unit names typed in pinyin ("<拼音>街道") read as the names they spell.
  const normalized = normalizeQuestion(k.unitPinyin.transliterate(question));
  // A conversation's first question ends in a particle only for tone ("…多少人次呢"): no follow-up.
  const q = ctx ? normalized : normalized.replace(TONE_PARTICLE, "$1");
  const found = findUnits(k, q);
  // Table names are not the figures asked about; units are masked out already.
  const tables = [...found.rest.matchAll(TABLE_NAME)].map((m): [number, string] => [m.index, m[0]]);
  found.rest = found.rest.replace(TABLE_NAME, (m) => "，".repeat(m.length));
  // "财政局2024年…": of the bodies a short name may mean, the one publishing for the year asked,
  // …or the one named with a place of its own ("财政局（<区名>）"). Also when the name is one of
  // several units listed. (A budget figure is no clue: final accounts print budgets too; an
  // account named as such is, as budgets print no 决算.)
  const ambiguous = found.ambiguous;
  const byYear = ambiguous ? publishingInYearsAsked(k, q, ambiguous.units) : [];
  const placed = ambiguous && byYear.length !== 1 ? unitsPlacedBy(q, ambiguous.key, ambiguous.units) : [];
  // A final account named (决算, no 预算 beside it): only a body that publishes one can answer.
  const finalAsked =
    ambiguous && (FINAL_ONLY.test(q) || ACTUALS_ASKED.test(q))
      ? publishersOf(k, ambiguous.units, "决算")
      : [];
  const chosen = [byYear, placed, finalAsked].find((units) => units.length === 1) ?? [];
  if (ambiguous && chosen.length === 1) {
    found.units = inQuestionOrder(k, q, [...found.units, ...chosen], { [chosen[0]]: ambiguous.key });
    found.fuzzy.push({ asked: ambiguous.key, unit: chosen[0] });
    found.ambiguous = undefined;
  }
  // A name several bodies share, listed beside other units: they are answered, and it is said
  // which name was left out and why.
  const leftOut =
    found.ambiguous && found.units.length
      ? [`“${found.ambiguous.key}”可能指：${found.ambiguous.units.join("、")}，未计入；请指明是哪一个`]
      : [];
  let units = found.units;
  // "三家加起来", "这几个都加上": every unit the conversation named, not the last two.
  if (!units.length && SUM_CUE.test(q) && EVERY_MENTIONED.test(q) && (ctx?.mentionedUnits.length ?? 0) > 2)
    units = ctx!.mentionedUnits;
  if (
    !units.length &&
    (BOTH.test(q) || WHICH_OF_THEM.test(q) || SUM_CUE.test(q) || GAP_ASKED.test(q)) &&
    ctx?.previousUnits.length
  )
    units = [...new Set([...ctx.previousUnits, ...ctx.units])];
  // "<下属单位>…占全局…": a body read from its part of its department's document, over the department.
  const parent = units.length === 1 ? k.unit(units[0])?.parent : undefined;
  if (parent && PARENT_WHOLE_ASKED.test(q) && k.docs(units[0]).length && k.docs(parent).length)
    units = [units[0], parent];
  // "和<另一单位>比呢" after a figure: the unit before and this one, compared.
  if (units.length === 1 && ctx?.units.length === 1 && COMPARED_WITH.test(q) && units[0] !== ctx.units[0])
    units = [ctx.units[0], units[0]];
  // A ranking asked after the conversation went through several units ranks all of them.
  if (!units.length && RANKS_NAMED.test(q) && (ctx?.mentionedUnits.length ?? 0) > 2)
    units = ctx!.mentionedUnits;
  // "<某地>这几个单位": every unit of that place ("三个<某地>单位": the place said inside the cue).
  const places = units.length ? [] : placesNamed(found.rest, k.placeStems);
  const unplaced = places.reduce((text, place) => text.split(place).join(""), q);
  // "<某县>高标准农田…资金": the place of the one unit the index has there, said before the figure,
  // is that unit, and no word of the figure.
  // (Said with its level: "大邑段" inside a project's name is no place said.)
  const ownPlace = places.filter(
    (place) =>
      k.placeStems.includes(place.slice(0, 2)) &&
      (/[省市区县旗]$/.test(place) || new RegExp(`${escapeRegExp(place)}[省市区县旗]`).test(found.rest)),
  );
  const placedUnits = unitsIn(k.publishingUnits, ownPlace);
  // (Not when the place opens another body's name: "<某县>住建局" is a body the index does not have.)
  const otherBody = () => found.elsewhere.length > 0 || unknownUnitNames(found.rest, k).length > 0;
  if (
    !units.length &&
    ownPlace.length &&
    placedUnits.length === 1 &&
    !ALL_UNITS.test(unplaced) &&
    !otherBody()
  ) {
    units = placedUnits;
    found.rest = placesMasked(found.rest, ownPlace);
  }
  // "<某单位>是干什么的？→ 有几个部门", "→ 部门预算包括哪几家单位": that unit's divisions or bodies,
  // not how many units there are.
  const ownDivisions = ctx?.units.length === 1 && (DIVISIONS_COUNTED.test(q) || OWN_BODIES_ASKED.test(q));
  if (!units.length && !ownDivisions && ALL_UNITS.test(unplaced)) units = unitsIn(k.publishingUnits, places);
  // "浙江各单位": a place none of the index's units is in.
  const placeUnits = ALL_UNITS.test(unplaced) ? places.map((place) => `${place}的单位`) : [];
  const unknownUnits =
    units.length || found.ambiguous
      ? []
      : [
          ...new Set([
            ...found.elsewhere.filter((name) => !COUNTED_KIND.test(name)),
            ...unknownUnitNames(found.rest, k),
            ...placeUnits,
          ]),
        ];
  // Unit spans become a neutral mark: neither words nor list punctuation for the metric matchers.
  // "每辆车", "人均": the count divides the amount; its words are no figure of their own.
  return { k, ctx, q, found, units, unknownUnits, leftOut, tables };
}

/** Phase 2: the figures the message names, its qualifiers and the amount it divides by. */
function readFigures(turn: Turn): Figures {
  const { k, ctx, q, found, unknownUnits } = turn;
  let { units } = turn;
  const unmasked = found.rest.replace(/□+/g, (m) => "｜".repeat(m.length));
  // "预算N万花了多少": an amount the asker writes names no figure ("万花" is no qualifier).
  const scopeUnits = units.length ? units : (ctx?.units ?? []);
  const per = perUnitOf(unmasked, scopeUnits.length);
  const rest = examplesMasked(
    k,
    yearBeforeFund(per.masked)
      .replace(ASKED_AMOUNT, (m) => "〇".repeat(m.length))
      .replace(OTHERS_BESIDE_EXCLUDED, (m) => "｜".repeat(m.length)),
    scopeUnits,
  );
  // "<某项>多少？→ 收入支出决算总表里是多少": in a follow-up naming no unit, the table named says where
  // to read the figure before, and its words name no figure of their own.
  const tableOnly =
    ctx?.metrics.length && !units.length ? rest.replace(TABLE_NAMED, (m) => "〇".repeat(m.length)) : rest;
  // A subordinate that publishes nothing of its own is asked about in its parent's tables and names.
  const publishers = k.publishersOf(scopeUnits);
  const inQuestion = metricsAsked(k, tableOnly, publishers);
  const tablesNamed = inQuestion.refs.length ? undefined : withTablesNamed(tableOnly, turn.tables);
  const matched: FoundMetrics = (tablesNamed && metricsAsked(k, tablesNamed, publishers)) || inQuestion;
  // …or the only one whose tables have the coded rows asked about.
  const withRows =
    found.ambiguous && !units.length ? unitsWithRows(k, matched.refs, found.ambiguous.units) : [];
  if (withRows.length === 1) {
    units = withRows;
    found.fuzzy.push({ asked: found.ambiguous!.key, unit: withRows[0] });
    found.ambiguous = undefined;
  }
  const bare = unknownUnits.reduce((t, u) => t.split(u).join("｜".repeat(u.length)), rest);
  // "社保、卫生各多少": everyday names of functional classes are rows asked, not qualifiers.
  const classSpans = classMetrics(rest, matched.refs)
    ? classQuestionSpans(rest)
    : projectListMetrics(rest, matched.refs)
      ? projectListSpans(rest)
      : [];
  const asked: AskedScope = {
    ...askedScope(k.vocabulary, maskSpans(bare, [...matched.spans, ...classSpans]), scopeUnits.length, q),
    ...(per.perUnit ? { perUnit: per.perUnit.key } : {}),
  };
  const rowOrProjectNames = (word: string) =>
    [...k.projectNames.candidates(word), ...k.subjectNames.candidates(word)].some((n) =>
      n.key.includes(word),
    );
  if (placesOfSpending(found.rest, scopeUnits, rowOrProjectNames).length)
    asked.attributes = [...new Set([...asked.attributes, "place"])];
  const excluding = EXCLUDING.test(q) ? (REMAINDER_ASKED.test(q) ? "remainder" : "named") : undefined;
  const subject = readSubject(k, matched, asked, publishers, excluding, q);
  subject.refs = withContainingFigure(asked.attributes, subject.refs);
  pointedOccasion(k, rest, asked, subject);
  const theLike = itemAndTheLike(q, asked.attributes);
  if (theLike) {
    asked.attributes = asked.attributes.filter((key) => key !== theLike.key);
    const items = subject.qualifiers.filter((word) => theLike.isItemWord(word));
    subject.qualifiers = subject.qualifiers.filter((word) => !items.includes(word));
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** items.length);
    subject.readings.push(`所问的几项开支没有单列，按包含它们的“${theLike.within}”回答`);
  }
  // "人均…", "每辆…": the count is what the amount is divided by, not a figure asked for itself.
  const perUnit = PER_UNITS.find((p) => p.key === asked.perUnit);
  const divisors = perUnit?.divisors ?? [];
  const named = subject.refs.filter((r) => !(r.type === "metric" && divisors.includes(r.key)));
  // A follow-up's money per head is the conversation's figure's ("其中<某项>呢 → 人均多少").
  // …and words naming what was spent on ("商务接待") leave no default amount: a sentence may state it.
  // …also an amount the asker writes ("花了N万", "预算有N万，M个人"): money, no row named.
  const moneyAsked =
    !ctx?.metrics.length &&
    !subject.qualifiers.length &&
    (SPENDING.test(rest) || MONEY_ASKED_PER_UNIT.test(rest) || STATED_AMOUNT.test(q));
  // "<某项>是<N>吧？那摊到每辆车上呢": only the divisor named, the amount is the conversation's.
  const amounts =
    perUnit && !named.length && subject.refs.length && ctx?.metrics.length
      ? ctx.metrics.filter((m) => !(m.type === "metric" && divisors.includes(m.key)))
      : perUnitAmounts(perUnit, named, moneyAsked);
  // "人均经费": no figure named, the unit's spending total is divided; said so.
  if (!named.length && amounts.length && perUnit?.defaultAmount)
    subject.readings.push(`未指明哪项支出，按${perUnit.defaultAmount}计算`);
  // "…经济分类里的": the classification's row of the lexicon figure's name.
  const refs = inSchemeAsked(
    k,
    q,
    moneyForCounts(q, amounts.length ? amounts : subject.refs, ctx),
    scopeUnits,
  );
  // A leftover name of a body ("某委办公室") is a unit the index does not have.
  if (!units.length && !found.ambiguous)
    for (const word of subject.qualifiers.filter(
      (w) => UNIT_SUFFIX.test(w) && !partNamedBy(q, w) && !COUNTED_KIND.test(w),
    )) {
      unknownUnits.push(word);
      subject.qualifiers.splice(subject.qualifiers.indexOf(word), 1);
    }
  // "<part>那部分呢" after an amount with parts: the part, not the number of cars.
  turn.units = units;
  return { unmasked, rest, matched, asked, subject, refs, excluding };
}

/** The appropriations by fund, as the words of a fund alone are read ("一般公共预算" → its income). */
const FUND_INCOMES = new Set(["财政拨款收入", ...LISTED_PARTS["财政拨款收入"]]);

/** The body's spending as a whole, whose parts by fund a follow-up asks ("其中<某基金>拨款多少"). */
const SPENDING_WHOLES = new Set(["支出合计"]);

/**
 * The project named before whose name holds a word of the question that the projects read now
 * share with it ("耕地" of "<…新增耕地>" and of "耕地保护<…>").
 */
function projectWordBefore(q: string, before: MetricRef[], read: MetricRef[]): MetricRef | undefined {
  const shared = (a: string, b: string) =>
    Array.from({ length: q.length - 1 }, (_, i) => q.slice(i, i + 2)).some(
      (word) => a.includes(word) && b.includes(word),
    );
  return before.find(
    (ref) =>
      ref.type === "project" &&
      read.every(
        (other) => other.type === "project" && other.name !== ref.name && shared(ref.name, other.name),
      ),
  );
}

/** Phase 3: the figures this message itself asks about, read against the turn before. */
function metricsOfTurn(turn: Turn, figures: Figures): MetricRef[] {
  const { ctx, q, units } = turn;
  const { rest, matched, subject, refs } = figures;
  const parts = ctx && !asksCount(q) ? partFromContext(q, ctx.metrics) : [];
  const part = parts.length || !ctx || refs.length ? parts : childFromContext(turn.k, q, ctx.metrics);
  const countsOnly = refs.every((r) => r.type === "metric" && METRIC_BY_KEY.get(r.key)?.measure);
  // A part of the figure before outranks a project the words only resemble.
  const projectsOnly = refs.every((r) => r.type === "project");
  // …and a figure only read from a loose word ("财政" → some 财政拨款 row): the part it begins wins.
  const onlyRead = !matched.refs.length && subject.readings.length > 0;
  let metricsHere = refs.length && !(part.length && (countsOnly || projectsOnly || onlyRead)) ? refs : part;
  // "<某项费用>…多少人": the people of that activity, not the staff head count.
  const activityPeople = withoutBareHeadCount(
    q,
    metricsHere,
    ctx && !units.length ? ctx.metrics : [],
    !!ctx?.occasionsCounted,
  );
  if (activityPeople) metricsHere = activityPeople;
  // "<某…<某物>项目>谁实施？→ 新增多少<某物>": a word of the project before, read loosely as another
  // project's, is of the project before.
  const ownProject =
    ctx && onlyRead && projectsOnly ? projectWordBefore(q, ctx.metrics, metricsHere) : undefined;
  if (ownProject) {
    metricsHere = [ownProject];
    subject.readings = [];
  }
  // "<编报绩效目标的项目>几个？→ 其中哪个项目资金最大": the projects the passage before was about.
  const passageProjects = ctx && !units.length ? projectsOfPassageBefore(q, ctx) : undefined;
  if (passageProjects) {
    metricsHere = passageProjects;
    subject.readings = [];
  }
  // "<N>万按功能科目怎么分": the functional classes divide spending; no figure named is its total.
  const byFunction = !metricsHere.length && !ctx?.metrics.length ? spendingByFunction(q, subject) : undefined;
  if (byFunction) metricsHere = byFunction;
  // The loose word's reading is not how the question was read then.
  if (onlyRead && metricsHere === part) subject.readings = [];
  // "<某项>预算多少？→ 实际支出呢": the basis of the figure before; "支出" names no figure here.
  if (ctx?.metrics.length && !units.length && onlyRead && BASIS_FOLLOW_UP.test(q)) {
    metricsHere = [];
    subject.readings = [];
  }
  // "占某某多少" after a figure: the earlier figure is the part, the one named here the whole.
  const first = matched.spans[0]?.[0];
  // (…only pointing words before 占: "<某俗称>占了多少" names the part, with no span of its own.)
  const beforeShare = /^([^，,。？?]{0,3})占/.exec(rest)?.[1];
  if (
    ctx?.metrics.length &&
    refs.length === 1 &&
    // The whole may be read from an everyday word ("全部支出"), with no span: then 占 opens the question.
    (first === undefined
      ? beforeShare !== undefined && POINTING_ONLY.test(beforeShare)
      : /占[了的]?(?:全部|全|总|整个|所有)?$/.test(rest.slice(0, first)))
  )
    metricsHere = [...ctx.metrics.filter((m) => JSON.stringify(m) !== JSON.stringify(refs[0])), ...refs];
  // "<整体>多少？→ 里面<部分>占几成": the part named now over the figure before.
  // (A total read for a bare "预算多少" is the figure before, too.)
  else if (ctx && refs.length === 1 && INSIDE_BEFORE.test(q) && SHARE_WORDS.test(q)) {
    const before = ctx.metrics.length ? ctx.metrics : (ctx.totalRead ?? []);
    // One figure before: it is the whole (after a share of two, "其中<乙>" is a part of the part).
    if (before.length === 1 && refKey(before[0]) !== refKey(refs[0])) metricsHere = [...refs, ...before];
  }
  // "<数量>？→ 怎么还要<费用>": a why set against the count just given keeps that count.
  if (ctx && !units.length && WHY_STILL.test(q) && refs.length && !refs.some(isCount))
    metricsHere = [...ctx.metrics.filter(isCount), ...metricsHere];
  // "<某项目>执行多少？→ 自评得分呢": the score is the project's own.
  const projectsBefore = ctx && !units.length ? ctx.metrics.filter((m) => m.type === "project") : [];
  if (projectsBefore.length && refs.length && refs.every(isScore)) metricsHere = [...projectsBefore, ...refs];
  // "<某项目>执行率和得分": the rate over the project's own figures; its score is said beside it.
  if (metricsHere.some((m) => m.type === "project") && RATE_WITH_SCORE.test(q))
    metricsHere = metricsHere.filter((m) => !isScore(m));
  if (!refs.length && (BOTH.test(q) || SUM_CUE.test(q)) && ctx?.previousMetrics.length)
    metricsHere = [...ctx.previousMetrics, ...ctx.metrics];
  // "<某项>多少？→ 再加上<另一项>一共多少": the figure before and the one named now, added.
  if (ctx?.metrics.length && refs.length && ADDED_ON.test(q) && !units.length)
    metricsHere = [...ctx.metrics.filter((m) => !refs.some((r) => refKey(r) === refKey(m))), ...refs];
  // "<某科目>多少？→ 其中一般公共预算多少": the same subject, read in that fund's table (named-tables);
  // so too a part of spending that table prints ("基本支出多少？→ 其中用一般公共预算安排的").
  // "<单位>支出多少？→ 其中<某基金>拨款多少": the part of that spending the fund pays, its spending.
  const inFundTable = (m: MetricRef) =>
    m.type === "subject" || (m.type === "metric" && PARTS_BY_FUND.includes(m.key));
  const spendingWhole = (m: MetricRef) => m.type === "metric" && SPENDING_WHOLES.has(m.key);
  const fundPartAsked =
    !!ctx?.metrics.length &&
    !units.length &&
    refs.every((r) => r.type === "metric" && FUND_INCOMES.has(r.key)) &&
    !!q.match(FUND_PART_ASKED);
  if (fundPartAsked && ctx.metrics.every(inFundTable)) {
    metricsHere = ctx.metrics;
    subject.readings = [];
  } else if (fundPartAsked && ctx.metrics.every(spendingWhole))
    metricsHere = spendingOfFundIncome(refs) ?? metricsHere;
  // "<某款>里<某词>方面的": the one row of that 款 named with the word.
  metricsHere = childNamedBeside(turn.k, metricsHere) ?? metricsHere;
  // "<整体>多少？→ 其中<部分>多少？→ 占比多少": the part just asked over the whole asked before it.
  if (!refs.length && BARE_SHARE.test(q) && ctx && partThenWhole(ctx.metrics, ctx.previousMetrics))
    metricsHere = [...ctx.metrics, ...ctx.previousMetrics];
  return metricsHere;
}

/** Phase 4: follow-up or not, the years asked, and the figures carried over or read as a total. */
function carryFromContext(turn: Turn, figures: Figures, metricsHere: MetricRef[]): Carried {
  const { k, ctx, q, found, unknownUnits } = turn;
  let { units } = turn;
  const { rest, asked, subject, refs } = figures;
  const followUp = !!ctx && (!units.length || !refs.length) && !unknownUnits.length;
  // "那<几家共用的简称>的呢": another body, which one asked back, not the body before.
  if (!units.length && followUp && ctx && !found.ambiguous) units = ctx.units;
  // The years the question sentences name, when they name one: not "这几年" told before them.
  // …nor a year inside a sentence quoted from the document ("说明里写“2025年执行数为…”，对吗").
  const quoteless = withoutQuotedSentences(q);
  const story = withoutToldContext(quoteless, true);
  const yearsAsked = /(?<!\d)(?:20)?\d{2}年/.test(story) ? story : quoteless;
  const yearsFound =
    addedYears(yearsAsked, k, units) ??
    findYears(yearsAsked, k, units, followUp ? (ctx?.years ?? []) : undefined);
  // "买几辆？→ 预算多少钱": money asked after a count is the count's money counterpart.
  const inherited = ctx && ctx.metrics.some(isCount) ? moneyForCounts(q, ctx.metrics, ctx) : ctx?.metrics;
  // "<甲>预算里给<乙>安排了多少": the money one body sets aside for the other, no figure of the turn before.
  const forRecipient = !metricsHere.length && !!recipientOf(k, { units, question: q });
  // "有公车吗？→ 大额设备呢": another class of assets is counted, not the cars again.
  const otherAssets =
    !!ctx?.metrics.length &&
    ctx.metrics.every(isCount) &&
    subject.qualifiers.some((word) => ASSETS_BESIDE_CARS.test(word));
  // "有几辆车？→ 部门预算包括哪几家单位": the bodies a unit covers, asked after a figure, are no
  // follow-up of it.
  const topicAsked = OWN_BODIES_ASKED.test(q);
  let metrics = metricsHere.length
    ? metricsHere
    : followUp && inherited && !forRecipient && !otherAssets && !topicAsked
      ? inherited
      : [];
  // "收入多少？→ 钱花在哪": where the money went is the spending total's, not the income's.
  const spending = followUp && metrics === inherited && asksBareSpending(rest);
  if (spending) metrics = spendingOfIncome(metrics, BUDGET_TOTAL_KEY) ?? metrics;
  // "<某基金>收入多少？→ 那支出呢": that fund's spending, not the whole department's.
  if (
    followUp &&
    ctx?.metrics.length &&
    metrics.length === 1 &&
    refKey(metrics[0]) === refKey({ type: "metric", key: BUDGET_TOTAL_KEY }) &&
    BARE_SPENDING_FOLLOW_UP.test(q)
  ) {
    const fund = spendingOfFundIncome(ctx.metrics);
    if (fund) {
      metrics = fund;
      subject.readings = subject.readings.filter((reading) => !reading.includes(`“${BUDGET_TOTAL_KEY}”`));
    }
  }
  // "<某版本>预算总额多少？→ 那<另一版本>呢": the same total of the other edition.
  if (!metrics.length && followUp && ctx?.totalRead && editionAsked(q) && editionAsked(q) !== ctx.edition)
    metrics = ctx.totalRead;
  // "<年>预算多少？→ 实际用了多少 → 执行率呢": the same total, actual or against the budget.
  const carriesTotal =
    !metrics.length &&
    followUp &&
    !!ctx?.totalRead &&
    !subject.qualifiers.length &&
    (OTHER_BASIS.test(rest) || TOTAL_CHANGED.test(rest) || SCOPE_ONLY.test(rest) || FIGURE_RECHECKED.test(q));
  if (carriesTotal && ctx?.totalRead) metrics = ctx.totalRead;
  // "今年预算一共多少": a budget named with no figure is its total; so is "和决算比呢" after it.
  // A budget asked after a turn that read a passage and no figure ("包括哪几个单位？→ 单位预算比部门预算
  // 少多少") is read as a question of its own; money spent after a figure refused ("追加了多少，实际花了
  // 多少") is still that figure's.
  const afterNoFigure =
    followUp &&
    ctx?.operation === "text_lookup" &&
    !ctx.metrics.length &&
    !ctx.totalRead &&
    BARE_BUDGET.test(rest);
  const totalsAsked = () =>
    (BARE_BUDGET.test(rest) &&
      // Several units compared by their budgets: each read as its documents state it.
      (publishesBudget(k, units, yearsFound.years) || ANNUAL_BUDGET.test(rest) || units.length > 1)) ||
    ((BUDGET_AMOUNT.test(rest) || BUDGET_SHARE.test(rest)) && !subject.qualifiers.length) ||
    BARE_BUDGET_ACTUAL.test(rest) ||
    (BARE_ACTUAL_CHANGE.test(rest) && units.length > 0) ||
    (asksBareSpending(rest) && units.length > 0);
  const comparesTotals =
    followUp && !afterNoFigure
      ? !!ctx?.basis && BUDGETS.has(ctx.basis) && ACTUAL_COMPARED.test(rest)
      : totalsAsked();
  // (The rows ranked by their gap or change, "哪一项决算偏离预算最远", are no total.)
  if (
    !metrics.length &&
    !subject.qualifiers.length &&
    !asked.known.length &&
    comparesTotals &&
    !(units.length <= 1 && (LARGEST_GAP_ASKED.test(rest) || LARGEST_CHANGE_ASKED.test(rest)))
  )
    metrics = [{ type: "metric", key: BUDGET_TOTAL_KEY }];
  // "钱从哪来", "收入来源": the income total by its sources.
  // (…or after a figure, "财政拨款多少？→ 剩下的钱是哪来的": where the money came from is the income
  // total by its sources, not the figure before.)
  const incomeWhere = (!metrics.length || (followUp && !metricsHere.length)) && INCOME_WHERE.test(rest);
  if (incomeWhere) {
    metrics = [{ type: "metric", key: INCOME_TOTAL_KEY }];
    // Its words ask where from; they name no figure of their own.
    const whereWords = subject.qualifiers.filter((word) => INCOME_WHERE_WORDS.test(word));
    subject.qualifiers = subject.qualifiers.filter((word) => !whereWords.includes(word));
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** whereWords.length);
  }
  const bareBudget =
    !incomeWhere &&
    metrics.length === 1 &&
    metrics !== metricsHere &&
    (!followUp || comparesTotals || carriesTotal);
  const bareReading =
    followUp && !OTHER_BASIS.test(rest) && TOTAL_CHANGED.test(rest)
      ? `未指明哪项数字，按${BUDGET_TOTAL_KEY}与上年比较`
      : followUp && carriesTotal && (SCOPE_ONLY.test(rest) || FIGURE_RECHECKED.test(q))
        ? `未指明哪项数字，按上一问的${BUDGET_TOTAL_KEY}回答`
        : BARE_BUDGET_ACTUAL.test(rest) || (followUp && !afterNoFigure)
          ? `未指明哪项数字，按${BUDGET_TOTAL_KEY}比较预算与决算`
          : BARE_BUDGET.test(rest)
            ? `“预算”按预算总额（${BUDGET_TOTAL_KEY}）理解`
            : `未指明哪项支出，按${BUDGET_TOTAL_KEY}回答`;
  // "甲的<某项>是乙的<某项>的几倍": one row said once per unit, though its name is a row of both
  // classifications (住房公积金: a functional 项 and an economic 款); the first one read is each's.
  if (units.length > 1 && metrics.length > 1 && metrics.every((m, i) => !i || sameRowName(k, m, metrics[0])))
    metrics = [metrics[0]];
  // "<某款>（款）<某项>（项）", "<某款>款下的<某项>": the 款 says where the 项 is, it is not asked itself
  // ("<某款>里<某项>占几成" asks both).
  // "<基本支出>的<公用经费>里哪一项最少": the whole says where the part is; the part is listed.
  const pathless = metrics.filter(
    (m) => !metrics.some((child) => isPathTo(q, m, child) || containsListed(q, m, child)),
  );
  if (pathless.length < metrics.length) metrics = pathless;
  turn.units = units;
  return { followUp, yearsFound, metrics, carriesTotal, incomeWhere, bareBudget, bareReading };
}

/** Two fund scopes set against each other, tested once (FUNDS_COMPARED is global, for its spans). */
const FUNDS_COMPARED_ONCE = new RegExp(FUNDS_COMPARED.source);

/** Phase 5: the operation asked, and the figures it operates on. */
function operationOfTurn(
  turn: Turn,
  figures: Figures,
  metricsHere: MetricRef[],
  carried: Carried,
): { operation: Operation; metrics: MetricRef[]; parts: OperationParts } {
  const { k, ctx, q, found, unknownUnits } = turn;
  let { units } = turn;
  const { rest, matched, asked, subject, refs, excluding } = figures;
  const { followUp, yearsFound, incomeWhere, bareBudget } = carried;
  let { metrics } = carried;
  const parts = {
    units,
    metrics,
    trend: yearsFound.trend,
    followUp,
    asked,
    yearCount: yearsFound.years.length,
  };
  // A story told before the question ("听说压缩开支了。…多少？") sets no operation of its own.
  const askedOnly = withoutToldContext(q, true);
  let operation = operationOf(askedOnly, maskSpans(askedOnly, matched.spans), parts, ctx);
  if (incomeWhere) operation = "breakdown";
  // "<某科目>全部资金口径和一般公共预算口径各是多少，相差多少": the row in each scope's table, their gap
  // worked out beside it (tables-gap.ts), not the row's parts.
  if (metrics.length === 1 && FUNDS_COMPARED_ONCE.test(q) && ["breakdown", "difference"].includes(operation))
    operation = "value";
  // "<某项目>执行率多少？→ 满意率呢": a rate no table prints, asked after a computed one, is read where
  // the document states it; the comparison before is not carried over.
  if (
    followUp &&
    operation !== "value" &&
    operation === ctx?.operation &&
    subject.qualifiers.some((word) => word.endsWith("率")) &&
    asksStatedRate(q)
  )
    operation = "value";
  // "<某热线>满意率多少" with no unit and no figure named: the prose of every unit is searched.
  if (!units.length && !metrics.length && operation === "value" && !followUp && asksStatedRate(q))
    operation = "text_lookup";
  // "<整体>多少？→ <部分>多少？→ 剩下的是啥钱": the whole, part by part.
  const whole = followUp && !refs.length && REMAINDER.test(q) ? wholeOfPart(ctx) : undefined;
  if (whole) [metrics, operation] = [[whole], "breakdown"];
  // "年初结转和结余多少？→ 年末呢": the sibling row of the figure before.
  // (The modifier alone is the whole message: a word of the noun after it ("小微企业呢") names no other figure.)
  const sibling = followUp ? siblingOfContext(q, ctx) : undefined;
  if (sibling) metrics = [sibling];
  // "<甲>多少？→ <乙>呢？→ 增加了多少": the figure just asked against the one asked before it.
  if (followUp && !refs.length && figuresJustCompared(q, ctx) && !twoYearsCompared(q, parts, ctx))
    [metrics, operation] = [[ctx!.metrics[0], ctx!.previousMetrics[0]], "difference"];
  // "部门预算和单位预算有区别吗／为什么不一样": the two editions' totals compared; the executor quotes
  // which units the department adds.
  if (editionsAsked(q).length === 2 && EDITIONS_DIFFER.test(q)) {
    if (!COMPUTED.has(operation)) operation = "difference";
    if (!metrics.length && operation === "difference") metrics = [{ type: "metric", key: BUDGET_TOTAL_KEY }];
    // "多出来的是<某某中心>吧": the body guessed is answered by the passage on which bodies the
    // department's edition holds, quoted beside the gap; it qualifies no figure.
    const bodies = subject.qualifiers.filter((word) => BODY_NAMED.test(word));
    subject.qualifiers = subject.qualifiers.filter((word) => !bodies.includes(word));
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** bodies.length);
  }
  // The start-of-year budget of a year with final accounts only: they state it beside the actual.
  if (
    // …also the total named as such ("年初预算总额"), not only a bare "预算".
    (bareBudget ||
      (metrics.length === 1 && metrics[0].type === "metric" && metrics[0].key === BUDGET_TOTAL_KEY)) &&
    (ANNUAL_BUDGET.test(rest) || BUDGET_AMOUNT.test(rest)) &&
    operation === "value" &&
    !followUp &&
    !publishesBudget(k, units, yearsFound.years)
  )
    operation = "compare_budget_actual";
  // "水电费": one everyday word for several rows asks for them together ("人员情况": several head
  // counts are each given, never added).
  const oneWord = new Set(matched.readings.map((r) => r.asked));
  if (
    operation === "value" &&
    metrics.length > 1 &&
    matched.readings.length === metrics.length &&
    oneWord.size === 1 &&
    !metrics.some(isCount)
  )
    operation = "sum";
  // A class added, compared or ranked is one figure, however many of its rows were matched.
  if (COMPUTED.has(operation)) metrics = withoutTwins(metrics);
  // "<某类>和其中的<某款>一共": the part is inside the whole, not added to it; said so.
  if (operation === "sum") {
    const { kept, dropped } = withoutParts(metrics);
    if (dropped.length && kept.length) {
      metrics = kept;
      subject.readings.push(
        `${dropped.map((ref) => metricLabel(ref, k)).join("、")}已含在${kept.map((ref) => metricLabel(ref, k)).join("、")}中，不重复相加`,
      );
    }
  }
  if (operation === "value" && !followUp)
    metrics = partAskedWithin(q, metrics, (ref) => classWhole(k, ref, units[0] ?? ""));
  // "采购一共多少，工程和货物各是多少": the named figure's parts.
  if (subject.partsNamed && metrics.length === 1 && operation === "value") operation = "breakdown";
  // "采购里货物加工程一共多少": the parts named, added (the whole is where they were named);
  // "…，占采购总额多少": their sum over that whole.
  const partsListed = subject.namedParts ?? [];
  if (
    partsListed.length >= 2 &&
    metrics.length === 1 &&
    SUM_CUE.test(q) &&
    ["value", "share"].includes(operation)
  ) {
    const whole = metrics[0];
    const over = SHARE_ASKED.test(q.slice(q.search(SUM_CUE)));
    metrics = over ? [...partsListed, whole] : partsListed;
    operation = over ? "share" : "sum";
  }
  // "几个项目各用了多少": the project spending, project by project.
  const projectList = projectListMetrics(rest, metrics);
  if (projectList && ["value", "breakdown", "text_lookup"].includes(operation)) {
    metrics = projectList;
    operation = "breakdown";
    // "<几个>项目实际支出": the word read as the spending total names the projects' spending.
    subject.readings = subject.readings.filter((reading) => !reading.includes(`“${BUDGET_TOTAL_KEY}”`));
  }
  // "钱都用在哪些类别", "按功能分类：A、B各多少": one figure broken down by functional class.
  // "预算按大类分各多少": no figure named, the spending total by class.
  if (!metrics.length && !subject.qualifiers.length && BY_CLASS_WORDS.test(q))
    metrics = [{ type: "metric", key: BUDGET_TOTAL_KEY }];
  const byClass = classMetrics(rest, metrics);
  if (
    byClass &&
    (["value", "breakdown", "text_lookup", "share"].includes(operation) ||
      (operation === "rank" && units.length <= 1))
  ) {
    metrics = byClass;
    operation = "breakdown";
    // "花在哪些方面" asked the classes: no qualifier of the total, no doubt about it.
    const aspects = subject.qualifiers.filter((word) => ASPECT_WORDS.test(word));
    subject.qualifiers = subject.qualifiers.filter((word) => !aspects.includes(word));
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** aspects.length);
  }
  if (operation === "share" && metrics === metricsHere && metricsHere === refs)
    metrics = shareParts(rest, metrics, matched.spans);
  if (followUp && ctx)
    metrics = followUpMetrics({ operation, metrics, question: q }, metrics === ctx.metrics, ctx);
  // "<某项>多少？→ 那<某款>那块呢": the 款 names which of the row's same-named twins.
  let twinOf = followUp ? twinNamer(k, metrics, units) : undefined;
  for (const word of twinOf ? [...subject.qualifiers] : []) {
    const twin = twinOf?.(word);
    if (!twin) continue;
    [metrics, twinOf] = [twin, twinNamer(k, twin, units)];
    subject.qualifiers.splice(subject.qualifiers.indexOf(word), 1);
    subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT);
  }
  // "其中<列>和<列>各多少" after a row: that row's cells, each a figure of its own.
  const cells = followUp && ctx ? cellsOfPrevious(q, metrics, ctx.metrics) : metrics;
  if (cells !== metrics)
    [metrics, operation] = [cells, operation === "share" && OF_ROW.test(q) ? "share" : "value"];
  // "甲、乙、丙三项合计" with a name not read: the rows said are not all the rows asked.
  const listed = listedCountMissed(q, withoutWholes(withoutTwins(metrics)));
  if (listed && ["sum", "value", "breakdown"].includes(operation)) {
    subject.qualifiers.push(listed);
    subject.confidence *= QUALIFIER_DOUBT;
  }
  // Council questions (rankings, trends, totals) without a unit are about every unit; named
  // projects are about the unit that has them (unitOfProject).
  if (
    !units.length &&
    !unknownUnits.length &&
    !found.ambiguous &&
    ["rank", "trend", "sum", "difference"].includes(operation) &&
    !(metrics.length && metrics.every((m) => m.type === "project")) &&
    // "三公经费除去公车还剩多少": one figure taken off another is one unit's, which is asked back.
    !(operation === "difference" && excluding)
  )
    units = k.publishingUnits;
  turn.units = units;
  return { operation, metrics, parts };
}

/** Phase 6: the plan: basis, years, edition, counts, the text query and how the message was read. */
function assemblePlan(
  turn: Turn,
  figures: Figures,
  metricsHere: MetricRef[],
  carried: Carried,
  read: { operation: Operation; metrics: MetricRef[]; parts: OperationParts },
): QueryPlan {
  const { k, ctx, q, found, units, unknownUnits, leftOut } = turn;
  const { unmasked, rest, asked, subject, refs } = figures;
  const { followUp, yearsFound, carriesTotal, bareBudget, bareReading } = carried;
  const { metrics, parts } = read;
  let { operation } = read;
  // "甲<年>预算里的…是乙<年>决算…的几倍": each unit's own document says which; no one basis for both.
  const eachOwnDocument = units.length > 1 && yearsFound.years.length > 1 && /预算/.test(q) && /决算/.test(q);
  const basis = eachOwnDocument ? {} : findBasis(q);
  // Two years' change after a budget and an actual compares both; after two budgets, the budgets.
  const inheritsBasis =
    followUp &&
    operation !== "compare_budget_actual" &&
    !(twoYearsCompared(q, parts, ctx) && isBudget(ctx?.basis) !== isBudget(ctx?.previousBasis));
  const years = withBaseYear(
    q,
    (operation === "sum" && metrics.length > 1 && units.length <= 1) || operation === "share",
    yearsFound.years.length
      ? followUp && ctx && operation === "yoy"
        ? withConversationYear(q, yearsFound.years, ctx.years)
        : yearsFound.years
      : followUp && ctx?.years.length
        ? yearsOfFollowUp(ctx, operation, units.length)
        : operation === "trend" || BOTH_DOCUMENTS.test(q)
          ? yearsPublished(k, units)
          : [],
  );
  const clarify =
    found.ambiguous && !units.length
      ? `“${found.ambiguous.key}”可能指：${found.ambiguous.units.join("、")}。请问您指的是哪一个？`
      : undefined;
  const unitReadings = found.fuzzy.map((f) => `“${f.asked}”按“${f.unit}”理解`);
  // "…最多的是哪个？→ 那花了多少": the amount of the one the ranking named, not the whole figure's.
  const rankedBefore =
    followUp && ctx?.operation === "rank" && !!ctx.textQuery && !refs.length && AMOUNT_OF_IT.test(q);
  if (rankedBefore) operation = "rank";
  const plan: QueryPlan = {
    units,
    unknownUnits,
    years,
    yearSource: yearsFound.years.length ? yearsFound.source : years.length ? "history" : "latest",
    // "决算多少？→ 预算呢？": the budget beside that actual, in the same final accounts.
    // A completion rate asked after an actual, or two years' change after a budget and an actual,
    // compares both: the last turn's basis is not inherited.
    kind:
      basis.kind ??
      (inheritsBasis ? (ctx?.kind ?? (ctx?.basis === "决算" ? "决算" : undefined)) : undefined) ??
      // "哪个单位超预算最多": each unit's final accounts set the budget against the actual.
      (operation === "rank" && units.length > 1 && gapMeasureAsked(q) ? "决算" : undefined),
    basis:
      basis.basis ??
      (inheritsBasis && !/决算|实际/.test(q) ? ctx?.basis : undefined) ??
      adjustedBudgetGiven(ctx, followUp, operation),
    metrics,
    operation,
    ...(editionsCompared(q, followUp, ctx) ? { bothEditions: true } : editionOf(q, followUp, ctx)),
    counts:
      asksCount(q) ||
      (ACTIVITY_QUANTITY.test(q) && !MONEY_WORDS.test(rest)) ||
      // "<某活动>多少批次？→ 其中<某项>呢": the same count, of the part.
      (followUp && !!ctx?.counts && /呢[？?]?$/.test(q) && !MONEY_WORDS.test(rest)),
    question: q,
    textQuery: rankedBefore
      ? ctx!.textQuery
      : textQueryOf(k, unmasked.replace(/[，｜]+/g, " ").trim() || q, operation, metrics, metricsHere),
    followUp,
    ...(clarify ? { clarify, candidates: found.ambiguous!.units } : {}),
    descending: !/最低|最少|最小/.test(q) && !WHO_SPENT_LESS.test(q),
    attributes: asked.attributes,
    ...(asked.perUnit ? { perUnit: asked.perUnit } : {}),
    places: foreignPlaces(found.rest),
    qualifiers: subject.qualifiers,
    ...(followUp ? fundCarried(q, metrics, ctx) : {}),
    readings: [...unitReadings, ...leftOut, ...subject.readings, ...(bareBudget ? [bareReading] : [])],
    confidence: subject.confidence * READING_DOUBT ** unitReadings.length,
  };
  if ((bareBudget && BARE_BUDGET.test(rest)) || carriesTotal) READ_AS_TOTAL.add(plan);
  return plan;
}

/** "<某基金>支出多少？→ 年底还剩多少": the carry-over of the fund just asked, when none is named. */
function fundCarried(q: string, metrics: MetricRef[], ctx: Context | undefined): { fundSaid?: string } {
  if (!metrics.length || !metrics.every((m) => m.type === "metric" && CARRY_OVER_KEYS.has(m.key))) return {};
  if (tablesNamedIn(q).length) return {};
  const funds = new Set(
    (ctx?.metrics ?? []).map((m) => (m.type === "metric" ? fundFlowOf(m.key)?.everyday : undefined)),
  );
  const [fund] = funds;
  return funds.size === 1 && fund ? { fundSaid: fund } : {};
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

/**
 * The words to search the text with: a follow-up about text ("主要干啥用") searches for the figure
 * the conversation is about as well.
 */
function textQueryOf(
  k: Knowledge,
  words: string,
  operation: Operation,
  metrics: MetricRef[],
  own: MetricRef[],
): string {
  if (operation !== "text_lookup" || own.length || !metrics.length) return words;
  return `${metrics.map((ref) => metricLabel(ref, k)).join(" ")} ${words}`;
}

/**
 * Plans whose figure was read from a bare "预算多少" rather than named: their follow-ups do not
 * inherit it (a follow-up names what it asks about, or is answered as before).
 */
const READ_AS_TOTAL = new WeakSet<QueryPlan>();

/** Was the plan's figure read from a bare "预算多少" (its follow-ups do not inherit it)? */
export const readAsTotal = (plan: QueryPlan) => READ_AS_TOTAL.has(plan);

/** The start-of-year budget named: final accounts state it beside the actual. */
const ANNUAL_BUDGET = /年初预算/;
/** "预算多少", "全年预算一共多少": a budget's amount asked, which final accounts state beside the actual. */
const BUDGET_AMOUNT =
  /预算(?:总共|一共|总计|合计|总额|总数|规模)?(?:大概|大约|约)?(?:是|有|为|了)?(?:多少|几多)/;

/**
 * Every unit asked publishes a budget document for the years asked (the latest when none): a bare
 * "预算多少" is its total. A year with final accounts only has no budget document to read it from.
 */
function publishesBudget(k: Knowledge, units: string[], years: number[]): boolean {
  const publishes = (unit: string, year: number) => {
    const docs = k.docs(unit, { year });
    // A year with no document at all is no year of final accounts only (next year's budget may state it).
    return !docs.length || docs.some((d) => d.kind === "预算");
  };
  const has = (unit: string) => {
    const latest = k.latestYear(unit);
    return years.length ? years.every((year) => publishes(unit, year)) : !!latest && publishes(unit, latest);
  };
  return units.length > 0 && units.every(has);
}

/** Where the money comes from, with no figure named: the income total broken down by source. */
const INCOME_WHERE =
  /(?:钱|经费|资金|收入)(?:主要|都)*(?:是)?(?:从|来自|来源于)(?:哪里|哪儿|哪|什么地方)|(?:收入|资金|经费)(?:的|都|主要)*(?:有)?(?:哪些|哪几个|哪几种|什么)?(?:来源|渠道)|(?:哪些|哪几个|哪几条)(?:口子|渠道|途径)|钱(?:是)?(?:从)?哪(?:里|儿)?来/;
/** Words of INCOME_WHERE that name no figure ("来源", "哪几个口子"). */
const INCOME_WHERE_WORDS = /来源|哪来|从哪|口子|渠道|途径/;

/** "两份文件里…分别是多少": every document of the unit, each its own year, no year named. */
const BOTH_DOCUMENTS =
  /(?:两|二|2)(?:份|个|年的?)(?:文件|报告|公开材料|材料)(?:里|中|上|的)?|两(?:份|个)(?:都|各)/;

/**
 * "花了多少", "多少钱": the amount of what was just named; "占多少", "占比呢": its share of the
 * whole the ranking was of (the ranking states both).
 */
const AMOUNT_OF_IT =
  /^(?:那|那么)?(?:它|这个|那个)?(?:花了|用了|花费了?|开支了?)?(?:多少钱?|几多)[？?]?$|^(?:那|那么)?(?:它|这个|那个)?(?:花|用)了?多少|^(?:那|那么)?(?:它|这个|那个)?(?:占(?:了|比)?(?:多少|几成|百分之几|比例|多大比例)?|占比)(?:呢)?[？?]?$/;

/** A share asked with nothing named ("占比多少", "那占多少呢"). */
const BARE_SHARE =
  /^(?:那|那么)?(?:它|这个|其)?(?:占比|占了?(?:多少|几成|百分之几|多大比例|比例)?)(?:是多少|多少|呢)?[？?]?$/;

/** The parent row named as the way to the child ("<款>（款）<项>", "<款>款下的<项>"). */
function isPathTo(q: string, parent: MetricRef, child: MetricRef): boolean {
  if (parent.type !== "subject" || child.type !== "subject" || !parent.code || !parent.name) return false;
  if (!child.code || child.code === parent.code || !child.code.startsWith(parent.code) || !child.name)
    return false;
  const at = q.indexOf(parent.name);
  const childAt = q.indexOf(child.name, at + parent.name.length);
  const between = q.slice(at + parent.name.length, childAt);
  // ("<类>里<款>占多少": the class is the whole of the share, not the way to the row.)
  const inside = INSIDE_PATH.test(between) && !SHARE_ASKED.test(q);
  return at >= 0 && childAt > at && (LEVEL_PATH.test(between) || inside);
}
/** "<整体>的<部分>里…": a figure named as a part of another, and asked inside ("里", "中"). */
function containsListed(q: string, whole: MetricRef, part: MetricRef): boolean {
  if (whole.type !== "metric" || part.type !== "metric") return false;
  if (!partsOf(whole).some((ref) => ref.type === "metric" && ref.key === part.key)) return false;
  return new RegExp(`${whole.key}的?${part.key}(?:里面?|中|当中|之中)`).test(q);
}
/**
 * What lies between a parent row's name and its child's when the one leads to the other ("<款>款下的<项>",
 * "<类>下面“<款>”", "<类>里的<款>", "<款>—<项>", "<款>/<项>", "<款>><项>").
 */
const LEVEL_PATH =
  /^\s*[”"]?[（(]?(?:类|款)?[）)]?\s*(?:(?:项下|下面|底下|下)的?|的|[—–\-－/／>＞·]{1,2})?\s*[“"]?\s*$/;
/** "<类>里的<款>", "<类>中<款>": inside the parent, the way to the child unless a share is asked. */
const INSIDE_PATH = /^\s*[”"]?[（(]?(?:类|款)?[）)]?\s*(?:里面|里|之中|当中|中)的?\s*[“"]?\s*$/;

/** Two subjects of one name in the two classifications. */
function sameRowName(k: Knowledge, ref: MetricRef, other: MetricRef): boolean {
  if (ref.type !== "subject" || other.type !== "subject" || ref.name !== other.name) return false;
  const schemeOf = (code?: string) => k.subjects.find((subject) => subject.code === code)?.scheme;
  return schemeOf(ref.code) !== schemeOf(other.code);
}

/** One figure asked, one other figure asked just before it: a part and its whole. */
function partThenWhole(part: MetricRef[], whole: MetricRef[]): boolean {
  return part.length === 1 && whole.length === 1 && JSON.stringify(part[0]) !== JSON.stringify(whole[0]);
}

/** "<年>预算多少？→ 比上年多了多少": the same total's change on a year. */
const TOTAL_CHANGED =
  /(?:比|较|与|跟|同)(?:上年|去年|上一年|(?:20)?\d{2}年)|增加|减少|增长|下降|多了|少了|变化/;

/** Two things compared, in a follow-up ("两个差在哪", "有什么区别"). */
const COMPARES_TWO = /差|比较|对比|区别|不同|不一样|一样吗|相同|两个|两者|哪个多|哪个少/;

/**
 * "部门预算…？→ 单位预算里呢？→ 两个差在哪": the two editions the conversation named, compared; also
 * "<一个版本>…？→ 和<另一版本>比呢": the other edition named with what it is compared with.
 */
function editionsCompared(q: string, followUp: boolean, ctx?: Context): boolean {
  // "部门和单位的…分别多少？→ 差在哪": a follow-up naming no edition keeps both.
  if (followUp && ctx?.bothEditions && !editionsAsked(q).length) return true;
  if (!followUp || !ctx?.edition || !COMPARES_TWO.test(q)) return false;
  const here = editionAsked(q);
  if (here) return here !== ctx.edition && COMPARED_WITH_EDITION.test(q);
  return !!ctx.previousEdition && ctx.edition !== ctx.previousEdition;
}

/** The edition named as what the one before is compared with ("和单位预算…", "跟部门的比"). */
// …or named, then the gap asked ("部门的呢，差几万").
// …or named with its figure asked, then the gap in a clause of its own ("单位的是多少，差多少").
// …or named, then whether the two are alike ("单位预算的总额呢，两个一样吗").
const COMPARED_WITH_EDITION =
  /(?:和|跟|与|同|比)[^，,。？?]{0,4}(?:单位|部门)|(?:单位|部门)[^，,。？?]{0,4}呢[，,\s]*(?:差|相差|差距|差额|多|少)|(?:单位|部门)[^。？?]{0,16}[，,\s？?](?:两者|两个|二者)?(?:差|相差)了?(?:多少|几|距|额)|(?:单位|部门)[^。？?]{0,16}[，,\s？?](?:两者|两个|二者|两本|两版)(?:是不是)?(?:一样|相同|相等|不同|有区别|有差别)/;

/** The edition named here, else (in a follow-up about the same units) the one named before. */
function editionOf(q: string, followUp: boolean, ctx?: Context): Pick<QueryPlan, "edition"> {
  const edition = editionAsked(q) ?? (followUp && editionsAsked(q).length === 0 ? ctx?.edition : undefined);
  return edition ? { edition } : {};
}

/**
 * The figure made of the projects of some tables ("绩效目标项目资金"), when the turn before asked it
 * or read a passage about those projects, and the follow-up asks within them.
 */
function projectsOfPassageBefore(q: string, ctx: Context): MetricRef[] | undefined {
  if (!PROJECTS_WITHIN.test(q)) return undefined;
  // The figure itself asked before ("<绩效目标项目资金>多少？→ 其中哪个项目最多").
  const before = ctx.metrics.filter(
    (ref) => ref.type === "metric" && METRIC_BY_KEY.get(ref.key)?.projectTables,
  );
  if (before.length === 1 && ctx.metrics.length === 1) return before;
  if (ctx.operation !== "text_lookup" || !ctx.textQuery) return undefined;
  const textQuery = ctx.textQuery;
  const made = METRICS.filter((m) => m.projectTables?.test(textQuery) && /项目/.test(textQuery));
  return made.length === 1 ? [{ type: "metric", key: made[0].key }] : undefined;
}

/**
 * The figures the question sentences name; the whole message's when they name none ("我关心体育经费。
 * 今年安排了多少？": the subject told before the question).
 */
function metricsAsked(k: Knowledge, rest: string, units: string[]): FoundMetrics {
  const asked = withoutToldContext(rest);
  if (asked !== rest) {
    const inQuestion = findMetrics(k, asked, units);
    if (inQuestion.refs.length) return inQuestion;
  }
  return findMetrics(k, rest, units);
}
