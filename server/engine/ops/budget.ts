import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth, ratio, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { distinctValues } from "../select-facts.js";
import { counterparts } from "./counterpart.js";
import { partReason } from "./part-reason.js";
import { sameAmountChange } from "./same-amount-change.js";
import { answerStatedReason, answerStatedUnchanged } from "./stated-reason.js";
import { lookup, stateValue } from "./amounts.js";
import { YOY } from "../question-cues.js";
import { basisWord, metricLabel, scopeLabel, sourceLabel, sourcePlace } from "./labels.js";

interface Comparison {
  ref: MetricRef;
  budget: Fact;
  actual: Fact;
  /** The completion rate the same source states, if any. */
  stated?: Fact;
  /** Other sources' figures for the same metric that differ. */
  others: Fact[];
  reason?: string;
}

/** Facts printed together (one sentence, one table row) are one source. */
function sourceKey(f: Fact): string {
  return f.table ? `${f.docId}|${f.table}|${f.source.lines[0]}` : `${f.docId}|${f.source.lines[0]}`;
}

/**
 * Budget against actual for one metric, taken from one source where possible: the narrative
 * states 年初预算, 决算 and the rate in one sentence; tables pair 全年预算 with 决算. Figures of
 * other sources that differ are kept for a note, never dropped.
 */
function compare(k: Knowledge, plan: QueryPlan, scope: Scope, ref: MetricRef): Comparison | undefined {
  const want = plan.basis === "全年预算" ? "full" : plan.basis === "年初预算" ? "initial" : "budget";
  const actuals = lookup(k, scope, ref, "actual");
  const budgets = lookup(k, scope, ref, want);
  if (!actuals.length || !budgets.length) return undefined;
  const rates = lookup(k, scope, ref, "rate");
  const pairs = budgets
    .map((budget) => ({ budget, actual: actuals.find((a) => sourceKey(a) === sourceKey(budget)) }))
    .filter((p): p is { budget: Fact; actual: Fact } => !!p.actual);
  // Staff explain against the start-of-year budget the narrative states, unless 全年 was asked.
  const rank = (p: { budget: Fact }) =>
    plan.basis === "全年预算" ? (p.budget.basis === "全年预算" ? 0 : 1) : !p.budget.table ? 0 : 1;
  const pair = pairs.sort((a, b) => rank(a) - rank(b))[0] ?? {
    budget: budgets.find((f) => !f.table && f.basis !== "全年预算") ?? budgets[0],
    actual: actuals[0],
  };
  const stated = rates.find((r) => sourceKey(r) === sourceKey(pair.budget));
  // Another budget basis is worth stating even when its number equals the actual (全年预算 47.13 = 决算 47.13).
  const otherBudgets = distinctValues(
    budgets.filter(
      (f) =>
        f !== pair.budget && (f.basis !== pair.budget.basis || Number(f.value) !== Number(pair.budget.value)),
    ),
  );
  const otherActuals = distinctValues(
    actuals.filter((f) => f !== pair.actual && Number(f.value) !== Number(pair.actual.value)),
  );
  const others = [...otherBudgets, ...otherActuals];
  const reason = [pair.actual, pair.budget, ...actuals].find((f) => f.reason)?.reason;
  return { ref, ...pair, stated, others, reason };
}

