import type { Fact } from "../../../ingest/schema.js";
import { isBudgetCell } from "../../../ingest/domain/select-figures.js";
import { decimalsOf, isRoundingOf, money } from "../../../lib/money.js";
import { difference, growth, times } from "../calculator.js";
import { addEarlierBudget } from "./earlier-budget.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { addPartReason } from "./part-reason.js";
import { fundTwinReason } from "./fund-twin-reason.js";
import { type KinChange, sameAmountChanges, statedChange } from "./same-amount-change.js";
import { statedRateDisagrees } from "./stated-rate-check.js";
import { budgetOfStatedChange } from "./stated-base.js";
import { answerStatedUnchanged } from "./stated-reason.js";
import { WHY_QUESTION } from "../lexicon/reason-words.js";
import { lookup } from "./lookup.js";
import { fundsMayDiffer, stateValue } from "./state-value.js";
import { balancedTwin, counterparts, subjectOfWholeProject } from "./counterpart.js";
import { DRAFTING, RATIO } from "../question-cues.js";
import { addChangeDraft } from "./change-draft.js";
import { derivedRateLine } from "./derived-rate.js";
import { onlyChildOfSameAmount } from "./subject-children.js";
import { basisWord, metricLabel, scopeLabel, sourceLabel } from "./labels.js";
import { ownWant } from "../select-facts.js";

/** Changes on last year and trends over years, each figure cited and each change computed. */

/** The scope of the same unit a year earlier: asked beside it, else its document of the same kind. */
export function earlierScope(k: Knowledge, scope: Scope, scopes: Scope[]): Scope | undefined {
  const asked = scopes.find((s) => s.unit === scope.unit && s.year === scope.year - 1 && !s.previousYear);
  if (asked) return asked;
  const doc = k.docs(scope.unit, { year: scope.year - 1, kind: scope.doc.kind })[0];
  return doc && { unit: scope.unit, year: doc.year, doc, previousYear: false, assumedYear: false };
}

/**
 * Last year's figure: stated in this document (上年决算, "2025年预算执行数"), else last year's document.
 * Last year's budget named as the base ("比<上年>预算少多少") is read from that year's budget.
 */
function previousOf(
  k: Knowledge,
  scope: Scope,
  scopes: Scope[],
  ref: MetricRef,
  question: string,
  budgetsCompared = false,
): Fact | undefined {
  const earlier = earlierScope(k, scope, scopes);
  const fromEarlier = () => earlier && lookup(k, earlier, ref, ownWant(earlier.doc.kind))[0];
  // "<年>预算多少？→ <次年>呢？→ 降了多少": the two budgets asked are compared, not the stated 执行数.
  // "<某项>预算<年乙>比<年甲>": the year compared with is named beside the budget word.
  const earlierBudgetAsked =
    budgetsCompared && !!earlier && (scopes.includes(earlier) || yearComparedWith(question, earlier.year));
  // "比<上年>执行数…", "与<上年>实际执行相比": last year's budget is not its execution; only a stated
  // 执行数 answers (even when both years' budgets are read).
  const executionAsked = EXECUTION_NAMED.test(question) && earlier?.doc.kind === "预算";
  const stated = lookup(k, scope, ref, "prev_actual")[0];
  if (executionAsked && stated) return stated;
  if (earlier?.doc.kind === "预算" && (budgetOfYearNamed(question, earlier.year) || earlierBudgetAsked)) {
    const budget = fromEarlier();
    if (budget) return budget;
  }
  if (stated || executionAsked) return stated;
  // "<年>预算呢？和<上年>的预算比": last year's budget as this budget states it, not last year's final
  // accounts the conversation read before.
  const lastBudgetNamed = earlier?.doc.kind !== "预算" && budgetOfYearNamed(question, scope.year - 1);
  const statedBudget = lastBudgetNamed ? lookup(k, scope, ref, "prev_budget")[0] : undefined;
  if (statedBudget) return statedBudget;
  // A budget states last year's budget beside this year's ("比上年预算53.39万元…"): the base its
  // stated change is on, when last year's document is not indexed.
  return fromEarlier() ?? lookup(k, scope, ref, "prev_budget")[0];
}

