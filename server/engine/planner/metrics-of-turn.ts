import type { Knowledge } from "../knowledge.js";
import { LISTED_PARTS } from "../lexicon/listed-parts.js";
import { refKey, type MetricRef } from "../plan-schema.js";
import type { Figures, Turn } from "./turn.js";
import { asksCount } from "../lexicon/question-words.js";
import { partFromContext } from "../find-metrics.js";
import { childFromContext, childNamedBeside, childNamedInside } from "../child-rows.js";
import { METRICS, METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { spendingOfFundIncome, withoutBareHeadCount } from "../follow-up.js";
import { spendingByFunction } from "../class-question.js";
import { BASIS_FOLLOW_UP } from "../turn-pairs.js";
import {
  ADDED_ON,
  INSIDE_BEFORE,
  POINTING_ONLY,
  PROJECTS_WITHIN,
  SHARE_WORDS,
} from "../lexicon/follow-up-cues.js";
import { WHY_STILL } from "../lexicon/reason-words.js";
import { isCount } from "../counted-metrics.js";
import { isScore } from "../ops/quote-fact.js";
import { BOTH, RATE_WITH_SCORE } from "./planner-cues.js";
import { SUM_CUE } from "../question-cues.js";
import { FUND_PART_ASKED, PARTS_BY_FUND } from "../lexicon/named-tables.js";
import type { Context } from "../conversation.js";

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

/** "这个项目", "该项目": the project the conversation points at. */
const THIS_PROJECT = /(?:这个|这一|该|此)项目/;

/**
 * "这个项目" after a row (a 项 "<某科目>" asked before): the one project whose name holds the row's
 * name ("<某县>2024年<某科目>保障工程"), when exactly one does.
 */
function projectOfRowBefore(k: Knowledge, q: string, before: MetricRef[]): MetricRef | undefined {
  const row = before.length === 1 && before[0]!.type === "subject" ? before[0]!.name : undefined;
  return THIS_PROJECT.test(q) && row ? projectNamedAfter(k, row) : undefined;
}

/** The one project whose name holds a row's name (three characters or more), when exactly one does. */
function projectNamedAfter(k: Knowledge, row: string): MetricRef | undefined {
  if (row.length < 3) return undefined;
  const named = k.projects.filter((project) => project.includes(row));
  return named.length === 1 ? { type: "project", name: named[0]! } : undefined;
}

/**
 * A row's name followed by "项目" ("<某科目>项目的实施期", "<某科目>项目改了几个"): the one project
 * whose name holds it, when exactly one does; the row otherwise.
 */
function rowSaidAsProject(k: Knowledge, q: string, ref: MetricRef): MetricRef | undefined {
  return ref.type === "subject" && ref.name && q.includes(`${ref.name}项目`)
    ? projectNamedAfter(k, ref.name)
    : undefined;
}

/** Phase 3: the figures this message itself asks about, read against the turn before. */
export function metricsOfTurn(turn: Turn, figures: Figures): MetricRef[] {
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
  // "<某科目>多少？→ …→ 这个项目的绩效自评呢": the one project named after the row talked of.
  const rowProject = ctx && !units.length ? projectOfRowBefore(turn.k, q, ctx.metrics) : undefined;
  if (rowProject) metricsHere = [rowProject];
  // "<某科目>项目的实施期": a row's name said as a project's, the one project named after it.
  else {
    const asProjects = metricsHere.map((ref) => rowSaidAsProject(turn.k, q, ref));
    // (Replaced only when one is: the list is kept as it is otherwise, compared by identity below.)
    if (asProjects.some(Boolean)) metricsHere = metricsHere.map((ref, i) => asProjects[i] ?? ref);
  }
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
  // "<某款>里用于<某词>的那部分": the one row of that 款 its words name.
  metricsHere = childNamedInside(turn.k, q, metricsHere) ?? metricsHere;
  // "<整体>多少？→ 其中<部分>多少？→ 占比多少": the part just asked over the whole asked before it.
  if (!refs.length && BARE_SHARE.test(q) && ctx && partThenWhole(ctx.metrics, ctx.previousMetrics))
    metricsHere = [...ctx.metrics, ...ctx.previousMetrics];
  return metricsHere;
}

/** A share asked with nothing named ("占比多少", "那占多少呢"). */
const BARE_SHARE =
  /^(?:那|那么)?(?:它|这个|其)?(?:占比|占了?(?:多少|几成|百分之几|多大比例|比例)?)(?:是多少|多少|呢)?[？?]?$/;

/** One figure asked, one other figure asked just before it: a part and its whole. */
function partThenWhole(part: MetricRef[], whole: MetricRef[]): boolean {
  return part.length === 1 && whole.length === 1 && JSON.stringify(part[0]) !== JSON.stringify(whole[0]);
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
