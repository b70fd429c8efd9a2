import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth, ratio, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { distinctValues } from "../select-facts.js";
import { lookup } from "./amounts.js";
import { basisWord, metricLabel, scopeLabel, sourceLabel } from "./labels.js";

interface Comparison {
  budget: Fact;
  actual: Fact;
  otherBudgets: Fact[];
  reason?: string;
}

/**
 * Budget against actual for one metric. The narrative's budget (usually 年初预算) is preferred
 * for the comparison staff write about; a different table budget (全年预算) is reported beside it.
 */
function compare(k: Knowledge, plan: QueryPlan, scope: Scope): Comparison | undefined {
  const ref = plan.metrics[0];
  const actual = lookup(k, scope, ref, "actual")[0];
  const budgets = distinctValues(lookup(k, scope, ref, plan.basis === "全年预算" ? "full" : plan.basis === "年初预算" ? "initial" : "budget"));
  if (!actual || !budgets.length) return undefined;
  const preferred = budgets.find((f) => !f.table && f.basis !== "全年预算") ?? budgets[0];
  const reason = [...lookup(k, scope, ref, "actual"), preferred].find((f) => f.reason)?.reason;
  return { budget: preferred, actual, otherBudgets: budgets.filter((f) => f !== preferred), reason };
}

export function compareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[], drafting: boolean): DraftBuilder {
  const b = new DraftBuilder();
  for (const scope of scopes) {
    const c = compare(k, plan, scope);
    const label = metricLabel(plan.metrics[0], k);
    if (!c) {
      b.d.notes.push([`${scopeLabel(scope)}文件中未同时列出“${label}”的预算数和决算数。`]);
      continue;
    }
    const rate = ratio(c.actual.value, c.budget.value);
    const over = money(c.actual.value).gt(c.budget.value);
    // The gap is shown as a positive amount with its direction in words.
    const diff = over ? difference(c.actual.value, c.budget.value, c.actual.measure) : difference(c.budget.value, c.actual.value, c.actual.measure);
    const budgetWord = basisWord(c.budget);
    const bigger = over;
    const head: Segment[] = [
      `${scopeLabel(scope)}${label}${budgetWord} `,
      b.fact(c.budget, `${label}${budgetWord}`),
      "，支出决算 ",
      b.fact(c.actual, `${label}决算`),
    ];
    if (rate) head.push(`，完成${budgetWord}的 `, b.computed(rate, `${label}预算完成率`, [c.actual, c.budget]));
    head.push(money(diff.value).isZero() ? "，决算与预算持平。" : `，决算${bigger ? "超出" : "少于"}预算 `);
    if (!money(diff.value).isZero()) {
      head.push(b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]), "。");
    }
    if (!b.d.headline.length) b.d.headline = head;
    else b.d.bullets.push(head);
    const stated = lookup(k, scope, plan.metrics[0], "rate").find((f) => f.basis === undefined || true);
    if (stated && rate && !money(stated.value).eq(rate.value)) {
      b.d.notes.push(["文件中写明的完成率为 ", b.fact(stated, `${label}文件所列完成率`), "，与按决算数 ÷ 预算数计算的结果不同。"]);
    }
    if (c.reason) b.d.bullets.push([`文件说明的原因：${c.reason}。`]);
    for (const other of c.otherBudgets) {
      b.d.notes.push([`${sourceLabel(other)}所列${basisWord(other)}数为 `, b.fact(other, `${label}${basisWord(other)}`), `，与${sourceLabel(c.budget)}的${budgetWord}数口径不同。`]);
    }
    if (drafting) b.d.draft = variancePara(b, scope, label, c, rate ? b.computed(rate, `${label}预算完成率`, [c.actual, c.budget]) : undefined, diff, over);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
}

/** The paragraph finance staff paste into a variance explanation, every figure cited. */
function variancePara(b: DraftBuilder, scope: Scope, label: string, c: Comparison, rate: Segment | undefined, diff: Computed, over: boolean): Segment[] {
  const word = basisWord(c.budget);
  const seg: Segment[] = [
    `${scopeLabel(scope)}，${label}${word}`,
    b.fact(c.budget, `${label}${word}`),
    "，支出决算",
    b.fact(c.actual, `${label}决算`),
  ];
  if (rate) seg.push(`，完成${word}的`, rate);
  if (!money(diff.value).isZero()) seg.push(`，决算数${over ? "大于" : "小于"}${word}数`, b.computed(diff, `${label}决算与预算之差`, [c.actual, c.budget]));
  seg.push(c.reason ? `。主要原因是：${c.reason}。` : "。文件未说明差异原因。");
  return seg;
}

export function yoyOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  const b = new DraftBuilder();
  for (const scope of scopes) {
    const ref = plan.metrics[0];
    const label = metricLabel(ref, k);
    const current = lookup(k, scope, ref, scope.doc.kind === "预算" ? "budget" : "actual")[0];
    const statedAmount = lookup(k, scope, ref, "yoy_amount")[0];
    const statedRate = lookup(k, scope, ref, "yoy_rate")[0];
    const previous = lookup(k, scope, ref, "prev_actual")[0];
    const line: Segment[] = [];
    if (statedAmount) {
      line.push(`${scopeLabel(scope)}${label}`, current ? "为 " : "", ...(current ? [b.fact(current, label), "，"] : []), "与上年相比", b.change(statedAmount, `${label}比上年增减`));
      if (statedRate) line.push("，", b.change(statedRate, `${label}比上年增减率`));
      line.push("。");
      if (statedAmount.reason || statedRate?.reason) b.d.bullets.push([`文件说明的原因：${statedAmount.reason ?? statedRate?.reason}。`]);
    }
    if (current && previous) {
      const diff = difference(current.value, previous.value, current.measure);
      const rate = growth(current.value, previous.value);
      const computed: Segment[] = [
        `${previous.period ?? scope.year - 1}年决算 `,
        b.fact(previous, `${label}上年决算`),
        `（${sourceLabel(previous)}），${scope.year}年 `,
        b.fact(current, label),
        "，变化 ",
        b.change({ ...diff, facts: [current, previous] }, `${label}比上年增减（计算）`),
      ];
      if (rate) computed.push("，", b.change({ ...rate, facts: [current, previous] }, `${label}比上年增长率（计算）`));
      computed.push("。");
      if (line.length) b.d.bullets.push(computed);
      else line.push(...computed);
    }
    if (!line.length) {
      b.d.notes.push([`${scopeLabel(scope)}文件中没有“${label}”与上年比较的数字。`]);
      continue;
    }
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
  }
  if (!b.d.headline.length) b.d.status = "not_found";
  return b;
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
      line.push("，变化 ", b.change({ ...difference(series[1][1].value, series[0][1].value, series[1][1].measure), facts: [series[0][1], series[1][1]] }, `${label}变化`));
      if (rate) line.push("，", b.change({ ...rate, facts: [series[0][1], series[1][1]] }, `${label}变化率`));
    }
    line.push("。");
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
  }
  if (!b.d.headline.length) return yoyOp(k, plan, scopes);
  if (points.length >= 2) b.d.chart = { type: "line", title: `${scopes[0].unit}${label}`, measure: "万元", points };
  b.d.notes.push(["上年数字取自决算附件《整体支出绩效评价基础数据表》中的上年决算数。"]);
  return b;
}