/** "…比<年>", "与<年>相比": the year a figure is compared with, named. */
function yearComparedWith(question: string, year: number): boolean {
  return new RegExp(
    `(?:比|较|和|与|跟|同)(?:${year}|(?<!\\d)${year % 100})年(?!度?的?(?:执行|决算|实际))`,
  ).test(question);
}

/** Last year's execution named ("执行数", "实际执行"), not its budget. */
const EXECUTION_NAMED = /执行数|执行额|实际执行/;

/** The question names that year's budget itself ("<年>预算", "<两位数年份>年的年初预算"), not its execution. */
function budgetOfYearNamed(question: string, year: number): boolean {
  const named = new RegExp(`(?:${year}|(?<!\\d)${year % 100}年)年?度?的?(?:年初)?预算(?!执行|完成)`);
  return named.test(question);
}

/** "文件所列<某项>与上年相比增加…（原因：…），是与<上年>预算相比": the budget's own change, on its base. */
function statedOnOwnBase(b: DraftBuilder, scope: Scope, label: string, stated: Fact[]): Segment[] {
  const note: Segment[] = [`${scopeLabel(scope)}文件所列${label}与上年相比`];
  stated.forEach((f, i) => note.push(i ? "，" : "", b.change(f, `${label}${f.column}`)));
  const reason = stated.find((f) => f.reason)?.reason;
  note.push(
    `，是与${scope.year - 1}年${scope.doc.kind}相比${reason ? `（文件说明的原因：${reason}）` : ""}，不是与上面所比的${scope.year - 1}年数相比。`,
  );
  return note;
}

/** "预算执行数" for last year's actual stated in a budget document, else the fact's basis. */
function previousBasis(previous: Fact, scope: Scope): string {
  if (previous.period && scope.doc.kind === "预算") return isBudgetCell(previous) ? "预算" : "预算执行数";
  return previous.basis && previous.basis !== "决算" ? basisWord(previous) : "决算";
}

/** A figure asked before its change, in a clause of its own ("…多少，比上年…"). */
const VALUE_ASKED_FIRST = /(?:多少|几何)[？?]?[，,；;]\s*(?:那|和|跟)?(?:比|较|与|同比|相比|对比)/;

