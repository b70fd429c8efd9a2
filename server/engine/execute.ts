import { isCount } from "./counted-metrics.js";
import type { Draft } from "./draft.js";
import { isBudgetCell } from "../../ingest/domain/select-figures.js";
import { budgetAdjustmentOp } from "./ops/budget-adjustment.js";
import { figureLocationOp } from "./ops/figure-location.js";
import { priceClassOp } from "./ops/price-class.js";
import { isProjected } from "./ops/spending-words.js";
import { ownLevelRowOp, subordinatesTotalOp } from "./ops/own-level-row.js";
import { quotedSentenceOp } from "./ops/quoted-sentence.js";
import { publicationDateOp } from "./ops/publication-date.js";
import { asksOfItem, itemPriceOp } from "./ops/item-price.js";
import { tableInventoryOp } from "./ops/table-inventory.js";
import { tableTotalOp } from "./ops/table-total.js";
import type { Knowledge } from "./knowledge.js";
import { breakdownOp } from "./ops/breakdown.js";
import { SAME_AS_LAST_YEAR } from "./ops/previous-year.js";
import { shareOp } from "./ops/share.js";
import { valueOp } from "./ops/value.js";
import { wantOf } from "./ops/lookup.js";
import { scenarioOp } from "./ops/scenario.js";
import { OCCASION_RANK_ASKED, PROSE_COUNTS } from "./lexicon/prose-counts.js";
import { MONEY_WORDS } from "./lexicon/question-words.js";
import {
  addClosestPassage,
  addDescribingPassage,
  addTitledPassage,
  itemsNotListed,
} from "./ops/closest-passage.js";
import { metricLabel, partsOf } from "./ops/labels.js";
import { asksPartsShare } from "./ops/each-share.js";
import { proseCount } from "./ops/prose-count.js";
import { coveredBodiesOp } from "./ops/covered-bodies.js";
import { addStatedCounts } from "./ops/stated-counts.js";
import { subBodyOp } from "./ops/sub-body.js";
import { projectInvestmentOp } from "./ops/project-investment.js";
import { projectCountOp } from "./ops/project-counts.js";
import { conversionCheckOp } from "./ops/conversion-check.js";
import { occasionsAskedOp } from "./ops/occasion-list.js";
import { onlyProjectNamesAsked } from "./project-question.js";
import { occasionsInSentenceOp } from "./ops/occasions-in-sentence.js";
import { occasionCostsOp } from "./ops/occasion-costs.js";
import { QUESTION_WORDS } from "./lexicon/question-words.js";
import { segment } from "../../ingest/index/tokenize.js";
import { scopeGapOp } from "./ops/scope-gap.js";
import { projectsEach } from "./ops/projects-each.js";
import { proseRatio } from "./ops/prose-ratio.js";
import { MONEY_PER, PER_COUNT_ASKED } from "./lexicon/prose-ratios.js";
import { proseRank } from "./ops/prose-rank.js";
import { addListedCount, listedCountOp } from "./ops/listed-count.js";
import { addSelfScore } from "./ops/self-score.js";
import { enumeratedCountOp } from "./ops/enumerated-count.js";
import { answerStatedAbsence, quoteStatedAbsence } from "./ops/stated-absence.js";
import { differenceOp, rankOp, sumOp } from "./ops/across.js";
import { bodiesOfKindOp } from "./ops/bodies-of-kind.js";
import { BODIES_OF_KIND_ASKED } from "./lexicon/body-rows.js";
import { coverageReconcileOp } from "./ops/coverage-reconcile.js";
import { compareOp } from "./ops/budget.js";
import { bodyRowsOp } from "./ops/body-rows.js";
import { trendOp, yoyOrCounterpart } from "./ops/yoy.js";
import { classBreakdownOp } from "./ops/class-breakdown.js";
import { projectBreakdownOp, projectPartsOp } from "./ops/project-breakdown.js";
import { projectsByBodyOp } from "./ops/body-projects.js";
import { projectPartsAskedOp, withoutLooseParts } from "./ops/project-parts.js";
import { addedWithoutWhole } from "./ops/sum-share.js";
import { PROJECT_SPENDING_KEY } from "./lexicon/project-list.js";
import { asksByClass, spentWhere } from "./class-question.js";
import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { addOtherEditionFigure, editionChoice, noteEditionNotPublished } from "./edition-choice.js";
import { addDocumentConflicts } from "./ops/document-conflicts.js";
import { addTablesGap } from "./ops/tables-gap.js";
import { DraftBuilder } from "./draft.js";
import { sumCheckOp } from "./ops/sum-check.js";
import { amountBounds, amountFilterOp } from "./ops/amount-filter.js";
import { addChangePremise } from "./ops/stated-premise.js";
import { pastedRowOp } from "./ops/pasted-row.js";
import { addSiblingsBesideNil } from "./ops/nil-part.js";
import { tablesNamedIn } from "./lexicon/named-tables.js";
import { editionAsked } from "./lexicon/edition-words.js";
import { addBudgetDocumentFigure } from "./budget-document-figure.js";
import { closestFigure } from "./ops/closest.js";
import { proseItemSum } from "./ops/prose-item-sum.js";
import { recipientProjectsOp } from "./ops/recipient-projects.js";
import { staffGapOp } from "./ops/staff-gap.js";
import { placeAmount } from "./ops/place-amount.js";
import { perCapitaOp } from "./ops/per-capita.js";
import { fundComplementOp } from "./ops/fund-complement-share.js";
import { fundPartShareOp, rowFundPartShareOp } from "./ops/fund-part-share.js";
import { whyFromFigures } from "./ops/why-figures.js";
import { placeClause } from "./ops/place-clause.js";
import { derivedFromOp } from "./ops/derived-from.js";
import { projectAspectOp } from "./ops/project-aspect.js";
import { addProjectScore, projectScoreOp } from "./ops/project-score.js";
import { DIFFERENCE_ASKED, quotedFiguresOp } from "./ops/quoted-figures.js";
import { quotedBudgetOp } from "./ops/quoted-budget.js";
import { statedInProse, statedInEarlierYears, textOp } from "./ops/text.js";
import type { QueryPlan } from "./plan-schema.js";
import { purposeFromFigure } from "./ops/purpose-sentence.js";
import { beforeScopes, numberWithoutFigure, scopeDoubt } from "./scope-check.js";
import { otherEditionScope, resolveScopes, type Scope } from "./scope.js";
import { withParentFigure } from "./ops/parent-figure.js";
import { purposeNamedOp } from "./ops/purpose-named.js";
import { loadFacts } from "./load-facts.js";
import { unitOfProject } from "./project-units.js";
import { unitOfQuotedFigure } from "./quoted-figure-units.js";
import { addKindsApartNote, addYearsApartNote, unitCountMismatch } from "./unit-count.js";
import { refuseAmountForRate } from "./asked-rate.js";
import { addEditionReason } from "./ops/edition-reason.js";
import {
  addCostWithoutCount,
  addCountBesideZeroCost,
  addPurchaseBesideToBuy,
} from "./ops/cost-without-count.js";
import { addQuotedCheck } from "./ops/quoted-check.js";
import { addYuanCounterpart } from "./ops/yuan-counterpart.js";
import { addHundredMillions } from "./ops/yi-equivalent.js";
import { addPrecisionAsked } from "./ops/precision-asked.js";
import { addClaimVerdict } from "./ops/claimed-size.js";
import { eachCompared } from "./ops/each-compared.js";
import { ECONOMIC_CLASSES_ASKED, economicBreakdownOp } from "./ops/economic-breakdown.js";
import { unitsPrinting } from "./unit-choice.js";
import { largestGapsOp } from "./ops/largest-gaps.js";
import { addMonthlyAverage } from "./ops/monthly-average.js";
import { largestChangesOp } from "./ops/largest-changes.js";
import { addPrintedShares } from "./ops/printed-share.js";
import { rowsBehindTotal, totalBeforeRows } from "./ops/rows-behind-total.js";

