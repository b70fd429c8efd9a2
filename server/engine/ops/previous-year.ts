/**
 * Last year's figure and the change on it as the documents state them: derived from this year's
 * figure and its stated change, or stated unchanged.
 */

import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth, type Computed } from "../calculator.js";
import { DraftBuilder, printedDecimals, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { selectFacts, ownWant } from "../select-facts.js";
import { sameAmountChanges, statedChange } from "./same-amount-change.js";
import { statedUnchanged } from "./stated-unchanged.js";
import { metricLabel } from "./labels.js";
import { addPartReason } from "./part-reason.js";

/**
 * A budget stated in a sentence that also states its change on last year: the change, and its
 * reason, in a bullet. Returns what it said (undefined: nothing), with the reason (so it is not
 * said twice).
 */
export function addSentenceChange(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  answered: Fact,
): { reason?: string } | undefined {
  if (answered.table) return undefined;
  const stated = statedChange(k, scope, ref).filter((f) => f.source.excerpt === answered.source.excerpt);
  if (!stated.length) return undefined;
  const reason = stated.find((f) => f.reason)?.reason;
  // "比上年增加N万元": last year's figure follows from this year's and the change.
  const amounts = stated.filter((f) => f.measure === answered.measure && /元$/.test(f.measure));
  const previous =
    amounts.length === 1 ? difference(answered.value, amounts[0].value, answered.measure) : undefined;
  b.d.bullets.push([
    "文件写明与上年相比",
    ...stated.flatMap((f, i): Segment[] => [i ? "，" : "", b.change(f, `${label}${f.column}`)]),
    ...(previous
      ? ["，按此推算上年为 ", b.computed(previous, `${label}上年数（推算）`, [answered, amounts[0]])]
      : []),
    reason ? `，原因是：${reason}。` : "。",
  ]);
  if (!reason && amounts.length) addPartReason(k, b, scope, ref, amounts[0].value);
  return { reason };
}

/**
 * A figure that is 0: the change on last year the document states for it ("比上年减少N万元，降低100%"),
 * and the reason stated with it (why there is nothing), unless `reasonSaid` already is.
 */
export function addFallToZero(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  fact: Fact,
  reasonSaid?: string,
): void {
  if (!/元$/.test(fact.measure) || !money(fact.value).isZero()) return;
  const line = statedChangeLine(k, b, scope, ref, label, fact, { reasonUnless: reasonSaid ?? "" });
  if (line) b.d.bullets.push(line);
}

/**
 * The change on last year the figure's document states ("比上年增减 −N万元（−p%）"), if any; with
 * the reason stated for it when `reasonUnless` is given and the reason is not that text.
 */
export function statedChangeLine(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  fact: Fact,
  { reasonUnless }: { reasonUnless?: string } = {},
): Segment[] | undefined {
  const change = selectFacts(k, scope.doc, ref, "yoy_amount")[0];
  if (!change || change.id === fact.id || money(change.value).isZero()) return undefined;
  const rate = selectFacts(k, scope.doc, ref, "yoy_rate")[0];
  return [
    `文件所列${label}比上年增减 `,
    b.fact(change, `${label}比上年增减额`),
    ...(rate && rate.id !== change.id ? ["（", b.fact(rate, `${label}比上年增减率`), "）"] : []),
    reasonUnless !== undefined && change.reason && change.reason !== reasonUnless
      ? `，原因是：${change.reason}。`
      : "。",
  ];
}

/** The label of a last-year figure read as this year's, the budget saying it did not change. */
export const SAME_AS_LAST_YEAR = "（与上年持平）";

/**
 * The budget of the scope's document that it says did not change on last year ("与上年预算持平"),
 * with those words: last year's budget is this figure. Undefined when it says no such thing.
 */
export function unchangedBudgetFact(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
): { fact: Fact; words: string } | undefined {
  const stating = (["budget", "initial"] as const)
    .flatMap((want) => selectFacts(k, scope.doc, ref, want))
    .map((fact) => ({ fact, stated: statedUnchanged(fact) }))
    .find((s) => s.stated && !/执行|决算/.test(s.stated.words));
  return stating?.stated ? { fact: stating.fact, words: stating.stated.words } : undefined;
}

/**
 * "<某项>X万元，与<上年>预算持平": last year's budget is this year's, in the document's words
 * (not when the words compare with last year's execution, which is another figure).
 */
function unchangedBudget(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
): boolean {
  const same = unchangedBudgetFact(k, scope, ref);
  if (!same) return false;
  const { fact, words } = same;
  const stated = { words };
  b.line([
    `${scope.year}年度${scope.unit}${label}预算与${scope.doc.year}年相同，为 `,
    b.fact(fact, `${scope.year}年${label}${SAME_AS_LAST_YEAR}`),
    `（${scope.doc.year}年度预算写明“${stated.words}”，未列上年数）。`,
  ]);
  return true;
}

/**
 * Last year's figure when only this year's and the stated change are printed: 12.50 − 2.25 = 10.25
 * (final accounts), or last year's budget from next year's budget and its "比上年" change.
 */
export function derivePrevious(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  /** Only from the figure's own stated change. */
  ownChangeOnly = false,
): boolean {
  const kind = scope.doc.kind;
  const want = ownWant(kind);
  const current = selectFacts(k, scope.doc, ref, want)[0];
  const own = selectFacts(k, scope.doc, ref, "yoy_amount")[0];
  if (!own && current && kind === "预算" && unchangedBudget(k, b, scope, ref, label)) return true;
  if (ownChangeOnly && !own) return false;
  // A total whose change is stated only for a figure of the same amount ("财政拨款支出…比上年减少…"):
  // that figure's change, named as its own.
  // Only a budget's: a final account's 收支总计 adds carry-overs, which last year may not have matched.
  const kin =
    own || !current || kind !== "预算"
      ? undefined
      : sameAmountChanges(k, scope, ref, current, want).find((c) => !c.otherSide);
  const change = own ?? kin?.stated.find((f) => f.column.includes("增减额"));
  // A fact read both as this year's figure and as its change is no derivation.
  if (!current || !change || change.id === current.id) return false;
  // This year's figure as the sentence stating the change prints it (rounded alike), when it does.
  const sameSentence = (f: Fact) =>
    f.id !== change.id && JSON.stringify(f.source.lines) === JSON.stringify(change.source.lines);
  const base = selectFacts(k, scope.doc, ref, want).find(sameSentence) ?? current;
  const previous = difference(base.value, change.value, base.measure);
  b.line([
    `${scope.year}年度${scope.unit}${label}${kind === "预算" ? "预算" : "决算"}为 `,
    b.computed(previous, `${scope.year}年${label}（推算）`, [base, change]),
    `（按${scope.doc.year}年度${kind}所列本年数 `,
    b.fact(base, `${scope.doc.year}年${label}`),
    " 与比上年的增减额 ",
    b.fact(change, `${kin ? metricLabel(kin.ref, k) : label}比上年增减额`),
    " 推算）。",
  ]);
  // Why it changed, as the sentence stating the change says.
  if (change.reason) b.d.bullets.push([`文件说明的原因：${change.reason}。`]);
  // The rate the same sentence states beside the change ("减少<X>万元，减少<Y>%").
  const rate = selectFacts(k, scope.doc, kin?.ref ?? ref, "yoy_rate").find(
    (f) => f.source.excerpt === change.source.excerpt,
  );
  if (rate) {
    b.d.bullets.push(["文件同时写明比上年", b.change(rate, `${label}比上年增减率`), "。"]);
    addRateRecomputed(b, base, previous, rate, label);
  } else {
    // No rate stated: the change as a rate of the derived figure, worked out.
    const computed = growth(base.value, previous.value);
    if (computed)
      b.d.bullets.push([
        `按推算的上年数计算，${scope.doc.year}年比上年增减率为 `,
        b.computed(computed, `${label}比上年增减率（计算）`, [base, change]),
        "。",
      ]);
  }
  if (kin)
    b.d.notes.push([
      `文件只写明了${metricLabel(kin.ref, k)}比上年的增减额；它本年与${label}同为 `,
      b.fact(kin.current, metricLabel(kin.ref, k)),
      `，上年两者可能不同。`,
    ]);
  return true;
}

/**
 * "按推算的上年数复算，增幅为 N%（与所写一致／不一致）": the stated rate checked against this year's figure
 * and last year's derived one, rounded to the decimals the document printed.
 */
function addRateRecomputed(b: DraftBuilder, base: Fact, previous: Computed, rate: Fact, label: string): void {
  const recomputed = growth(base.value, previous.value);
  if (!recomputed) return;
  const places = printedDecimals(rate);
  const agrees = money(recomputed.value)
    .toDecimalPlaces(places)
    .abs()
    .eq(money(rate.value).abs().toDecimalPlaces(places));
  b.d.bullets.push([
    "按推算的上年数复算，增减率为 ",
    b.computed(recomputed, `${label}比上年增减率（复算）`, [base, rate]),
    agrees ? "，按文件所印小数位取整后与所写一致。" : "，与文件所写不一致（请以原文核对）。",
  ]);
}