export function yoyOp(k: Knowledge, plan: QueryPlan, asked: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  // A year read from next year's document ("<年>的执行数和变化"): that document's own change
  // on it, labelled with the document's year, not the year asked.
  const scopes = ownYears(asked);
  // Two years of one unit asked together ("2023年和2024年比"): the later is compared with the earlier.
  const later = scopes.filter(
    (s) => !scopes.some((t) => t.unit === s.unit && t.year === s.year + 1 && !t.previousYear),
  );
  let explained = false;
  for (const scope of later) {
    const ref = plan.metrics[0];
    const label = metricLabel(ref, k);
    const currents = lookup(k, scope, ref, ownWant(scope.doc.kind));
    const statedAmount = lookup(k, scope, ref, "yoy_amount")[0];
    const statedRate = lookup(k, scope, ref, "yoy_rate")[0];
    const budgetsCompared = plan.basis === "预算" || plan.basis === "年初预算";
    const previous = previousOf(
      k,
      scope,
      later.length < scopes.length ? scopes : later,
      ref,
      plan.question,
      budgetsCompared,
    );
    const current = figureOfStatedChange(currents, previous, statedAmount, statedRate) ?? currents[0];
    const line: Segment[] = [];
    // This year's budget set against last year's final accounts (another document, another kind):
    // the budget's own stated change is on last year's budget, said as such in a note.
    const otherKind = !!previous && previous.docId !== scope.doc.docId && previous.kind !== scope.doc.kind;
    const printed = [statedAmount, statedRate].filter((f): f is Fact => !!f);
    if (otherKind && printed.length) b.d.notes.push(statedOnOwnBase(b, scope, label, printed));
    const stated = otherKind ? [] : printed;
    // A class whose one printed item has its amount (款 with a single 项): the item's change is its.
    // …also before last year's document when no basis is named: the item's stated change is the document's.
    const childFirst = !previous || (!plan.basis && previous.docId !== scope.doc.docId);
    if (!stated.length && childFirst && current && viaOnlyChild(k, b, plan, scope, ref, current)) continue;
    if (stated.length) {
      line.push(
        `${scopeLabel(scope)}${label}`,
        current ? "为 " : "",
        ...(current ? [b.fact(current, label), "，"] : []),
        "与上年相比",
      );
      stated.forEach((f, i) => line.push(i ? "，" : "", b.change(f, `${label}${f.column}`)));
      line.push("。");
      // Last year's figure listed elsewhere may not be the one the stated change implies: both said.
      const implied =
        current && statedAmount && difference(current.value, statedAmount.value, current.measure);
      // (At the precision the figures are printed: a table in 元 read in 万元 has more decimals.)
      const places = Math.max(decimalsOf(previous?.value ?? ""), decimalsOf(statedAmount?.value ?? ""));
      // (Last year's execution beside the budget the change is on: no disagreement, another base.)
      const changeBase =
        current && previous
          ? budgetOfStatedChange(k, scope, ref, current, previous, { amount: statedAmount, rate: statedRate })
          : undefined;
      if (changeBase) b.d.notes.push(statedOnLastBudget(b, changeBase, label));
      const disagrees =
        !changeBase &&
        !!previous &&
        !!implied &&
        !money(implied.value).toDecimalPlaces(places).eq(previous.value);
      const derived =
        current && statedAmount && (!previous || disagrees)
          ? derivedRateLine(b, currents, statedAmount, label, !!statedRate || disagrees)
          : undefined;
      if (derived && disagrees)
        b.d.bullets.push([
          ...derived.slice(0, -1),
          "，与下面另列的上年数不同（文件前后不一致，请以原文核对）。",
        ]);
      else if (derived) b.d.bullets.push(derived);
    }
    // Its own change unstated: the change stated for a figure of the same amount, named as such.
    const kin = !stated.length && current ? kinChange(k, b, scope, ref, current, label) : undefined;
    if (kin && !previous) {
      line.push(...kin.line);
      const amount = kin.stated.find((f) => f.measure !== "%");
      const rate = kin.stated.find((f) => f.measure === "%");
      const derived = amount ? derivedRateLine(b, currents, amount, label, !!rate) : undefined;
      if (derived) b.d.bullets.push(derived);
    }
    const reason = [...stated, ...(kin?.stated ?? []), ...(previous?.period ? [previous] : [])].find(
      (f) => f.reason,
    )?.reason;
    if (reason) b.d.bullets.push([`文件说明的原因：${reason}。`]);
    // (A fund's income changed as its spending did: the reason stated for the spending.)
    const twin = !reason && statedAmount ? fundTwinReason(k, scope, ref, statedAmount) : undefined;
    if (twin) b.d.bullets.push([`文件说明的原因（${twin.of}的同额变化）：${twin.reason}。`]);
    explained ||= !!reason || !!twin;
    const totalChange =
      statedAmount?.value ??
      (current && previous ? difference(current.value, previous.value, "万元").value : undefined);
    const moved = !reason && !!totalChange && addPartReason(k, b, scope, ref, totalChange);
    explained ||= moved;
    if (current && previous) {
      const diff = difference(current.value, previous.value, current.measure);
      const rate = growth(current.value, previous.value);
      const previousWord = previousBasis(previous, scope);
      // A count (车辆, 人) is a stock at a date, neither budgeted nor spent: said as of its year (a
      // score, in 分, is no stock).
      const counted = !/元$|%|^分$/.test(current.measure);
      const previousYear = `${counted ? "截至" : ""}${previous.period ?? previous.year}年${counted ? "" : previousWord}`;
      const currentYear = counted
        ? `截至${current.period ?? scope.year}年`
        : `${scope.year}年${basisWord(current)}`;
      const computed: Segment[] = [
        line.length ? "" : `${scopeLabel(scope)}${label}：`,
        `${previousYear} `,
        b.fact(previous, `${label}${previousYear}`),
        `（${sourceLabel(previous)}），${currentYear} `,
        b.fact(current, label),
        "，变化 ",
        b.change({ ...diff, facts: [current, previous] }, `${label}比上年增减（计算）`),
      ];
      // No change has no rate to say beside it ("持平" once).
      if (rate && !money(diff.value).isZero())
        computed.push(
          "，",
          b.change({ ...rate, facts: [current, previous] }, `${label}比上年增长率（计算）`),
        );
      // More than doubled, or a multiple asked ("是上年的几倍"): how many times last year's it is.
      const multiple = times(current.value, previous.value);
      if (multiple && (money(multiple.value).gte(2) || RATIO.test(plan.question)))
        computed.push("，是上年的 ", b.computed(multiple, `${label}是上年的倍数`, [current, previous]));
      computed.push("。");
      // Last year's budget named as the base is no figure the stated change (on its execution) is of.
      const otherBase =
        otherKind ||
        budgetOfYearNamed(plan.question, scope.year - 1) ||
        (budgetsCompared && previous.docId !== scope.doc.docId && !previous.period);
      const onBudget = !!budgetOfStatedChange(k, scope, ref, current, previous, {
        amount: statedAmount,
        rate: statedRate,
      });
      const disagreement =
        !otherBase && !onBudget && statedRateDisagrees(k, b, current, previous, statedRate, label);
      if (otherBase && !otherKind && statedRate && previous.docId !== scope.doc.docId)
        b.d.notes.push([
          /执行数/.test(statedRate.source.excerpt)
            ? `文件所列的增减率是与${scope.year - 1}年预算执行数相比，不是与${scope.year - 1}年预算相比。`
            : `文件所列的增减率与这里所比的${scope.year - 1}年数口径不同。`,
        ]);
      if (disagreement) b.d.notes.push(disagreement);
      if (line.length) b.d.bullets.push(computed);
      else line.push(...computed);
      // Beside the change computed from two documents, the change the document itself states.
      if (kin) b.d.bullets.push(kin.line);
      addEarlierBudget(k, b, earlierScope(k, scope, scopes), ref, current, previous, label);
    }
    if (!line.length) line.push(...(answerStatedUnchanged(b, k, scope, ref, ownWant(scope.doc.kind)) ?? []));
    if (!line.length) {
      b.d.notes.push([`${scopeLabel(scope)}文件中没有“${label}”与上年比较的数字。`]);
      // The closest figure disclosed, named beside the refusal (yoyOrCounterpart may give it).
      if (current) b.d.notes.push([`文件列出的${scope.year}年数为 `, b.fact(current, label), "。"]);
      continue;
    }
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    if (DRAFTING.test(plan.question) && scopes.length === 1) addChangeDraft(k, b, scope, ref, line, reason);
    // The narrative restating this year's figure, rounded or otherwise ("17,000万元" for 16,999.52): both are said.
    const restated = currents.filter((f) => f !== current && (!f.table || !current?.table));
    if (current && restated.length) {
      const facts = [current, ...restated];
      b.d.notes.push(...stateValue(b, facts, label, false, fundsMayDiffer(k, scope, facts)).notes);
    }
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  // "为什么少了": the figures are given, and that the document states no reason for the change.
  // A reason may come with a stated "持平" (answerStatedUnchanged) too.
  else if (!explained && !givesReason(b) && WHY_QUESTION.test(plan.question))
    b.d.notes.push([`文件没有说明${metricLabel(plan.metrics[0], k)}这一变化的原因。`]);
  return b;
}

/**
 * The figure of the sentence stating the change ("<某项><X>万元，比<上年>执行数增长<Y>%"),
 * when a table prints the row otherwise (another scope, or a misprint) and the sentence's own
 * arithmetic holds: its figure against last year's gives the stated rate (to its decimals) or
 * amount. Undefined when it does not, and the table's figure stays.
 */
function figureOfStatedChange(
  currents: Fact[],
  previous: Fact | undefined,
  statedAmount: Fact | undefined,
  statedRate: Fact | undefined,
): Fact | undefined {
  const stating = statedAmount ?? statedRate;
  const own = stating && currents.find((f) => !f.table && f.source.excerpt === stating.source.excerpt);
  if (!own || !previous || own === currents[0]) return undefined;
  // The table's figure rounded as the sentence prints it ("1660.32" for 1660.3248): the same figure.
  if (isRoundingOf(currents[0].value, own.value)) return undefined;
  const rate = growth(own.value, previous.value);
  // Both signed: the parser gives a stated decrease a minus sign.
  const rateHolds = !!statedRate && !!rate && isRoundingOf(rate.value, statedRate.value);
  const amountHolds =
    !!statedAmount && money(difference(own.value, previous.value, own.measure).value).eq(statedAmount.value);
  return rateHolds || amountHolds ? own : undefined;
}

/** The change of a subject's only printed item of the same amount, said as the item's with a note. */
function viaOnlyChild(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
): boolean {
  const want = ownWant(scope.doc.kind);
  const child = onlyChildOfSameAmount(
    k,
    ref,
    scope.unit,
    (item) => lookup(k, scope, item, want)[0]?.value,
    current.value,
  );
  if (!child) return false;
  const changed = yoyOp(k, { ...plan, metrics: [child] }, [scope]).build();
  if (changed.status !== "answered" || !changed.headline.length) return false;
  const headline = b.adopt(changed.headline, changed);
  if (b.d.headline.length) b.d.bullets.push(headline);
  else b.d.headline = headline;
  for (const line of changed.bullets) b.d.bullets.push(b.adopt(line, changed));
  for (const note of changed.notes) b.d.notes.push(b.adopt(note, changed));
  b.d.notes.push([
    `文件未单列“${metricLabel(ref, k)}”与上年的比较；其下只列“${metricLabel(child, k)}”一项，金额相同（`,
    b.fact(current, metricLabel(ref, k)),
    "），按它比较。",
  ]);
  return true;
}

/** "支出合计为 X；文件未单列其与上年的比较，本年数相同的“收支总计”与上年相比 …". */
function kinChange(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
  label: string,
): { line: Segment[]; stated: Fact[] } | undefined {
  const kins = sameAmountChanges(k, scope, ref, current, ownWant(scope.doc.kind));
  const kin = kins.find((c) => !c.otherSide);
  if (!kin) return undefined;
  const others = kins.filter((c) => c.otherSide);
  const kinLabel = metricLabel(kin.ref, k);
  const line: Segment[] = [
    `${scopeLabel(scope)}${label}为 `,
    b.fact(current, label),
    `。文件未单列${label}与上年的比较；本年数相同的“${kinLabel}”（`,
    b.fact(kin.current, kinLabel),
    "）与上年相比",
  ];
  kin.stated.forEach((f, i) => line.push(i ? "，" : "", b.change(f, `${kinLabel}${f.column}`)));
  line.push("。");
  // Another kin of the same amount stating another change (on last year's actual, not budget).
  const amount = (c: KinChange) => c.stated.find((f) => f.measure !== "%")?.value;
  for (const other of others.filter((o) => amount(o) && amount(o) !== amount(kin))) {
    const otherLabel = metricLabel(other.ref, k);
    const said: Segment[] = [
      `本年数相同的“${otherLabel}”（`,
      b.fact(other.current, otherLabel),
      "）与上年相比",
    ];
    other.stated.forEach((f, i) => said.push(i ? "，" : "", b.change(f, `${otherLabel}${f.column}`)));
    // The last year that change implies, worked out as the first one's is.
    const change = other.stated.find((f) => f.measure === other.current.measure);
    const implied = change && difference(other.current.value, change.value, other.current.measure);
    if (implied && change)
      said.push(
        "，按此推算上年为 ",
        b.computed(implied, `${otherLabel}上年数（推算）`, [other.current, change]),
      );
    b.d.notes.push([...said, "，文件对两者所比的上年数说法不同，见原文。"]);
  }
  return { line, stated: kin.stated };
}

export function trendOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  const ref = plan.metrics[0];
  const label = metricLabel(ref, k);
  const chartPoints: { label: string; value: string }[] = [];
  let fromAttachment: Fact | undefined;
  const units = [...new Set(scopes.map((s) => s.unit))];
  for (const unit of units) {
    const own = scopes.filter((s) => s.unit === unit);
    const { series, attached } = seriesOf(k, own, ref);
    // Budgets year by year ("这几年怎么变的" of budget documents), then what each year spent.
    const budgets = budgetSeries(k, own, ref);
    // No last-year figure printed: the change the document states is the two years' change.
    if (scopes.length === 1 && series.length < 2) return yoyOp(k, plan, scopes);
    if (!series.length && budgets.length < 2) continue;
    fromAttachment ??= attached;
    const lines = budgets.length < 2 ? [series] : series.length ? [budgets, series] : [budgets];
    lines.forEach((points, i) => {
      const word = lines.length > 1 ? (i ? "预算执行数" : "预算") : "";
      const line = seriesLine(b, `${unit}${label}${word}：`, label, points);
      if (!b.d.headline.length) b.d.headline = line;
      else b.d.bullets.push(line);
    });
    if (series.length && budgets.length < 2) addBudgetAfterActuals(b, k, own, ref, label, series);
    if (units.length === 1)
      for (const [year, f] of lines[0]) chartPoints.push({ label: `${year}年`, value: f.value });
    if (units.length === 1) statedChangeReason(b, k, own, ref, label);
  }
  if (!b.d.headline.length) return yoyOp(k, plan, scopes);
  if (chartPoints.length >= 2)
    b.d.chart = { type: "line", title: `${scopes[0].unit}${label}`, measure: "万元", points: chartPoints };
  // A year stood for by the next year's document is noted where its scope is resolved.
  if (fromAttachment && !scopes.some((s) => s.previousYear)) {
    const where = fromAttachment.table ? `《${sourceLabel(fromAttachment)}》` : "情况说明";
    b.d.notes.push([`上年数字取自${where}所列的上年数。`]);
  }
  return b;
}