export function compareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[], drafting: boolean): DraftBuilder {
  const b = new DraftBuilder();
  for (const scope of scopes) {
    // One name may stand for several codes (行政运行): the first that compares is meant.
    const c =
      plan.metrics.map((ref) => compare(k, plan, scope, ref)).find(Boolean) ??
      viaCounterpart(k, b, plan, scope);
    const label = metricLabel(c?.ref ?? plan.metrics[0], k);
    if (!c) {
      // A reason stated for the asked row, or for the same expense in the other classification.
      const kin = plan.metrics.flatMap((ref) => counterparts(k, ref, scope.unit));
      // A budget has no actual to compare: its change on last year is what is explained.
      if (
        drafting &&
        scope.doc.kind === "预算" &&
        changeOnLastYear(k, b, plan, scope, [...plan.metrics, ...kin])
      )
        continue;
      if (drafting && answerStatedReason(b, k, scope, [...plan.metrics, ...kin])) continue;
      b.d.notes.push([`${scopeLabel(scope)}文件中未同时列出“${label}”的预算数和决算数。`]);
      continue;
    }
    const rate = ratio(c.actual.value, c.budget.value);
    const over = money(c.actual.value).gt(c.budget.value);
    // The gap is shown as a positive amount with its direction in words.
    const diff = over
      ? difference(c.actual.value, c.budget.value, c.actual.measure)
      : difference(c.budget.value, c.actual.value, c.actual.measure);
    const budgetWord = basisWord(c.budget);
    const head: Segment[] = [
      `${scopeLabel(scope)}${label}${budgetWord} `,
      b.fact(c.budget, `${label}${budgetWord}`),
      "，支出决算 ",
      b.fact(c.actual, `${label}决算`),
    ];
    const rateSeg = c.stated
      ? b.fact(c.stated, `${label}预算完成率（文件所列）`)
      : rate
        ? b.computed(rate, `${label}预算完成率`, [c.actual, c.budget])
        : undefined;
    if (rateSeg) head.push(`，完成${budgetWord}的 `, rateSeg);
    head.push(money(diff.value).isZero() ? "，决算与预算持平。" : `，决算${over ? "超出" : "少于"}预算 `);
    if (!money(diff.value).isZero())
      head.push(b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]), "。");
    if (!b.d.headline.length) b.d.headline = head;
    else b.d.bullets.push(head);
    if (c.stated && rate && !money(c.stated.value).eq(rate.value)) {
      b.d.notes.push([
        "按决算数 ÷ 预算数计算为 ",
        b.computed(rate, `${label}预算完成率（计算）`, [c.actual, c.budget]),
        "，与文件所列完成率不同。",
      ]);
    }
    const change = lookup(k, scope, c.ref, "vs_budget");
    if (change.length)
      b.d.bullets.push([
        "文件写明：决算比预算",
        ...change.flatMap((f, i) => [i ? "，" : "", b.change(f, `${label}${f.column}`)]),
        "。",
      ]);
    if (c.reason) b.d.bullets.push([`文件说明的原因：${c.reason}。`]);
    // The same name under other codes (行政运行 2010201 and 2010301): their table figures too.
    for (const twin of plan.metrics.filter(
      (m) => m !== c.ref && m.type === "subject" && c.ref.type === "subject" && m.name === c.ref.name,
    )) {
      const f = lookup(k, scope, twin, "actual").find((x) => x.table);
      if (f)
        b.d.notes.push([
          `表中同名科目${metricLabel(twin, k)}决算数为 `,
          b.fact(f, metricLabel(twin, k)),
          "。",
        ]);
    }
    for (const other of c.others) {
      b.d.notes.push([
        `${sourcePlace(other)}所列${basisWord(other)}数为 `,
        b.fact(other, `${label}${basisWord(other)}`),
        "，与上面引用的数字来源或口径不同。",
      ]);
    }
    if (drafting) b.d.draft = variancePara(b, scope, label, c, rateSeg, diff, over);
    if (drafting && YOY.test(plan.question)) addChangeOnLastYear(k, b, plan, scope);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
}

/**
 * The asked row has no budget beside its actual (an economic row of the tables): the same expense
 * in the other classification, whose row the narrative compares, with a note saying so.
 */
function viaCounterpart(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope) {
  for (const asked of plan.metrics)
    for (const ref of counterparts(k, asked, scope.unit)) {
      const c = compare(k, plan, scope, ref);
      if (!c) continue;
      b.d.notes.push([
        `“${metricLabel(asked, k)}”未列预算数，按同一支出的另一分类科目“${metricLabel(ref, k)}”比较。`,
      ]);
      return c;
    }
  return undefined;
}

/** The first of the rows whose change on last year the budget states, as the answer (with its reason). */
function changeOnLastYear(
  k: Knowledge,
  b: DraftBuilder,
  plan: QueryPlan,
  scope: Scope,
  refs: MetricRef[],
): boolean {
  for (const ref of refs) {
    const yoy = yoyOp(k, { ...plan, metrics: [ref], operation: "yoy" }, [scope]).build();
    if (yoy.status !== "answered" || !yoy.headline.length) continue;
    b.d.headline = b.adopt(yoy.headline, yoy);
    for (const line of yoy.bullets) b.d.bullets.push(b.adopt(line, yoy));
    for (const note of yoy.notes) b.d.notes.push(b.adopt(note, yoy));
    if (ref !== plan.metrics[0] && !plan.metrics.includes(ref))
      b.d.notes.push([`按同一支出的另一分类科目“${metricLabel(ref, k)}”说明。`]);
    return true;
  }
  return false;
}

/**
 * "…的说明，包括和上年比": the change on last year joins the draft — its line among the bullets
 * and its sentence (with the stated reason) at the end of the paragraph.
 */