/** The project spending of one unit, asked project by project. */
function isProjectSpending(plan: QueryPlan): boolean {
  const [ref] = plan.metrics;
  return plan.metrics.length === 1 && ref.type === "metric" && ref.key === PROJECT_SPENDING_KEY;
}

/** A count asked in all ("一共", "总共", "累计"). */
const TOTAL_COUNT = /一共|总共|累计|共计|合计|总计/;

/**
 * "<简称>了多少批次": the figure read from a word shorter than its name (接待 for 公务接待费) may
 * mean all of what the sentence counts ("累计接待了…批次，其中：公务接待…"), not only the named part.
 */
function namedLoosely(plan: QueryPlan): boolean {
  const [ref] = plan.metrics;
  // "几个团，花了多少": the count and the money of the figure, not a sentence's total count.
  if (plan.metrics.length !== 1 || ref.type !== "metric" || MONEY_WORDS.test(plan.textQuery ?? ""))
    return false;
  return !plan.question.includes(ref.key.replace(/(?:经)?费$|人?数$/, ""));
}

/**
 * An area, a height or a rate asked, with no word for money; a completion rate of a figure's budget
 * is the calculator's.
 */
function asksSize(plan: QueryPlan): boolean {
  const computed = plan.operation === "compare_budget_actual" ? ["数量", "率"] : ["数量"];
  return (
    !MONEY_WORDS.test(plan.question) &&
    PROSE_COUNTS.some((p) => !computed.includes(p.kind) && p.asks.test(plan.question))
  );
}

/**
 * A project whose page splits its money ("项目总预算X，其中甲a、乙b…", or only "第一季度用款计划…"):
 * the parts the question names, else the total with every part (their sum when no total is stated).
 */
function projectSplit(k: Knowledge, plan: QueryPlan, scopes: Scope[]) {
  const [ref] = plan.metrics;
  if (scopes.length !== 1 || plan.metrics.length !== 1 || ref.type !== "project") return undefined;
  // The parts are budgets: an actual asked is not them.
  if (!["budget", "initial"].includes(wantOf(plan, scopes[0]))) return undefined;
  return projectPartsAskedOp(k, plan, scopes[0]) ?? projectPartsOp(k, plan, scopes[0]);
}