/**
 * "<年甲>决算、<年乙>决算、<年丙>预算": a later year published only as a budget, after the years
 * spent: its budget, set against the last year's actual and labelled so (not a change of one basis).
 */
function addBudgetAfterActuals(
  b: DraftBuilder,
  k: Knowledge,
  scopes: Scope[],
  ref: MetricRef,
  label: string,
  series: [number, Fact][],
): void {
  const [lastYear, lastActual] = series[series.length - 1];
  const later = scopes.filter((s) => s.doc.kind === "预算" && !s.previousYear && s.year > lastYear);
  for (const scope of later.sort((x, y) => x.year - y.year)) {
    const budget = lookup(k, scope, ref, "budget")[0];
    if (!budget || budget.measure !== lastActual.measure) continue;
    const line: Segment[] = [`${scope.year}年预算 `, b.fact(budget, `${scope.year}年${label}预算`)];
    line.push(
      `，比${lastYear}年决算 `,
      b.change(
        { ...difference(budget.value, lastActual.value, budget.measure), facts: [budget, lastActual] },
        `${label}${scope.year}年预算比${lastYear}年决算增减`,
      ),
    );
    const rate = growth(budget.value, lastActual.value);
    if (rate)
      line.push("，", b.change({ ...rate, facts: [budget, lastActual] }, `${label}增减率（预算比决算）`));
    b.d.bullets.push([...line, "（预算数与决算数口径不同，仅供参考）。"]);
  }
}