function addChangeOnLastYear(k: Knowledge, b: DraftBuilder, plan: QueryPlan, scope: Scope): void {
  const yoy = yoyOp(k, plan, [scope]).build();
  if (!yoy.headline.length && !yoy.bullets.length) return;
  const lines = yoy.headline.length ? [yoy.headline, ...yoy.bullets] : yoy.bullets;
  for (const line of lines) b.d.bullets.push(b.adopt(line, yoy));
  const from = yoy.headline.findIndex((seg) => typeof seg === "string" && seg.includes("与上年相比"));
  if (!b.d.draft || from < 0) return;
  const reason = yoy.bullets
    .map((line) => (typeof line[0] === "string" ? STATED_REASON.exec(line[0])?.[1] : undefined))
    .find(Boolean);
  b.d.draft.push(...b.adopt(yoy.headline.slice(from), yoy));
  if (reason) b.d.draft.push(`主要原因是：${reason}。`);
}

const STATED_REASON = /^文件说明的原因：(.+?)。?$/;

/** The paragraph finance staff paste into a variance explanation, every figure cited. */
function variancePara(
  b: DraftBuilder,
  scope: Scope,
  label: string,
  c: Comparison,
  rate: Segment | undefined,
  diff: Computed,
  over: boolean,
): Segment[] {
  const word = basisWord(c.budget);
  const seg: Segment[] = [
    `${scopeLabel(scope)}，${label}${word}`,
    b.fact(c.budget, `${label}${word}`),
    "，支出决算",
    b.fact(c.actual, `${label}决算`),
  ];
  if (rate) seg.push(`，完成${word}的`, rate);
  if (!money(diff.value).isZero())
    seg.push(
      `，决算数${over ? "大于" : "小于"}${word}数`,
      b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]),
    );
  seg.push(c.reason ? `。主要原因是：${c.reason}。` : "。文件未说明差异原因。");
  return seg;
}

/** The scope of the same unit a year earlier: asked beside it, else its document of the same kind. */
export function earlierScope(k: Knowledge, scope: Scope, scopes: Scope[]): Scope | undefined {
  const asked = scopes.find((s) => s.unit === scope.unit && s.year === scope.year - 1 && !s.previousYear);
  if (asked) return asked;
  const doc = k.docs(scope.unit, { year: scope.year - 1, kind: scope.doc.kind })[0];
  return doc && { unit: scope.unit, year: doc.year, doc, previousYear: false, assumedYear: false };
}

/** Last year's figure: stated in this document (上年决算, "2025年预算执行数"), else last year's document. */
function previousOf(k: Knowledge, scope: Scope, scopes: Scope[], ref: MetricRef): Fact | undefined {
  const stated = lookup(k, scope, ref, "prev_actual")[0];
  if (stated) return stated;
  const earlier = earlierScope(k, scope, scopes);
  return earlier && lookup(k, earlier, ref, earlier.doc.kind === "预算" ? "budget" : "actual")[0];
}

/** "预算执行数" for last year's actual stated in a budget document, else the fact's basis. */
function previousBasis(previous: Fact, scope: Scope): string {
  if (previous.period && scope.doc.kind === "预算") return "预算执行数";
  return previous.basis && previous.basis !== "决算" ? basisWord(previous) : "决算";
}