/**
 * "<某项目>占多大比例" with no whole named, and no split of a project it is a part of: a project
 * is a part of the project spending.
 */
function projectOverSpending(plan: QueryPlan): QueryPlan {
  const [ref] = plan.metrics;
  return plan.metrics.length === 1 && ref.type === "project"
    ? { ...plan, metrics: [ref, { type: "metric", key: PROJECT_SPENDING_KEY }] }
    : plan;
}

/**
 * A figure the edition read by default (部门) does not print, asked without naming an edition:
 * read from the body's other edition of the same year, said so (undefined when it has none either).
 */
function fromOtherEdition(k: Knowledge, plan: QueryPlan, scopes: Scope[]) {
  if (plan.edition || editionAsked(plan.question) || scopes.length !== 1) return undefined;
  const [scope] = scopes;
  const other = otherEditionScope(k, scope);
  if (!other) return undefined;
  const draft = operate(k, plan, [other]).build();
  if (draft.status !== "answered") return undefined;
  const kind = scope.doc.kind;
  draft.notes.unshift([`${scope.doc.edition}${kind}未列出这项数字，以上取自${other.edition}${kind}。`]);
  return draft;
}

/** Figures added, their share of a whole the question names but no figure matched: the sum only. */
function sumWithoutShare(k: Knowledge, plan: QueryPlan, scopes: Scope[]) {
  const b = sumOp(k, plan, scopes);
  b.d.notes.push(["问题所说“占”的整体未能对应到文件中的数字，只给出合计，未计算占比。"]);
  return b;
}

function operate(k: Knowledge, plan: QueryPlan, scopes: Scope[]) {
  // "年末结转是怎么来的": the figure worked out from the ones its table derives it from.
  const derived = derivedFromOp(k, plan, scopes);
  if (derived) return derived;
  // "A加B是否等于C": the parts added against the whole, whatever the words' operation.
  const checked = ["value", "sum"].includes(plan.operation) ? sumCheckOp(k, plan, scopes) : undefined;
  if (checked) return checked;
  // "<部门>预算的<某项>和本级、<所属单位>各自的决算对得上吗": the covering figure taken apart.
  const reconciled = coverageReconcileOp(k, plan, scopes);
  if (reconciled) return reconciled;
  switch (plan.operation) {
    case "breakdown":
      return (
        (countedEachYear(plan) && eachYearOnItsOwn(k, { ...plan, counts: true }, scopes)) ||
        (isProjectSpending(plan) && projectsByBodyOp(k, plan, scopes[0])) ||
        (scopes.length === 1 && bodyRowsOp(k, plan, scopes[0])) ||
        (isProjectSpending(plan) && projectBreakdownOp(k, plan, scopes[0])) ||
        (scopes.length === 1 && plan.metrics.length === 1 && projectPartsOp(k, plan, scopes[0])) ||
        breakdownOp(k, plan, scopes)
      );
    case "share":
      return (
        (scopes.length === 1 && projectPartsAskedOp(k, plan, scopes[0])) ||
        (asksPartsShare(plan, (ref) => partsOf(ref).length > 0) && breakdownOp(k, plan, scopes)) ||
        (addedWithoutWhole(plan) && sumWithoutShare(k, plan, scopes)) ||
        shareOp(k, projectOverSpending(plan), scopes)
      );
    case "compare_budget_actual": {
      const adjusted = budgetAdjustmentOp(k, plan, scopes);
      if (adjusted) return adjusted;
      const compared = eachCompared(k, plan, scopes) ?? compareOp(k, plan, scopes, false);
      // "编制和在职人数预算和决算里说的一样吗": a count has no budget and actual; the two documents'
      // figures are said side by side.
      return !compared.d.headline.length && plan.metrics.every(isCount)
        ? valueOp(k, { ...plan, operation: "value" }, scopes)
        : compared;
    }
    case "explain_variance":
      return budgetAdjustmentOp(k, plan, scopes) ?? compareOp(k, plan, scopes, true);
    case "yoy": {
      // "<年甲>和<年乙>各有几辆": a count of each year's own document, one line per year.
      const each = countedEachYear(plan) ? eachYearOnItsOwn(k, { ...plan, counts: true }, scopes) : undefined;
      if (each) return each;
      const changed = yoyOrCounterpart(k, plan, scopes);
      return changed.d.headline.length || !EACH_YEAR.test(plan.question)
        ? changed
        : (eachYearOnItsOwn(k, plan, scopes) ?? changed);
    }
    case "trend":
      return trendOp(k, plan, scopes);
    case "sum":
      return (scopes.length === 1 && bodiesOfKindOp(k, plan, scopes[0])) || sumOp(k, plan, scopes);
    case "difference":
      return budgetAdjustmentOp(k, plan, scopes) ?? differenceOp(k, plan, scopes);
    case "rank":
      return rankOp(k, plan, scopes);
    case "per_capita":
      return perCapitaOp(k, plan, scopes);
    default:
      return (
        scenarioOp(k, plan, scopes) ??
        projectSplit(k, plan, scopes) ??
        (scopes.length === 1 ? bodiesOfKindOp(k, plan, scopes[0]) : undefined) ??
        budgetAdjustmentOp(k, plan, scopes) ??
        valueOp(k, plan, scopes)
      );
  }
}