/** The latest year's change as its document states it, when it gives a reason ("…减少0.86万元…原因是…"). */
function statedChangeReason(
  b: DraftBuilder,
  k: Knowledge,
  scopes: Scope[],
  ref: MetricRef,
  label: string,
): void {
  const latest = scopes.filter((s) => !s.previousYear).sort((a, c) => c.year - a.year)[0];
  if (!latest) return;
  const own = statedChange(k, latest, ref);
  // Its own change unstated: the change stated for a figure of the same amount ("支出合计" as the
  // 财政拨款支出 its budget is all of), named as such.
  const want = ownWant(latest.doc.kind);
  const current = own.length ? undefined : lookup(k, latest, ref, want)[0];
  const kin = current
    ? sameAmountChanges(k, latest, ref, current, want).find((c) => !c.otherSide)
    : undefined;
  const stated = own.length ? own : (kin?.stated ?? []);
  const reason = stated.find((f) => f.reason)?.reason;
  if (!reason) return;
  const named = kin ? `与之同额的“${metricLabel(kin.ref, k)}”` : label;
  const line: Segment[] = [`文件写明${latest.year}年${named}与上年相比`];
  stated.forEach((f, i) => line.push(i ? "，" : "", b.change(f, `${named}${f.column}`)));
  b.d.bullets.push([...line, `，原因是：${reason}。`]);
}

