import { refKey, type MetricRef, type Operation } from "../plan-schema.js";
import { metricLabel, parentOf, partsOf } from "../ops/labels.js";
import { asksByClass, classMetrics } from "../class-question.js";
import { NUMERALS } from "../lexicon/numerals.js";
import { FUNDS_COMPARED } from "../lexicon/named-tables.js";
import type { Carried, Figures, OperationParts, Turn } from "./turn.js";
import { withoutToldContext } from "../asked-scope.js";
import { operationOf } from "./operation-of.js";
import { maskSpans } from "./mask-spans.js";
import { asksStatedRate } from "../lexicon/prose-counts.js";
import { EDITIONS_DIFFER, OF_ROW, REMAINDER } from "../lexicon/follow-up-cues.js";
import { cellsOfPrevious, followUpMetrics, partAskedWithin, wholeOfPart } from "../follow-up.js";
import { figuresJustCompared, siblingOfContext } from "../turn-pairs.js";
import { twoYearsCompared } from "./two-years-compared.js";
import { editionsAsked } from "../lexicon/edition-words.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import { BODY_NAMED } from "../lexicon/unit-topics.js";
import { QUALIFIER_DOUBT, twinNamer } from "../read-subject.js";
import { ANNUAL_BUDGET, BUDGET_AMOUNT } from "./planner-cues.js";
import { publishesBudget } from "./publishers.js";
import { isCount } from "../counted-metrics.js";
import { withoutParts, withoutTwins } from "../find-metrics.js";
import { classWhole } from "../ops/subject-children.js";
import { SUM_CUE } from "../question-cues.js";
import { SHARE_ASKED } from "../ops/class-breakdown.js";
import { projectListMetrics } from "../project-question.js";
import { ASPECT_WORDS, BY_CLASS_WORDS } from "../lexicon/class-names.js";
import { shareParts } from "../share-parts.js";

/** Operations that compute with their figures (a figure matched twice would count twice). */
const COMPUTED: ReadonlySet<string> = new Set(["sum", "difference", "share", "rank", "per_capita"]);

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

/** Two fund scopes set against each other, tested once (FUNDS_COMPARED is global, for its spans). */
const FUNDS_COMPARED_ONCE = new RegExp(FUNDS_COMPARED.source);

/** Phase 5: the operation asked, and the figures it operates on. */
export function operationOfTurn(
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