export function yoyOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  // Two years of one unit asked together ("2023年和2024年比"): the later is compared with the earlier.
  const later = scopes.filter(
    (s) => !scopes.some((t) => t.unit === s.unit && t.year === s.year + 1 && !t.previousYear),
  );
  for (const scope of later) {
    const ref = plan.metrics[0];
    const label = metricLabel(ref, k);
    const currents = lookup(k, scope, ref, scope.doc.kind === "预算" ? "budget" : "actual");
    const current = currents[0];
    const statedAmount = lookup(k, scope, ref, "yoy_amount")[0];
    const statedRate = lookup(k, scope, ref, "yoy_rate")[0];
    const previous = previousOf(k, scope, later.length < scopes.length ? scopes : later, ref);
    const line: Segment[] = [];
    const stated = [statedAmount, statedRate].filter((f): f is Fact => !!f);
    if (stated.length) {
      line.push(
        `${scopeLabel(scope)}${label}`,
        current ? "为 " : "",
        ...(current ? [b.fact(current, label), "，"] : []),
        "与上年相比",
      );
      stated.forEach((f, i) => line.push(i ? "，" : "", b.change(f, `${label}${f.column}`)));
      line.push("。");
    }
    // Its own change unstated: the change stated for a figure of the same amount, named as such.
    const kin = !stated.length && current ? kinChange(k, b, scope, ref, current, label) : undefined;
    if (kin && !previous) line.push(...kin.line);
    const reason = [...stated, ...(kin?.stated ?? []), ...(previous?.period ? [previous] : [])].find(
      (f) => f.reason,
    )?.reason;
    if (reason) b.d.bullets.push([`文件说明的原因：${reason}。`]);
    const totalChange =
      statedAmount?.value ??
      (current && previous ? difference(current.value, previous.value, "万元").value : undefined);
    const moved = !reason && totalChange ? partReason(k, scope, ref, totalChange) : undefined;
    if (moved)
      b.d.bullets.push([
        `变化主要来自${moved.part}（`,
        b.change(moved.change, `${moved.part}${moved.change.column}`),
        `），文件说明的原因：${moved.change.reason}。`,
      ]);
    if (current && previous) {
      const diff = difference(current.value, previous.value, current.measure);
      const rate = growth(current.value, previous.value);
      const previousWord = previousBasis(previous, scope);
      const computed: Segment[] = [
        line.length ? "" : `${scopeLabel(scope)}${label}：`,
        `${previous.period ?? previous.year}年${previousWord} `,
        b.fact(previous, `${label}${previous.period ?? previous.year}年${previousWord}`),
        `（${sourceLabel(previous)}），${scope.year}年${basisWord(current)} `,
        b.fact(current, label),
        "，变化 ",
        b.change({ ...diff, facts: [current, previous] }, `${label}比上年增减（计算）`),
      ];
      if (rate)
        computed.push(
          "，",
          b.change({ ...rate, facts: [current, previous] }, `${label}比上年增长率（计算）`),
        );
      computed.push("。");
      if (line.length) b.d.bullets.push(computed);
      else line.push(...computed);
      // Beside the change computed from two documents, the change the document itself states.
      if (kin) b.d.bullets.push(kin.line);
    }
    if (!line.length)
      line.push(
        ...(answerStatedUnchanged(b, k, scope, ref, scope.doc.kind === "预算" ? "budget" : "actual") ?? []),
      );
    if (!line.length) {
      b.d.notes.push([`${scopeLabel(scope)}文件中没有“${label}”与上年比较的数字。`]);
      continue;
    }
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    // The narrative restating this year's figure, rounded or otherwise ("17,000万元" for 16,999.52): both are said.
    const restated = currents.filter((f) => f !== current && !f.table);
    if (current && restated.length) b.d.notes.push(...stateValue(b, [current, ...restated], label).notes);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
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
  const kin = sameAmountChange(k, scope, ref, current, scope.doc.kind === "预算" ? "budget" : "actual");
  if (!kin) return undefined;
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
  return { line, stated: kin.stated };
}

export function trendOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  const ref = plan.metrics[0];
  const label = metricLabel(ref, k);
  const points: { label: string; value: string }[] = [];
  for (const scope of scopes) {
    const previous = lookup(k, scope, ref, "prev_actual")[0];
    const current = lookup(k, scope, ref, "actual")[0];
    const series: [number, Fact][] = [];
    if (previous) series.push([previous.period ?? scope.year - 1, previous]);
    if (current) series.push([scope.year, current]);
    if (!series.length) continue;
    const line: Segment[] = [`${scope.unit}${label}：`];
    series.forEach(([year, f], i) => {
      if (i) line.push("；");
      line.push(`${year}年 `, b.fact(f, `${year}年${label}`));
      if (scopes.length === 1) points.push({ label: `${year}年`, value: f.value });
    });
    if (series.length === 2) {
      const rate = growth(series[1][1].value, series[0][1].value);
      line.push(
        "，变化 ",
        b.change(
          {
            ...difference(series[1][1].value, series[0][1].value, series[1][1].measure),
            facts: [series[0][1], series[1][1]],
          },
          `${label}变化`,
        ),
      );
      if (rate) line.push("，", b.change({ ...rate, facts: [series[0][1], series[1][1]] }, `${label}变化率`));
    }
    line.push("。");
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
  }
  if (!b.d.headline.length) return yoyOp(k, plan, scopes);
  if (points.length >= 2)
    b.d.chart = { type: "line", title: `${scopes[0].unit}${label}`, measure: "万元", points };
  b.d.notes.push(["上年数字取自决算附件《整体支出绩效评价基础数据表》中的上年决算数。"]);
  return b;
}