/**
 * One unit's figure by year over its scopes: each document's own year, and the year before as it
 * prints it (a scope standing for last year reads that column only); one figure per year.
 */
/** "2023年 X；2024年 Y，变化 …": a series of one figure, with its change from first to last. */
function seriesLine(b: DraftBuilder, head: string, label: string, series: [number, Fact][]): Segment[] {
  const line: Segment[] = [head];
  series.forEach(([year, f], i) => {
    if (i) line.push("；");
    line.push(`${year}年 `, b.fact(f, `${year}年${label}`));
  });
  if (series.length >= 2) {
    const [first, last] = [series[0][1], series[series.length - 1][1]];
    const rate = growth(last.value, first.value);
    line.push(
      "，变化 ",
      b.change(
        { ...difference(last.value, first.value, last.measure), facts: [first, last] },
        `${label}变化`,
      ),
    );
    if (rate) line.push("，", b.change({ ...rate, facts: [first, last] }, `${label}变化率`));
  }
  line.push("。");
  return line;
}

/** Each budget document's own budget of the figure, by year ([] unless every scope is a budget). */
function budgetSeries(k: Knowledge, scopes: Scope[], ref: MetricRef): [number, Fact][] {
  if (!scopes.every((s) => s.doc.kind === "预算" && !s.previousYear)) return [];
  return scopes.flatMap((s): [number, Fact][] => {
    const budget = lookup(k, s, ref, "budget")[0];
    return budget ? [[s.year, budget]] : [];
  });
}