/** The items of one unit within the amount bounds a question sets (undefined when it sets none). */
async function boundedItems(k: Knowledge, plan: QueryPlan, scopes: Scope[]) {
  if (scopes.length !== 1 || !amountBounds(plan.question)) return undefined;
  await loadFacts(k, plan, scopes);
  return amountFilterOp(k, plan, scopes)?.build();
}

/** "<年甲>和<年乙>分别多少": each year's figure is asked, their change only if the documents give it. */
const EACH_YEAR = /分别|各(?:是|有|为)?(?:多少|几)|各自/;

/** "<年甲>末、<年乙>末的车辆各是多少": a count (not its kinds) asked of each year listed. */
/** One money figure asked per thing counted ("平均每个多少钱"), of one or two years. */
function perCountAsked(plan: QueryPlan): boolean {
  return (
    (["value", "breakdown"].includes(plan.operation) || plan.perUnit === "per_item") &&
    plan.metrics.length === 1 &&
    /平均(?:每|一)/.test(plan.question) &&
    PER_COUNT_ASKED.some((per) => per.asks.test(plan.question)) &&
    MONEY_PER.test(plan.question)
  );
}

function countedEachYear(plan: QueryPlan): boolean {
  return (
    plan.years.length > 1 &&
    EACH_YEAR.test(plan.question) &&
    plan.metrics.length > 0 &&
    plan.metrics.every(isCount)
  );
}

/**
 * Two years asked each ("<年甲>末和<年乙>末分别有几辆车") where no document sets one against the
 * other: each year's figure as that year alone is answered, one line per year.
 */
function eachYearOnItsOwn(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (scopes.length < 2 || new Set(scopes.map((scope) => scope.unit)).size !== 1) return undefined;
  const b = new DraftBuilder();
  for (const scope of [...scopes].sort((x, y) => x.year - y.year)) {
    const one = valueOp(k, { ...plan, operation: "value", years: [scope.year] }, [scope]).build();
    if (one.status !== "answered" || !one.headline.length) return undefined;
    b.line(b.adopt(one.headline, one));
    // (Each further figure asked of that year: "编制数和在职人数分别…".)
    for (const bullet of one.bullets) b.d.bullets.push(b.adopt(bullet, one));
    for (const note of one.notes) b.d.notes.push(b.adopt(note, one));
  }
  return b;
}

/** Notes every answer carries: how words were read, which year was assumed. */
function addNotes(draft: Draft, plan: QueryPlan, scopes: Scope[]): void {
  if (draft.status !== "answered") return;
  const assumed = scopes.filter((s) => s.assumedYear);
  // Units whose latest documents are of different years or kinds: each one's is said with its figure.
  const assumedAlike = new Set(assumed.map((s) => `${s.year}${s.doc.kind}`)).size === 1;
  if (assumed.length)
    draft.notes.unshift([
      assumedAlike
        ? `问题未指明年份，按已公开的最新年度（${assumed[0].year}年度${assumed[0].doc.kind}）回答。`
        : "问题未指明年份，各单位按各自已公开的最新年度回答（年份不同，比较时请留意）。",
    ]);
  const relative = /去年|上一年|前一年|上年|明年|下一年|下年度|来年/.exec(plan.question)?.[0];
  const ahead = !!relative && /明|下|来/.test(relative);
  if (plan.yearSource === "relative" && plan.years.length === 1 && relative)
    draft.notes.unshift([
      `“${relative}”按${plan.years[0]}年理解${ahead ? "（已公开预算的年度）" : plan.followUp ? "（对话所说年度的前一年）" : "（已公开决算的最近一年）"}。`,
    ]);
  const viaNext = scopes.find((s) => s.previousYear);
  // Said of the document that stood for the year, when the answer cites it.
  // …a figure of that year read from it (stated for the year, worked out, or said unchanged), not
  // the document's own year's figure beside it.
  const fromNext = viaNext
    ? draft.figures.filter(
        (figure) =>
          figure.facts.some((fact) => fact.docId === viaNext.doc.docId) &&
          (!!figure.formula ||
            figure.label.endsWith(SAME_AS_LAST_YEAR) ||
            figure.facts.some((fact) => fact.period === viaNext.year) ||
            !scopes.some((s) => !s.previousYear && s.doc.docId === viaNext.doc.docId)),
      )
    : [];
  const citesNext = fromNext.length > 0;
  // Counts (车辆, 人数) next year's document states as of the year's end: read, not worked out.
  const countsAtYearEnd = fromNext.every((figure) => !/元|%/.test(figure.measure) && !figure.formula);
  // A budget's last-year figure is its stated 执行数 (a fact of that period) or derived from the change.
  const lastYearStated = viaNext
    ? draft.figures.flatMap((figure) => figure.facts.filter((fact) => fact.period === viaNext.year))
    : [];
  const statedExecution = lastYearStated.length > 0;
  // "比<上年>预算N万元增加…": last year's budget, which is no 执行数 (that year's actual is not stated).
  const statedBudgetOnly = statedExecution && lastYearStated.every(isBudgetCell);
  // …or the same as this year's, when the budget says it did not change ("与<上年>预算持平").
  const sameAsLastYear = draft.figures.some((figure) => figure.label.endsWith(SAME_AS_LAST_YEAR));
  const saidFrom = `${viaNext?.year}年底的数字取自`;
  const saidAlready = draft.notes.some((note) => typeof note[0] === "string" && note[0].startsWith(saidFrom));
  if (viaNext && citesNext && !saidAlready)
    draft.notes.unshift([
      countsAtYearEnd
        ? `${viaNext.year}年底的数字取自${viaNext.doc.year}年度${viaNext.doc.kind}文件。`
        : viaNext.doc.kind === "决算"
          ? statedExecution
            ? `${viaNext.year}年度数字取自${viaNext.doc.year}年度决算附件中的上年决算数。`
            : `${viaNext.year}年度数字由${viaNext.doc.year}年度决算所列本年数与比上年的增减额推算。`
          : sameAsLastYear
            ? `未收录${viaNext.unit}${viaNext.year}年度的文件；其${viaNext.year}年度数字按${viaNext.doc.year}年度预算写明的与上年持平得出。`
            : !statedExecution
              ? `${viaNext.year}年度数字由${viaNext.doc.year}年度预算所列本年数与比上年的增减额推算。`
              : statedBudgetOnly
                ? `${viaNext.year}年度数字是${viaNext.doc.year}年度预算所列的${viaNext.year}年预算数；文件没有列出${viaNext.year}年的实际执行数。`
                : `${viaNext.year}年度数字取自${viaNext.doc.year}年度预算说明所列的${viaNext.year}年${lastYearStated.some((fact) => !isBudgetCell(fact) && !isProjected(fact)) ? "预算执行数" : "预计执行数"}。`,
    ]);
  if (plan.readings.length) draft.notes.unshift([`${plan.readings.join("；")}。`]);
}

