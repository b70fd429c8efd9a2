import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { average, difference, growth, isMoneyMeasure, pointsBetween, times, total } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import { addCarryOverGap } from "./carry-over-gap.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, oneRefPerName, wantOf } from "./lookup.js";
import { valueOp } from "./value.js";
import { closestFigure } from "./closest.js";
import { addRankedAlternatives } from "./ranked-alternatives.js";
import { addDifferingParts } from "./differing-parts.js";
import { excludeOp } from "./exclude.js";
import { sharePointsOp } from "./share-points.js";
import { AVERAGE_ACROSS, EXCLUDING, RATIO, SUM_CUE } from "../question-cues.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";
import { RANKS_CHANGE, rankChangeOp } from "./rank-change.js";
import { AMOUNT_CHANGE_RANKED } from "../lexicon/gap-ranking.js";
import { rankPartsOp } from "./rank-parts.js";
import { RANKS_SHARE, rankShareOp } from "./rank-share.js";
import { rankGapOp } from "./rank-gap.js";
import { PLACES, ranking } from "./rank-figures.js";
import { kindsMixed, spentScopes } from "./ranked-kinds.js";
import { rowLabeller, sharedMetric, type Row } from "./row-labels.js";
import { sumByYearOp } from "./sum-by-year.js";
import { coveredSumOp } from "./covered-sum.js";
import { SAME_AS_LAST_YEAR, unchangedBudgetFact } from "./previous-year.js";

/** Which way a figure's money goes: income (a metric named …收入), else spending or a count. */
const sideOf = (ref: MetricRef) => (ref.type === "metric" && /收入$/.test(ref.key) ? "income" : "other");

/** A ratio asked in a given order: the first figure over the second. */
const ORDERED_RATIO = /之比|比值|的比(?:是|为)|是[^，,。？?]{0,20}的(?:几|多少)倍/;

/** One figure per (scope, metric): the preferred fact. */
function rows(k: Knowledge, plan: QueryPlan, scopes: Scope[]): { found: Row[]; missing: string[] } {
  const found: Row[] = [];
  const missing: string[] = [];
  for (const scope of scopes) {
    for (const ref of plan.metrics) {
      const fact = lookup(k, scope, ref, wantOf(plan, scope))[0];
      // Last year's budget read from next year's, which says it did not change ("与上年预算持平").
      const same = !fact && scope.previousYear ? unchangedBudgetFact(k, scope, ref) : undefined;
      if (fact) found.push({ scope, ref, fact });
      else if (same) found.push({ scope, ref, fact: same.fact, sameAsNext: same.words });
      else missing.push(`${scopeLabel(scope)}${metricLabel(ref, k)}`);
    }
  }
  return { found, missing };
}

/**
 * A row's figure label: one read from the next year's budget says so ("…（与上年持平）"), and the
 * answer's note then says where that year's figure came from.
 */
const figureLabel = (row: Row, label: string) => (row.sameAsNext ? `${label}${SAME_AS_LAST_YEAR}` : label);

/** A difference asked as a percentage ("多百分之多少", "高几成"). */
const RELATIVE = /百分之|%|％|几成/;

/** Who the rows are: "三个单位", or one unit's years ("某单位2023、2024年"). */
function scopesNamed(found: Row[]): string {
  const units = [...new Set(found.map((r) => r.scope.unit))];
  const years = [...new Set(found.map((r) => r.scope.year))].sort();
  return units.length === 1
    ? `${units[0]}${years.map((year) => `${year}年`).join("、")}`
    : `${chineseCount(units.length)}个单位`;
}

/**
 * A sum of which the documents state one part only is no sum: refused, the part found named as
 * the closest figure (the other parts are said to be missing).
 */
function partOfSum(value: DraftBuilder, found: number, missing: string[]): DraftBuilder {
  if (found !== 1 || !missing.length || value.d.status !== "answered") return value;
  value.d.status = "not_found";
  value.d.headline = [`文件中未找到${missing.join("、")}，无法合计；找到的是：`, ...value.d.headline];
  return value;
}