function seriesOf(
  k: Knowledge,
  scopes: Scope[],
  ref: MetricRef,
): { series: [number, Fact][]; attached?: Fact } {
  const byYear = new Map<number, Fact>();
  let attached: Fact | undefined;
  for (const scope of scopes) {
    const current = scope.previousYear ? undefined : lookup(k, scope, ref, "actual")[0];
    if (current) byYear.set(scope.year, current);
    const previous = lookup(k, scope, ref, "prev_actual")[0];
    const year = scope.previousYear ? scope.year : (previous?.period ?? scope.year - 1);
    if (previous && !byYear.has(year)) {
      byYear.set(year, previous);
      attached ??= previous;
    }
  }
  return { series: [...byYear].sort(([a], [b]) => a - b), attached };
}

/**
 * The change on last year of the same figure stated under another name, with a note saying so:
 * the same expense in the other classification (an economic row whose functional row the narrative
 * explains), the subject a project is the whole of, or a budget's balancing total (收入合计 for
 * 支出合计 when this year's two are equal). Undefined when none is stated.
 */
export function counterpartChange(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  asked: MetricRef,
): DraftBuilder | undefined {
  for (const ref of counterparts(k, asked, scope.unit)) {
    const alt = yoyOp(k, { ...plan, metrics: [ref] }, [scope]);
    if (!alt.d.headline.length) continue;
    alt.d.notes.push([
      `“${metricLabel(asked, k)}”没有与上年比较的数字，按同一支出的另一分类科目“${metricLabel(ref, k)}”说明。`,
    ]);
    return alt;
  }
  const subject = subjectOfWholeProject(k, scope, asked);
  const twin = subject ? undefined : balancedTwin(k, scope, asked);
  const ref = subject ?? twin;
  const alt = ref && yoyOp(k, { ...plan, metrics: [ref] }, [scope]);
  if (!ref || !alt?.d.headline.length) return undefined;
  alt.d.notes.push([
    subject
      ? `项目“${metricLabel(asked, k)}”没有与上年比较的数字；它与科目“${metricLabel(ref, k)}”金额相同，按该科目说明。`
      : `“${metricLabel(asked, k)}”没有与上年比较的数字；预算收支平衡，本年两者金额相同，按“${metricLabel(ref, k)}”与上年的比较说明。`,
  ]);
  return alt;
}

