/**
 * Counts stated about a figure (团组, 人次, 辆, 人): held or to be bought, at a year's end, and where
 * two documents count otherwise.
 */

import { isCount } from "../counted-metrics.js";
import { addKinds } from "./state-value.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { COUNT_AMOUNT_COLUMN } from "../../../ingest/domain/select-figures.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { BUDGETS } from "../lexicon/follow-up-cues.js";
import { BUYING_ASKED, COUNT_OF_COST, TO_BUY_COLUMN } from "../lexicon/count-amounts.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup } from "./lookup.js";

/** Where a prose fact stands in its sentence (its id ends with the offset). */
const offsetOf = (f: Fact) => Number(/:(\d+)$/.exec(f.id)?.[1] ?? -1);

/**
 * "…11批次93人次，支出1.67万元": the amount the same sentence states right after a count is what
 * those visits cost; the metric's total may hold more (other kinds of visits).
 */
export function pairedAmount(k: Knowledge, count: Fact, otherCounts: Fact[] = []): Fact | undefined {
  const amount = k
    .factsOf(count.docId)
    .filter(
      (f) =>
        f.column === COUNT_AMOUNT_COLUMN &&
        f.metric === count.metric &&
        f.source.excerpt === count.source.excerpt &&
        offsetOf(f) > offsetOf(count),
    )
    .sort((a, b) => offsetOf(a) - offsetOf(b))[0];
  // (Another kind's counts between them: the amount is that kind's.)
  const between = (f: Fact) =>
    !!amount &&
    f.source.excerpt === count.source.excerpt &&
    offsetOf(f) > offsetOf(count) &&
    offsetOf(f) < offsetOf(amount);
  return otherCounts.some(between) ? undefined : amount;
}

const HOLDING_ASKED = /有(?:几|多少)|共有|保有|现有/;

/** Counts stated about a metric (团组, 人次, 辆): its facts whose measure is no amount. */
export function countFacts(k: Knowledge, scope: Scope, ref: MetricRef, basis?: QueryPlan["basis"]): Fact[] {
  // Last year read from this year's document: the counts it states about an amount (批次, 人次 of
  // 公务接待) are this year's activity, unless dated. A count figure of its own (车辆数) is not.
  const ofAmount = !isCount(ref);
  // Counts about an amount in final accounts are what was done: no answer to what was planned.
  const plannedAsked = !!basis && BUDGETS.has(basis);
  return lookup(k, scope, ref, "count").filter(
    (f) =>
      // (A score is no count: "多少个" asked of a project is not its 自评得分.)
      !/元|%|^分$/.test(f.measure) &&
      !(scope.previousYear && ofAmount && f.period !== scope.year) &&
      !(plannedAsked && ofAmount && f.kind === "决算"),
  );
}

/** "截至<年><月>月<日>日": a stock's date as the document states it. */
const STATED_DATE = /截[止至]\s*(20\d{2}年\d{1,2}月(?:\d{1,2}日|底))/;

/** A count next year's documents state as of this year's end, with the sentence that states it. */
export function countAtYearEnd(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): boolean {
  if (ref.type !== "metric") return false;
  const fact = k
    .docs(scope.unit, { year: scope.year + 1 })
    .flatMap((doc) => k.factsOf(doc.docId))
    .find((f) => f.metric === ref.key && f.period === scope.year && isCount(ref));
  if (!fact) return false;
  // "截至<年><月>月<日>日…": the date the document states, when it is not the year's end.
  const stated = STATED_DATE.exec(fact.source.excerpt)?.[1];
  const yearEnd = !stated || /12月(?:底|31日)$/.test(stated);
  const date = yearEnd ? `${scope.year}年底` : stated;
  b.line([`${scope.unit}截至${date}${label}为 `, b.fact(fact, `${label}（${date}）`), "。"]);
  // "车辆7辆（一般公务用车3辆，…）": the kinds the same statement gives.
  const kinds = k
    .factsOf(fact.docId)
    .filter(
      (f) =>
        f !== fact &&
        f.metric === ref.key &&
        f.period === fact.period &&
        f.source.lines[0] === fact.source.lines[0],
    );
  addKinds(b, [fact, ...kinds], label);
  const source = `${fact.year}年度${fact.kind}文件`;
  const asOf = yearEnd ? "" : `${source}所列为截至${date}的数字。`;
  // Said once for the several counts ("几辆车，房屋多大") one statement gives.
  const note = `${scope.year}年底的数字取自${source}。${asOf}`;
  if (!b.d.notes.some((said) => said.length === 1 && said[0] === note)) b.d.notes.push([note]);
  quoteStatingSentence(b, fact);
  return true;
}