/**
 * One expense read as two rows (住房公积金 in the functional and the economic classification, the
 * same amount in one document) is added once.
 */
function withoutTwinRows(found: Row[]): Row[] {
  const nameOf = (ref: MetricRef) => (ref.type === "subject" ? ref.name : undefined);
  return found.filter(
    (row, i) =>
      !nameOf(row.ref) ||
      !found
        .slice(0, i)
        .some(
          (other) =>
            other.scope === row.scope &&
            nameOf(other.ref) === nameOf(row.ref) &&
            money(other.fact.value).eq(row.fact.value),
        ),
  );
}

/**
 * "<某专项>里，甲和乙合计多少": a project the others are parts of (their facts' row paths run
 * through it) says where they are read; it is no addend.
 */
function withoutContainers<T extends { ref: MetricRef; fact: Fact }>(found: T[]): T[] {
  const contains = ({ ref, fact }: T) =>
    ref.type === "project" &&
    found.some((other) => other.fact !== fact && (other.fact.rowPath ?? []).slice(0, -1).includes(ref.name));
  return found.filter((row) => !contains(row));
}

export function sumOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const all = rows(k, plan, scopes);
  const found = withoutContainers(withoutTwinRows(all.found));
  const missing = all.missing;
  if (found.length < 2) return partOfSum(valueOp(k, plan, scopes), found.length, missing);
  // One unit's document already adds up the other: not added again.
  const covered = coveredSumOp(k, found);
  if (covered) return covered;
  const byYear = sumByYearOp(k, plan, found);
  if (byYear) return byYear;
  // Figures in different measures (万元 and 辆) are each given, never added.
  const measures = [...new Set(found.map((r) => r.fact.measure))];
  if (measures.length > 1) {
    const each = valueOp(k, plan, scopes);
    each.d.notes.push([`所问数字的单位不同（${measures.join("、")}），不能相加，分别列出。`]);
    return each;
  }
  // Different counts of one body (编制数 and 在职人数 count the same posts twice) are each given, never added.
  const counts = [
    ...new Set(
      found.filter((r) => !isMoneyMeasure(r.fact.measure)).map((r) => r.fact.metric ?? r.fact.column),
    ),
  ];
  if (counts.length > 1 && !byUnitOrYear(found)) {
    const each = valueOp(k, plan, scopes);
    each.d.notes.push([`所问的是不同的人数或数量（${counts.join("、")}），不能相加，分别列出。`]);
    return each;
  }
  // Money coming in and money going out (a fund's income beside a row of spending) are each given.
  if (new Set(found.map((r) => sideOf(r.ref))).size > 1) {
    const each = valueOp(k, plan, scopes);
    each.d.notes.push(["所问的一项是收入、一项是支出，不能相加，分别列出。"]);
    return each;
  }
  const b = new DraftBuilder();
  const byUnit = scopes.length > 1;
  const whose = byUnit ? scopesNamed(found) : scopeLabel(scopes[0]);
  const rowLabel = rowLabeller(found, k);
  if (byUnit && AVERAGE_ACROSS.test(plan.question)) {
    const label = metricLabel(plan.metrics[0], k);
    const mean = average(
      found.map((r) => r.fact.value),
      found[0].fact.measure,
    );
    b.d.headline = [
      `${whose}${label}的平均数为 `,
      b.computed(
        mean,
        `${label}平均数`,
        found.map((r) => r.fact),
      ),
      "。",
    ];
    for (const r of found)
      b.d.bullets.push([`${rowLabel(r)}：`, b.fact(r.fact, figureLabel(r, rowLabel(r)))]);
    if (missing.length) b.d.notes.push([`未计入（文件中未找到）：${missing.join("、")}。`]);
    return b;
  }
  const label = sharedMetric(found, k) || [...new Set(found.map((r) => metricLabel(r.ref, k)))].join("、");
  const sum = total(
    found.map((r) => r.fact.value),
    found[0].fact.measure,
  );
  b.d.headline = [
    `${whose}${label.replace(/合计$/, "")}合计 `,
    b.computed(
      sum,
      `${label}合计`,
      found.map((r) => r.fact),
    ),
    "。",
  ];
  for (const r of found) b.d.bullets.push([`${rowLabel(r)}：`, b.fact(r.fact, figureLabel(r, rowLabel(r)))]);
  if (missing.length) b.d.notes.push([`未计入（文件中未找到）：${missing.join("、")}。`]);
  return b;
}