/** Units a short name may mean: most this many are answered beside the question back. */
const MOST_CANDIDATES = 4;

/**
 * "财政局<某项>多少" where several bodies have that name: the question back, with each one's figure
 * beside it (cited), so the asker sees both and can say which was meant.
 */
async function candidatesShown(k: Knowledge, plan: QueryPlan): Promise<Draft> {
  const candidates = plan.candidates ?? [];
  const printing = await unitsPrinting(k, plan.question, candidates);
  if (printing.length === 1) {
    const others = candidates.filter((unit) => unit !== printing[0]);
    const reading = `所引数字只见于${printing[0]}的文件，按它回答（同名的还有${others.join("、")}）`;
    return draftFor(k, {
      ...plan,
      units: printing,
      clarify: undefined,
      candidates: undefined,
      readings: [...plan.readings, reading],
    });
  }
  const b = new DraftBuilder();
  b.d.status = "clarify";
  b.d.headline = [plan.clarify ?? ""];
  for (const unit of candidates.slice(0, MOST_CANDIDATES)) {
    const one = await draftFor(k, { ...plan, units: [unit], clarify: undefined, candidates: undefined });
    if (one.status === "answered" && one.headline.length) b.d.bullets.push(b.adopt(one.headline, one));
  }
  return b.build();
}

/**
 * Run a query plan against the facts. Deterministic: the same plan gives the same draft. What is
 * asked is compared with what the documents have before any figure is given: a figure that is
 * not the one asked is named as the closest, never given as the answer.
 */
export async function execute(k: Knowledge, asked: QueryPlan): Promise<Draft> {
  k.tablesNamed = tablesNamedIn(asked.fundSaid ? `${asked.fundSaid}${asked.question}` : asked.question);
  const draft = await rowsBehindTotal(k, asked, await draftFor(k, asked));
  await addCountBesideZeroCost(k, draft);
  await addPurchaseBesideToBuy(k, draft);
  addCostWithoutCount(k, draft, asked.question);
  addSiblingsBesideNil(k, asked, draft);
  addQuotedCheck(k, asked, draft);
  addMonthlyAverage(asked, draft);
  addPrintedShares(k, draft);
  await addYuanCounterpart(k, asked, draft);
  addHundredMillions(asked, draft);
  addPrecisionAsked(asked, draft);
  addClaimVerdict(asked, draft);
  addChangePremise(asked, draft);
  addTablesGap(k, asked.question, draft);
  await addDocumentConflicts(k, draft);
  return draft;
}