/** "安排因公出国（境）团组N个，累计M人次": the counts stated about a metric. */
export function countsOf(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  question: string,
  basis?: QueryPlan["basis"],
): boolean {
  // "准备买几辆": the things to be bought; "有几辆": those held; "有几辆，还要买吗": both.
  const buying = BUYING_ASKED.test(question);
  const both = buying && HOLDING_ASKED.test(question);
  const facts = countFacts(k, scope, ref, basis).filter(
    (f) => both || TO_BUY_COLUMN.test(f.column) === buying,
  );
  if (!facts.length) return false;
  const distinct = distinctCounts(facts);
  const segs: Segment[] = [`${scopeLabel(scope)}${label}：`, ...countList(b, distinct, label), "。"];
  // The sentence stating the counts says what they counted ("团组1个，累计1人次，开支内容包括…"):
  // the one stating most of them (the breakdown, "其中…其他用车主要是…").
  const stating = (f: Fact) =>
    facts.filter((other) => f.source.excerpt.includes(other.source.excerpt)).length;
  quoteStatingSentence(
    b,
    facts.reduce((best, f) => (stating(f) > stating(best) ? f : best), facts[0]),
  );
  if (!b.d.headline.length) b.d.headline = segs;
  else b.d.bullets.push(segs);
  addOtherDocumentHeadcount(k, b, scope, ref, label, facts[0]);
  return true;
}

/**
 * A head count the same year's other document (预算 beside 决算) states otherwise: both are the
 * unit's, counted at another time or over another scope, so the other is named beside the answer.
 */
export function addOtherDocumentHeadcount(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  first: Fact,
): void {
  if (first.measure !== "人" || first.column.startsWith("数量（")) return;
  for (const doc of k.docs(scope.unit, { year: scope.year })) {
    if (doc.kind === scope.doc.kind) continue;
    const other = countFacts(k, { ...scope, doc }, ref).find((f) => f.column === first.column);
    if (!other || money(other.value).eq(first.value)) continue;
    b.d.notes.push([
      `同一年度的${doc.kind}文件所列${label}为 `,
      b.fact(other, `${label}（${doc.kind}文件）`),
      `，与${scope.doc.kind}文件不同（两份文件统计的时点或范围不同）。`,
    ]);
  }
}

/**
 * A draft about an amount: the counts the document states of the same activity ("团组6个，累计7人次")
 * are said beside it, as the explanation they are.
 */
export function addCountsBeside(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): void {
  if (isCount(ref)) return;
  const seen = new Set<string>();
  const facts = countFacts(k, scope, ref).filter((f) => {
    const key = `${f.column}|${f.measure}`;
    return f.kind === scope.doc.kind && !seen.has(key) && !!seen.add(key);
  });
  if (facts.length) b.d.bullets.push([`文件同时写明${label}：`, ...countList(b, facts, label), "。"]);
  addCountOfCost(k, b, scope, ref);
}

/** "公务用车运行维护费…" drafted: how many cars the document says it held, the money's reason for being. */
function addCountOfCost(k: Knowledge, b: DraftBuilder, scope: Scope, ref: MetricRef): void {
  const held = ref.type === "metric" ? COUNT_OF_COST.get(ref.key) : undefined;
  if (!held || held.toBuy) return;
  const count = { type: "metric", key: held.count } as const;
  const [fact] = lookup(k, scope, count, "count");
  if (fact)
    b.d.bullets.push([`文件同时写明${metricLabel(count, k)}：`, b.fact(fact, metricLabel(count, k)), "。"]);
}

/** Counts stated in several places (a summary and its detail), each once. */
export function distinctCounts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.column}|${f.measure}|${f.value}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** "团组 6个，7人次": each count after what it counts (its column's words), cited. */
export function countList(b: DraftBuilder, facts: Fact[], label: string): Segment[] {
  return facts.flatMap((f, i): Segment[] => {
    const what = f.column.replace(/^数量（?|）$/g, "");
    return [i ? "，" : "", what ? `${what} ` : "", b.fact(f, `${label}${f.column}`)];
  });
}