/** Where a unit's name stood in the question's own words (units are masked with spaces there). */
const UNIT_GAP = /\s/;
/** Words that only join what they stand between ("甲和乙", "甲、乙的"). */
const JOINING = /[和与跟及、同的,，\s]/g;

/**
 * "甲的A是乙的B的几倍": a figure is named before the second unit, after the first (the question's
 * own words start after the first unit's name); "甲和乙，A和B对比" names both units first.
 */
function figureAfterEachUnit(plan: QueryPlan): boolean {
  const words = plan.textQuery ?? "";
  const gap = words.search(UNIT_GAP);
  return gap > 0 && words.slice(0, gap).replace(JOINING, "").length >= 2;
}

/** Each unit's own figure, in the order both are named (甲's A, 乙's B). */
function crossRows(k: Knowledge, plan: QueryPlan, scopes: Scope[]): { found: Row[] } {
  const found = scopes.flatMap((scope, i): Row[] => {
    const ref = plan.metrics[i];
    const fact = lookup(k, scope, ref, wantOf(plan, scope))[0];
    return fact ? [{ scope, ref, fact }] : [];
  });
  return { found };
}

/** "甲和乙，A和B对比": each figure compared across the two units, one line per figure. */
function eachFigureAcross(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  for (const ref of plan.metrics) {
    const one = differenceOp(k, { ...plan, metrics: [ref] }, scopes).build();
    if (!one.headline.length) continue;
    const line = b.adopt(one.headline, one);
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    for (const note of one.notes) b.d.notes.push(b.adopt(note, one));
  }
  if (!b.d.headline.length) return valueOp(k, plan, scopes);
  return b;
}

