import { money } from "../../../lib/money.js";
import type { Fact } from "../../../ingest/schema.js";
import { beforeGrowth, gap, growth } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { selectFacts } from "../select-facts.js";
import { sameLineElsewhere } from "./other-edition-statement.js";

/** Rounding of printed operands moves a computed rate by hundredths; a misprint moves it by more. */
const RATE_TOLERANCE = money("0.1");

/**
 * A stated change on last year that the two figures it is between do not give ("<上年>执行数
 * 1000万元 … <本年>预算120万元，增加20%"): one of the printed numbers is wrong. The
 * note names the three numbers, the rate they give and last year's figure the stated rate implies.
 */
export function statedRateDisagrees(
  k: Knowledge,
  b: DraftBuilder,
  current: Fact,
  previous: Fact,
  statedRate: Fact | undefined,
  label: string,
): Segment[] | undefined {
  if (!statedRate || statedRate.measure !== "%" || current.measure !== previous.measure) return undefined;
  const computed = growth(current.value, previous.value);
  if (!computed || money(computed.value).minus(statedRate.value).abs().lte(RATE_TOLERANCE)) return undefined;
  const rounded = roundedAsStated(b, current, previous, statedRate, computed, label);
  if (rounded) return rounded;
  const implied = beforeGrowth(current.value, statedRate.value, current.measure);
  return [
    `文件所列数字互不相符：${current.year}年 `,
    b.fact(current, label),
    `、${previous.period ?? previous.year}年 `,
    b.fact(previous, `${label}上年数`),
    " 算得 ",
    b.computed(computed, `${label}比上年增长率（计算）`, [current, previous]),
    "，而文件所列为 ",
    b.change(statedRate, `${label}${statedRate.column}`),
    ...(implied
      ? [
          "；按本年数与所列增减率推算，上年应约为 ",
          b.computed(implied, `${label}上年数（推算）`, [current, statedRate]),
        ]
      : []),
    ...sameLineElsewhere(k, previous).flatMap(({ fact, name }) => [
      `；${name}同一处写作 `,
      b.fact(fact, `${label}上年数（${name}）`),
      ...byOtherStatement(b, current, fact, label, name),
    ]),
    "。其中某个数字可能印刷有误，以上均按文件原数列出。",
  ];
}

/** Last year's figure a budget's narrative states, checked against this year's and the stated rate. */
export function checkStatedPrevious(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  previous: Fact,
  label: string,
): Segment[] | undefined {
  // A budget's change on last year is on last year's budget: its execution ("预计执行数") is no base of it.
  if (scope.doc.kind === "预算" && previous.basis === "决算") return undefined;
  // (Final accounts state the change of the year's spending on last year's: this year's actual.)
  const current = selectFacts(k, scope.doc, ref, scope.doc.kind === "预算" ? "budget" : "actual")[0];
  const statedRate = selectFacts(k, scope.doc, ref, "yoy_rate")[0];
  return current && statedRateDisagrees(k, b, current, previous, statedRate, label);
}

/** "按它计算增加 N万元（p%）": the change on the other statement's figure for last year. */
function byOtherStatement(
  b: DraftBuilder,
  current: Fact,
  other: Fact,
  label: string,
  name: string,
): Segment[] {
  if (other.measure !== current.measure) return [];
  const rate = growth(current.value, other.value);
  return [
    `，按它计算${money(current.value).gte(other.value) ? "增加" : "减少"} `,
    b.computed(gap(current.value, other.value, current.measure), `${label}比上年增减额（按${name}）`, [
      current,
      other,
    ]),
    ...(rate ? ["（", b.computed(rate, `${label}比上年增长率（按${name}）`, [current, other]), "）"] : []),
  ];
}

/** The decimals a narrative states 万元 amounts with. */
const PROSE_PLACES = 2;

/**
 * A table's figure in 元 set against last year's 万元 prose: the document works its rate out from
 * this year's figure rounded to the prose's two decimals (21,646.00元 as 2.16万元 beside 3.05万元).
 * When that gives the stated rate, the gap is the rounding, said as such with both computations;
 * no number is misprinted.
 */
function roundedAsStated(
  b: DraftBuilder,
  current: Fact,
  previous: Fact,
  statedRate: Fact,
  computed: NonNullable<ReturnType<typeof growth>>,
  label: string,
): Segment[] | undefined {
  if (current.measure !== "万元" || previous.table) return undefined;
  const rounded = money(current.value).toDecimalPlaces(PROSE_PLACES);
  if (rounded.eq(current.value)) return undefined;
  const byRounded = growth(rounded.toFixed(PROSE_PLACES), previous.value);
  if (!byRounded || !money(byRounded.value).eq(statedRate.value)) return undefined;
  return [
    "文件所列 ",
    b.change(statedRate, `${label}${statedRate.column}`),
    ` 是按本年数四舍五入后的 ${rounded.toFixed(PROSE_PLACES)}${current.measure} 计算的（`,
    b.computed(byRounded, `${label}比上年增长率（按四舍五入后的本年数）`, [current, previous]),
    "）；按表中原数计算为 ",
    b.computed(computed, `${label}比上年增长率（计算）`, [current, previous]),
    "。",
  ];
}