async function draftFor(k: Knowledge, asked: QueryPlan): Promise<Draft> {
  if (asked.clarify && asked.candidates?.length && asked.metrics.length) return candidatesShown(k, asked);
  let plan = asked;
  await unitOfProject(k, plan);
  await unitOfQuotedFigure(k, plan);
  // "<代码> <名称> <数> <数> 这行是啥意思": the row that prints the pasted numbers, in any body's documents.
  const pasted = await pastedRowOp(k, plan);
  if (pasted) return pasted;
  const early = beforeScopes(plan);
  if (early) return early;
  const resolved = resolveScopes(k, plan);
  if ("draft" in resolved)
    return resolved.parents?.length
      ? await withParentFigure(k, plan, resolved.draft, resolved.parents)
      : resolved.draft;
  const { scopes, unpublished } = resolved;
  const which = unitCountMismatch(k, plan, scopes);
  if (which) return which;
  // "这份预算是哪天公开的": the document's own labelled publication day.
  const published = await publicationDateOp(k, plan, scopes);
  if (published) return published;
  // "这份决算有几张表", "哪些表是空的": the documents' tables themselves, not their figures.
  const tables = await tableInventoryOp(k, plan, scopes);
  if (tables) return tables;
  // "<某表>合计多少": that table's total row, across its columns.
  const tableTotal = await tableTotalOp(k, plan, scopes);
  if (tableTotal) return tableTotal;
  // "单价N万元以上的设备几台": the sentence counting that price class, or the closest one named.
  const priced = await priceClassOp(k, plan, scopes);
  if (priced) return priced;
  // "增减幅度排前N的科目", "涨幅过<比例>的是哪些": the rows ranked by their change on last year.
  const changes = await largestChangesOp(k, plan, scopes);
  if (changes) return totalBeforeRows(plan, changes, (total) => draftFor(k, total));
  // "超编了多少人": the people employed against the establishment.
  const staffGap = await staffGapOp(k, plan, scopes);
  if (staffGap) return staffGap.build();
  // "超过<金额>的科目有哪些", "<金额>到<金额>之间的项目有几个": the items within the bounds.
  const filtered = await boundedItems(k, plan, scopes);
  if (filtered) return filtered;
  // "<某项> <金额> 出自哪张表": the cells that print the quoted amount.
  const located = await figureLocationOp(k, plan, scopes);
  if (located) return located;
  // "说<甲>万，表里<乙>元，换算一致吗": the 元 amount in 万元, set against the other.
  const converted = await conversionCheckOp(k, plan, scopes);
  if (converted) return converted;
  // "说明里写的“<某句>”说的是哪项": the figures of the sentences that say it.
  const sentence = await quotedSentenceOp(k, plan, scopes);
  if (sentence) return sentence;
  // "那几个团，哪个最贵": the occasions compared, before any count the words "几个" ask.
  if (OCCASION_RANK_ASKED.test(plan.question)) {
    await k.loadDocuments(scopes.map((scope) => scope.doc.docId));
    const ranked = occasionCostsOp(k, plan, scopes);
    if (ranked) return ranked;
  }
  // "三个<某类单位>加起来编制多少": the rows of that kind of body in a table (or list) of the
  // department's, added, before any sentence that counts the department's staff.
  if (scopes.length === 1 && plan.metrics.length && BODIES_OF_KIND_ASKED.test(plan.question)) {
    await k.loadDocuments([scopes[0].doc.docId]);
    const kind = bodiesOfKindOp(k, plan, scopes[0]);
    if (kind) return kind.build();
  }
  // "<某物>买几台", "单价多少": the item's row of an asset or purchase table, before any sentence's count
  // of a group it is in ("执法记录仪等执法装备16台").
  if (asksOfItem(plan)) {
    await k.loadDocuments(scopes.map((scope) => scope.doc.docId));
    const item = itemPriceOp(k, plan, scopes);
    if (item) return item.build();
  }
  // "某工程盖多大、多高": a size a sentence states, not the project's money. "一共接待了多少批次": a
  // total count a sentence states ("累计接待了…批次…，其中：公务接待…") before the counts of the part
  // the figure's name stands for.
  // (A count at the end of a year with no document of its own is next year's stated figure, read as a fact.)
  const totalCount =
    plan.counts &&
    plan.operation === "value" &&
    !scopes.some((scope) => scope.previousYear) &&
    (TOTAL_COUNT.test(plan.question) || namedLoosely(plan));
  if ((plan.metrics.length && asksSize(plan)) || totalCount) {
    const stated = await proseCount(k, plan, scopes);
    if (stated) return stated;
  }
  // "<某项目>改了多少个小区": what a project does, counted in the paragraph naming it.
  const projectCount = await projectCountOp(k, plan, scopes);
  if (projectCount) return projectCount;
  // "<某专项>用在啥上", "谁来做": the project's own write-up, under the heading that says it.
  const aspect = await projectAspectOp(k, plan, scopes);
  if (aspect) return aspect;
  // "<甲>预算里给<乙>的项目": the projects one body's passage says are for the other.
  const forOther = await recipientProjectsOp(k, plan, scopes);
  if (forOther) return forOther;
  // "哪一项决算偏离预算最远": the unit's rows ranked by their gap.
  const gaps = await largestGapsOp(k, plan, scopes);
  if (gaps) return gaps;
  // "<某局>下面的<某中心>自己预算多少": the 部门 edition less the 单位 one, when that body is all between.
  const subBody = await subBodyOp(k, plan, scopes);
  if (subBody) return subBody;
  // "<部门>预算包括哪几个单位", "<甲>包括在<乙>的决算里吗": the bodies a document adds up.
  const covered = await coveredBodiesOp(k, plan, scopes);
  if (covered) return covered;
  // "开了什么会", "每个会多少人参加", "三个会的费用对得上吗": the occasions a sentence lists.
  const occasions = await occasionsAskedOp(k, plan, scopes);
  if (occasions) return occasions;
  // "除本级外各下属单位<某项>合计": the rows of the table by body other than the own level's.
  const subordinates = await subordinatesTotalOp(k, plan, scopes);
  if (subordinates) return subordinates;
  if (!plan.metrics.length || plan.operation === "text_lookup") {
    // "有几个科室": a count stated in a sentence before any passage about the words; "某活动平均
    // 每人多少钱": a ratio of two figures a sentence states.
    // "预算<甲>万，执行<乙>万，执行率多少": the two amounts name their row.
    if (!plan.metrics.length && (plan.operation !== "text_lookup" || DIFFERENCE_ASKED.test(plan.question))) {
      await loadFacts(k, plan, scopes);
      // "两个项目的结余加起来是…": the unit's projects, each against its budget.
      const projects = projectsEach(k, plan, scopes);
      if (projects) return draftFor(k, { ...plan, metrics: projects });
      // "<单位>预算<甲>万，决算里年初预算<乙>万，为什么对不上": two documents' amounts, and their scopes.
      const scopeGap = await scopeGapOp(k, plan, scopes);
      if (scopeGap) return scopeGap;
      const quoted = quotedFiguresOp(k, plan, scopes);
      if (quoted) return quoted;
    }
    // "预算<甲>万，最后花掉多少": the quoted budget names its rows, whatever else the words say.
    const budgetQuoted = plan.metrics.length ? undefined : await quotedBudgetOp(k, plan, scopes);
    if (budgetQuoted) return budgetQuoted;
    // "哪个处室花钱最多": an office's figures are never published; no amount of the prose answers it.
    const office = plan.attributes.includes("division") ? numberWithoutFigure(plan) : undefined;
    if (office) return office;
    const stated =
      (await placeAmount(k, plan, scopes)) ??
      (await proseItemSum(k, plan, scopes)) ??
      (await proseRatio(k, plan, scopes)) ??
      (await proseRank(k, plan, scopes)) ??
      (await proseCount(k, plan, scopes)) ??
      (await listedCountOp(k, plan, scopes)) ??
      (await enumeratedCountOp(k, plan, scopes));
    if (stated) {
      if (stated.status === "answered") for (const line of unpublished) stated.notes.push([`${line}。`]);
      return stated;
    }
    const refusal = numberWithoutFigure(plan);
    if (refusal) {
      // "有多少资产" names no figure and no qualifier: the nouns it asks about are looked for in the prose.
      const asked = plan.qualifiers.length ? plan : { ...plan, qualifiers: nounsAsked(plan) };
      const stated =
        (await purposeNamedOp(k, asked, scopes)) ??
        (await statedInProse(k, asked, scopes)) ??
        (await statedInEarlierYears(k, asked, scopes));
      if (stated) return stated;
      await addTitledPassage(k, plan, scopes, refusal);
      return refusal;
    }
    // "说明写“…”，这句话有没有问题": a quoted sentence checked, with no figure named beside it.
    const checked = await quotedSentenceOp(k, plan, scopes, true);
    if (checked) return checked;
    const text = await textOp(k, plan, scopes);
    if (text.d.status === "not_found") {
      const purpose = purposeFromFigure(k, plan, scopes);
      if (purpose) return purpose;
    }
    await addSelfScore(k, plan, scopes, text);
    const quoted = text.build();
    addListedCount(plan, quoted);
    if (quoted.status === "answered") for (const line of unpublished) quoted.notes.push([`${line}。`]);
    return quoted;
  }
  await loadFacts(k, plan, scopes);
  // "两个项目的结余" read as the project spending: the unit's projects, each against its budget.
  const projects = projectsEach(k, plan, scopes);
  if (projects) return draftFor(k, { ...plan, metrics: projects });
  plan = withoutLooseParts(k, plan, scopes);
  // A change on last year (or a two-year trend) may read last year's document of the same kind.
  // …and the year's other edition, which may print a line of the narrative otherwise.
  if (plan.operation === "yoy" || plan.operation === "trend")
    await k.loadDocuments(
      scopes.flatMap((s) => [
        ...k.docs(s.unit, { year: s.year - 1, kind: s.doc.kind }).map((d) => d.docId),
        ...k.docs(s.unit, { year: s.year, kind: s.doc.kind }).map((d) => d.docId),
      ]),
    );
  const scored = projectScoreOp(k, plan, scopes);
  if (scored) return scored;
  // "<整体>里有多少比例不是<某资金>的钱": the whole less that fund's part, over the whole.
  const complement = fundComplementOp(k, plan, scopes);
  if (complement) return complement;
  // "<整体>里<某资金>的钱占多少": that fund's part of the whole, over the whole.
  const fundPart =
    plan.operation === "share"
      ? (fundPartShareOp(k, plan, scopes) ?? rowFundPartShareOp(k, plan, scopes))
      : undefined;
  if (fundPart) return fundPart;
  // "<某项>预算说明写<甲>万，决算里年初预算<乙>万，为什么差…": two documents' amounts, and their scopes.
  const scopeGap = await scopeGapOp(k, plan, scopes);
  if (scopeGap) return scopeGap;
  // "三个会的费用加起来对得上吗": each occasion's spending as its clause states it, added.
  const occasionCosts = occasionCostsOp(k, plan, scopes);
  if (occasionCosts) return occasionCosts;
  // "<某项目>总投资多少": the whole cost a paragraph on the project states, not the year's arrangement.
  const investment = projectInvestmentOp(k, plan, scopes);
  if (investment) return investment;
  const doubt = await scopeDoubt(k, plan, scopes);
  if (doubt)
    return (
      // "去<某国>那次花了多少": the words naming the place are explained by the item stating it.
      occasionsInSentenceOp(k, plan, scopes) ??
      (await placeAmount(k, plan, scopes)) ??
      (await proseItemSum(k, plan, scopes)) ??
      (await proseRatio(k, plan, scopes)) ??
      (await proseRank(k, plan, scopes)) ??
      (await proseCount(k, plan, scopes)) ??
      (await statedInProse(k, plan, scopes)) ??
      closestFigure(k, plan, scopes, doubt)
    );
  const placed = await placeClause(k, plan, scopes);
  if (placed) return placed;
  // "项目平均每个多少钱": an amount over the count its sentence states beside it ("…预算X万元，共安排
  // 项目N个"), before the amount alone.
  const perCount = perCountAsked(plan) ? await proseRatio(k, plan, scopes) : undefined;
  if (perCount?.status === "answered") return perCount;
  const choice = editionChoice(k, plan, scopes);
  if (choice) return choice;
  const byClass =
    ["breakdown", "value"].includes(plan.operation) &&
    plan.metrics.length === 1 &&
    // "功能分类2210201…": a row named by its scheme and code is that row, not a total by class.
    plan.metrics[0].type === "metric" &&
    // Counts and scores (车辆数: "有哪几类车") are no money classified by function: their own kinds.
    !METRIC_BY_KEY.get(plan.metrics[0].key)?.measure &&
    (asksByClass(plan.question) || !!spentWhere(plan.question, plan.metrics));
  // "按经济分类分大类": the figure by economic class, from the economic classification table.
  const byEconomicClass = ECONOMIC_CLASSES_ASKED.test(plan.question)
    ? economicBreakdownOp(k, plan, scopes)
    : undefined;
  const ownLevel = byEconomicClass ? undefined : ownLevelRowOp(k, plan, scopes);
  const operated =
    byEconomicClass ??
    ownLevel ??
    (byClass ? classBreakdownOp(k, plan, scopes) : operate(k, plan, scopes).build());
  const fromOther = operated.status === "not_found" ? fromOtherEdition(k, plan, scopes) : undefined;
  // "预算<甲>万，用了<乙>万，完成了百分之几": the asker's own two figures, when the documents state them.
  const draft = fromOther ?? quotedFiguresOp(k, plan, scopes, operated) ?? operated;
  refuseAmountForRate(plan, draft);
  if (draft.status === "answered" && !draft.headline.length) draft.status = "not_found";
  if (draft.status === "not_found" && !draft.headline.length) {
    draft.headline = ["文件中没有找到这个数字，我不会推测。"];
  }
  // (A project's name asked is no number: a sentence counting projects does not answer it.)
  if (draft.status === "not_found" && !onlyProjectNamesAsked(plan.question)) {
    const stated =
      (await proseCount(k, plan, scopes)) ??
      (await proseRatio(k, plan, scopes)) ??
      (await proseRank(k, plan, scopes)) ??
      (await whyFromFigures(k, plan, scopes)) ??
      // "那条写“…”，对吗": the figures of the sentence quoted, when nothing else was found.
      (await quotedSentenceOp(k, plan, scopes, true));
    if (stated) return stated;
  }
  addProjectScore(k, plan, scopes, draft);
  addStatedCounts(k, plan, scopes, draft);
  addBudgetDocumentFigure(k, plan, scopes, draft);
  addOtherEditionFigure(k, plan, scopes, draft);
  if (!ownLevel) noteEditionNotPublished(k, plan, scopes, draft);
  addYearsApartNote(k, plan, scopes, draft);
  addKindsApartNote(plan, scopes, draft);
  await addEditionReason(k, plan, scopes, draft);
  await quoteStatedAbsence(k, plan, scopes, draft);
  await answerStatedAbsence(k, plan, scopes, draft);
  await addClosestPassage(k, plan, scopes, draft);
  if (plan.metrics.length === 1 && ["value", "breakdown"].includes(plan.operation)) {
    await addDescribingPassage(k, plan, scopes, draft, metricLabel(plan.metrics[0], k));
    itemsNotListed(plan, draft, metricLabel(plan.metrics[0], k));
  }
  addNotes(draft, plan, scopes);
  if (draft.status === "answered") for (const line of unpublished) draft.notes.push([`${line}。`]);
  return draft;
}

/** The words of a question that name what it asks about, none of them a question word ("有多少资产" → 资产). */
function nounsAsked(plan: QueryPlan): string[] {
  return segment(plan.textQuery ?? plan.question).filter(
    (word) => /^[\u4e00-\u9fa5]{2,}$/.test(word) && !QUESTION_WORDS.has(word),
  );
}