export function differenceOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const excluded =
    EXCLUDING.test(plan.question) && scopes.length === 1 && plan.metrics.length === 2
      ? excludeOp(k, plan, scopes[0])
      : undefined;
  if (excluded) return excluded;
  const points = sharePointsOp(k, plan, scopes);
  if (points) return points;
  // One name matched in both classifications (住房公积金 2210201 and 30113) is one figure compared.
  const figures = oneRefPerName(plan.metrics);
  const named = scopes.length === 1 ? { ...plan, metrics: figures } : plan;
  // Two units and two figures: "甲的A是乙的B的几倍" sets each unit's own figure against the other's;
  // "甲和乙，A和B对比" compares each figure across the two units.
  const twoByTwo = scopes.length === 2 && figures.length === 2 && plan.metrics.length === 2;
  if (twoByTwo && !figureAfterEachUnit(plan)) return eachFigureAcross(k, plan, scopes);
  // Several units and more than two figures ("收入、三公、<某费>分别差多少"): each figure across them,
  // never one figure less another.
  if (scopes.length > 1 && figures.length > 2)
    return eachFigureAcross(k, { ...plan, metrics: figures }, scopes);
  const { found } = twoByTwo ? crossRows(k, plan, scopes) : rows(k, named, scopes);
  if (found.length < 2) return valueOp(k, plan, scopes);
  const b = new DraftBuilder();
  const byUnit = scopes.length > 1;
  const [a, c] = found;
  // Money is never set against a count (万元 less 辆): each figure is given as it is.
  if (measureKind(a.fact.measure) !== measureKind(c.fact.measure)) return valueOp(k, plan, scopes);
  const rowLabel = rowLabeller(found, k);
  const la = rowLabel(a);
  const lc = rowLabel(c);
  const isRate = a.fact.measure === "%";
  const diff = isRate
    ? pointsBetween(a.fact.value, c.fact.value)
    : difference(a.fact.value, c.fact.value, a.fact.measure);
  const more = money(diff.value).gte(0);
  // The gap is worked out as the larger less the smaller ("136.85 − 9 = 127.85", never "= -127.85").
  const abs = more
    ? diff
    : isRate
      ? pointsBetween(c.fact.value, a.fact.value)
      : difference(c.fact.value, a.fact.value, a.fact.measure);
  // The metric said once after each row's scope, when the rows are one metric of several scopes.
  const what = byUnit ? sharedMetric(found, k) : "";
  b.d.headline = [
    `${la}${what} `,
    b.fact(a.fact, figureLabel(a, la)),
    `，${lc}${what} `,
    b.fact(c.fact, figureLabel(c, lc)),
    ...(money(diff.value).isZero()
      ? ["，两者相等"]
      : [`，${la}${more ? "多" : "少"} `, b.computed(abs, `${la}与${lc}之差`, [a.fact, c.fact])]),
  ];
  const r =
    !isRate && !money(c.fact.value).isZero() && !money(diff.value).isZero()
      ? times(a.fact.value, c.fact.value)
      : undefined;
  // A multiple is said of the larger figure ("差几倍": "后者是前者的N倍", not "前者是后者的0.x倍"),
  // unless the question orders the two ("甲与乙之比", "甲是乙的几倍").
  const inverse =
    r && !more && money(a.fact.value).gt(0) && !ORDERED_RATIO.test(plan.question)
      ? times(c.fact.value, a.fact.value)
      : undefined;
  // "多百分之多少": the difference as a percentage of the second figure.
  const relative = RELATIVE.test(plan.question) && r ? growth(a.fact.value, c.fact.value) : undefined;
  if (relative)
    b.d.headline.push(
      `，${more ? "多" : "少"} `,
      b.computed(
        { ...relative, value: money(relative.value).abs().toFixed(2) },
        `${la}相对${lc}的差（百分比）`,
        [a.fact, c.fact],
      ),
    );
  else if (inverse)
    b.d.headline.push("，后者是前者的 ", b.computed(inverse, `${lc}相对${la}`, [c.fact, a.fact]));
  else if (r) b.d.headline.push("，前者是后者的 ", b.computed(r, `${la}相对${lc}`, [a.fact, c.fact]));
  b.d.headline.push("。");
  // "是B的几倍" of a B that is zero: no multiple exists; say so rather than leave it out.
  if (RATIO.test(plan.question) && !isRate && money(c.fact.value).isZero())
    b.d.notes.push([`${lc}${what}为0，无法计算倍数。`]);
  if (byUnit) addDifferingParts(k, plan, [a, c], rowLabel, b);
  else addCarryOverGap(k, b, plan, scopes[0], [a, c]);
  b.d.chart = {
    type: "bar",
    title: `${what || "对比"}`,
    measure: a.fact.measure,
    points: found.map((x) => ({ label: rowLabel(x), value: x.fact.value })),
  };
  return b;
}

/**
 * The largest parts of one unit's figure asked, but the documents list none that can be ranked:
 * a refusal naming the figure itself, not the figure given as if it were the answer.
 */
function partsNotListed(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  const label = plan.metrics[0] ? metricLabel(plan.metrics[0], k) : "所问数字";
  Object.assign(b.d, closestFigure(k, plan, scopes, { lacking: `“${label}”可排序的组成部分` }));
  return b;
}

