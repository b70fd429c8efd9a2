import type { Carried, Figures, Turn } from "./turn.js";
import { refKey, type MetricRef } from "../plan-schema.js";
import { withoutQuotedSentences, withoutToldContext } from "../asked-scope.js";
import { addedYears } from "../plan-years.js";
import { findYears } from "../question-cues.js";
import { isCount } from "../counted-metrics.js";
import { moneyForCounts } from "./money-for-counts.js";
import { recipientOf } from "../ops/recipient-projects.js";
import { ASSETS_BESIDE_CARS } from "../lexicon/amount-bounds.js";
import { ACTUAL_COMPARED, ANNUAL_BUDGET, BUDGET_AMOUNT, OWN_BODIES_ASKED } from "./planner-cues.js";
import {
  BARE_ACTUAL_CHANGE,
  BARE_BUDGET,
  BARE_BUDGET_ACTUAL,
  BUDGET_SHARE,
  BUDGET_TOTAL_KEY,
  INCOME_TOTAL_KEY,
  asksBareSpending,
} from "../lexicon/total-kin.js";
import { spendingOfFundIncome, spendingOfIncome } from "../follow-up.js";
import {
  BARE_SPENDING_FOLLOW_UP,
  BUDGETS,
  FIGURE_RECHECKED,
  OTHER_BASIS,
  SCOPE_ONLY,
} from "../lexicon/follow-up-cues.js";
import { editionAsked } from "../lexicon/edition-words.js";
import { publishesBudget } from "./publishers.js";
import { LARGEST_CHANGE_ASKED, LARGEST_GAP_ASKED } from "../lexicon/gap-ranking.js";
import { QUALIFIER_DOUBT } from "../read-subject.js";
import { SHARE_ASKED } from "../ops/class-breakdown.js";
import { partsOf } from "../ops/labels.js";
import type { Knowledge } from "../knowledge.js";

/** Phase 4: follow-up or not, the years asked, and the figures carried over or read as a total. */
export function carryFromContext(turn: Turn, figures: Figures, metricsHere: MetricRef[]): Carried {
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

/** Where the money comes from, with no figure named: the income total broken down by source. */
const INCOME_WHERE =
  /(?:钱|经费|资金|收入)(?:主要|都)*(?:是)?(?:从|来自|来源于)(?:哪里|哪儿|哪|什么地方)|(?:收入|资金|经费)(?:的|都|主要)*(?:有)?(?:哪些|哪几个|哪几种|什么)?(?:来源|渠道)|(?:哪些|哪几个|哪几条)(?:口子|渠道|途径)|钱(?:是)?(?:从)?哪(?:里|儿)?来/;

/** Words of INCOME_WHERE that name no figure ("来源", "哪几个口子"). */
const INCOME_WHERE_WORDS = /来源|哪来|从哪|口子|渠道|途径/;

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

/** "<年>预算多少？→ 比上年多了多少": the same total's change on a year. */
const TOTAL_CHANGED =
  /(?:比|较|与|跟|同)(?:上年|去年|上一年|(?:20)?\d{2}年)|增加|减少|增长|下降|多了|少了|变化/;