/** A change on last year, or, when the asked rows state none, their counterparts' (counterpartChange). */
export function yoyOrCounterpart(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = yoyOp(k, plan, scopes);
  // One document asked of (its year, and last year as it states it): its counterparts may state the change.
  // (Last year alone asked, "那去年呢？增加了多少", is that document's change too.)
  const own = ownYears(scopes);
  const oneDocument = own.length === 1 && scopes.every((scope) => scope.doc.docId === own[0].doc.docId);
  if (b.d.headline.length || !oneDocument) return b;
  for (const asked of plan.metrics) {
    const alt = counterpartChange(k, plan, own[0], asked);
    if (alt) return alt;
  }
  return VALUE_ASKED_FIRST.test(plan.question) ? withFigureAsked(k, plan, own[0], b) : b;
}

/** "<某项>多少，比上年怎么变化" with no change stated: the figure asked first is still the answer. */
function withFigureAsked(k: Knowledge, plan: QueryPlan, scope: Scope, b: DraftBuilder): DraftBuilder {
  if (plan.metrics.length !== 1) return b;
  const [ref] = plan.metrics;
  const current = lookup(k, scope, ref, ownWant(scope.doc.kind))[0];
  if (!current) return b;
  const label = metricLabel(ref, k);
  b.d.status = "answered";
  b.d.headline = [`${scopeLabel(scope)}${label}为 `, b.fact(current, label), "。"];
  b.d.notes = b.d.notes.filter((note) => !note.some((segment) => typeof segment !== "string"));
  return b;
}

/** A line of the answer already quotes the document's reason. */
function givesReason(b: DraftBuilder): boolean {
  return b.d.bullets.some((line) =>
    line.some((seg) => typeof seg === "string" && seg.includes("文件说明的原因")),
  );
}

/** Scopes standing for the year before their document's, as the document's own year (one per document). */
function ownYears(scopes: Scope[]): Scope[] {
  const own = scopes.map((s) => (s.previousYear ? { ...s, year: s.doc.year, previousYear: false } : s));
  return own.filter((s, i) => own.findIndex((t) => t.doc.docId === s.doc.docId && t.year === s.year) === i);
}

/** "文件所列的增减是与<上年>预算 X 相比": the base of a budget's stated change, beside last year's spending. */
function statedOnLastBudget(b: DraftBuilder, budget: Fact, label: string): Segment[] {
  return [
    `文件所列的增减是与${budget.period ?? budget.year - 1}年预算 `,
    b.fact(budget, `${label}上年预算`),
    " 相比，不是与上年的执行数相比。",
  ];
}