export function rankOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const byChange =
    RANKS_CHANGE.test(plan.question) || (scopes.length > 1 && AMOUNT_CHANGE_RANKED.test(plan.question))
      ? rankChangeOp(k, plan, scopes)
      : undefined;
  if (byChange) return byChange;
  // "哪个单位决算超预算最多", "执行率最高": units by their actual against their budget.
  const byGap = rankGapOp(k, plan, scopes);
  if (byGap) return byGap;
  const byShare =
    RANKS_SHARE.test(plan.question) && scopes.length > 1 ? rankShareOp(k, plan, scopes) : undefined;
  if (byShare) return byShare;
  if (scopes.length === 1) return rankPartsOp(k, plan, scopes[0]) ?? partsNotListed(k, plan, scopes);
  const spent = spentScopes(plan, scopes);
  const { shown, ranked, missing } = ranking(k, plan, spent.scopes);
  if (!shown.length) return valueOp(k, plan, scopes);
  const b = new DraftBuilder();
  const label = metricLabel(plan.metrics[0], k);
  const top = shown[0];
  const word = wantLabel(wantOf(plan, top.scope), top.fact, label);
  b.d.headline = [
    `${label}${word}${plan.descending ? "最高" : "最低"}的是${top.scope.unit}（${top.scope.year}年），为 `,
    b.fact(top.fact, top.scope.unit),
    "。",
  ];
  // The first ten places; a ranking of every unit would otherwise be one line per unit.
  const mixed = kindsMixed(shown.map((r) => r.scope));
  shown.forEach((r, i) =>
    b.d.bullets.push([
      `第${PLACES[i]}位 ${r.scope.unit}：`,
      b.fact(r.fact, r.scope.unit),
      ...(mixed ? [`（${r.scope.doc.kind}）`] : []),
    ]),
  );
  if (mixed) b.d.notes.push(["各单位的数字分别取自预算或决算文件（已逐项注明），口径不同，比较时请留意。"]);
  addRankedAlternatives(k, b, plan, plan.metrics[0], label, shown);
  if (spent.budgetsOnly.length)
    b.d.notes.push([
      `所问为实际花费，只比较公开了决算的单位；${spent.budgetsOnly.join("、")}收录的是预算文件，未参与排序。`,
    ]);
  // "合计多少、哪家最多" / "排个名，每家平均是多少": the ranked figures added or averaged too, when
  // every one is shown in one measure.
  const measures = new Set(shown.map((r) => r.fact.measure));
  const whole = ranked === shown.length && shown.length > 1 && measures.size === 1;
  const facts = shown.map((r) => r.fact);
  const values = facts.map((f) => f.value);
  const acrossRanked = [
    { asked: SUM_CUE, word: "合计", figure: () => total(values, top.fact.measure), named: `${label}合计` },
    {
      asked: AVERAGE_ACROSS,
      word: "平均",
      figure: () => average(values, top.fact.measure),
      named: `${label}平均数`,
    },
  ];
  for (const { asked, word, figure, named } of acrossRanked)
    if (whole && asked.test(plan.question))
      b.d.bullets.push([
        `${chineseCount(shown.length)}个单位${word} `,
        b.computed(figure(), named, facts),
        "。",
      ]);
  if (ranked > shown.length) b.d.notes.push([`只列出前十位，其余单位从略（可在 /api/facts 下载全部数字）。`]);
  if (missing.length)
    b.d.notes.push([
      `未参与排序（文件中未找到）：${missing.slice(0, PLACES.length).join("、")}${missing.length > PLACES.length ? "等" : ""}。`,
    ]);
  if (ranked >= 2)
    b.d.chart = {
      type: "bar",
      title: `${label}${word}`,
      measure: top.fact.measure,
      points: shown.map((r) => ({ label: r.scope.unit, value: r.fact.value })),
    };
  return b;
}

/** Counts in words ("三个单位"): digits in answers are reserved for figures from the facts. */
function chineseCount(n: number): string {
  return "零一两三四五六七八九十"[n] ?? String(n);
}

/** What a measure counts: money in any of its units, a percentage, or things of one kind. */
function measureKind(measure: string): string {
  return isMoneyMeasure(measure) ? "money" : measure;
}

/** Figures of several units or years (each one's own count, added across them). */
function byUnitOrYear(found: Row[]): boolean {
  return new Set(found.map((r) => `${r.scope.unit}|${r.scope.year}`)).size > 1;
}
