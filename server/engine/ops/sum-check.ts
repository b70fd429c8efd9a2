import { asQuoted, quotedAmounts } from "./quoted-figures.js";
import { quotedSumCheck } from "./quoted-sum.js";
import { money, withinRounding } from "../../../lib/money.js";
import { gap, total, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";
import {
  NARRATIVE_NAMED,
  PARTS_GLOSSED,
  PARTS_JOINED,
  ROW_TOTAL_NAMED,
  PARTS_COUNTED,
  SUM_CHECKED,
  SUM_CLAIMED,
  WHOLE_UNNAMED,
} from "../lexicon/sum-check.js";
import { NUMERALS } from "../lexicon/numerals.js";
import { rowOfCells } from "../subject-cells.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { wholeOfParts } from "./breakdown.js";
import { tablePartsAddedOp } from "./rank-parts.js";
import { SUM_CUE } from "../question-cues.js";
import { sourcePlace, metricLabel, parentOf, partsOf, scopeLabel } from "./labels.js";

/**
 * "<整体>三项加起来是不是N": one whole named with as many parts counted as it has; its parts.
 */
function countedParts(plan: QueryPlan): MetricRef[] | undefined {
  const counted = PARTS_COUNTED.exec(plan.question);
  if (plan.metrics.length !== 1 || !counted) return undefined;
  const parts = partsOf(plan.metrics[0]);
  return parts.length === NUMERALS[counted[1]] ? parts : undefined;
}

/**
 * "A加B是否等于C": the parts added, set against the whole, with the formula and, when they do
 * not agree, the gap. The whole is the figure on the side of the checking word without the adding
 * mark ("A+B等于C", "C等于A加B"). Undefined for any other shape.
 */
export function sumCheckOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  // "<甲>X万加<乙>Y万，等于<丙>Z万吗": the asker's own amounts, found in the documents, added.
  const quoted = quotedSumCheck(k, plan, scopes);
  if (quoted) return quoted;
  const implied = partsAgainstTheirWhole(k, plan, scopes);
  if (implied) return implied;
  // "<某表>的项目资金合计与正文所写是否一致": the projects of the tables the figure is made of.
  const listed =
    scopes.length === 1 && SUM_CUE.test(plan.question) ? tablePartsAddedOp(k, plan, scopes[0]) : undefined;
  if (listed) return listed;
  // "<某行>的<列>加<列>能对上合计吗": the row's own total is the whole.
  const row =
    plan.metrics.length === 2 && ROW_TOTAL_NAMED.test(plan.question) ? rowOfCells(plan.metrics) : undefined;
  const metrics = row ? [...plan.metrics, row] : plan.metrics;
  if (scopes.length !== 1 || metrics.length !== 3) return undefined;
  const order = partsAndWhole(plan.question, metrics);
  if (!order) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  // "说明里…": the narrative's figures, where it states them, before the tables'; an amount the
  // asker quotes ("基本支出631.11等于…吗") is the fact read, where one prints it.
  const inText = NARRATIVE_NAMED.test(plan.question);
  const amounts = quotedAmounts(plan.question);
  const [firstFound, secondFound, wholeFound] = [...order.parts, order.whole].map((ref) =>
    lookup(k, scope, ref, want),
  );
  const pick = (found: Fact[]) =>
    (inText && found.find((fact) => !fact.table)) || asQuoted(found, amounts) || found[0];
  const whole = { ref: order.whole, fact: pick(wholeFound) };
  // The parts from one source: the first read, or the narrative's pair when theirs adds up to the
  // amount quoted (a table rounding each part to fewer decimals does not).
  const shown = [pick(firstFound), pick(secondFound)];
  const narrated = [firstFound.find((fact) => !fact.table), secondFound.find((fact) => !fact.table)];
  const addsUp = (pair: (Fact | undefined)[]) =>
    !!whole.fact &&
    pair.every((fact) => fact?.measure === whole.fact!.measure) &&
    money(
      total(
        pair.map((fact) => fact!.value),
        whole.fact.measure,
      ).value,
    ).eq(whole.fact.value);
  // (Only when the asker quotes the whole's amount: asked plainly, the tables' pair and its rounding gap.)
  const [firstFact, secondFact] = amounts.length && !addsUp(shown) && addsUp(narrated) ? narrated : shown;
  const first = { ref: order.parts[0], fact: firstFact };
  const second = { ref: order.parts[1], fact: secondFact };
  if (!first.fact || !second.fact || !whole.fact) return undefined;
  const measure = whole.fact.measure;
  if (first.fact.measure !== measure || second.fact.measure !== measure) return undefined;
  const [fl, sl, wl] = [first, second, whole].map((x) => metricLabel(x.ref, k));
  const added = total([first.fact.value, second.fact.value], measure);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${fl} `,
    b.fact(first.fact, fl),
    ` 加${sl} `,
    b.fact(second.fact, sl),
    " 为 ",
    b.computed(added, `${fl}与${sl}之和`, [first.fact, second.fact]),
  ];
  const apart = setAgainstWhole(b, added, whole.fact, wl, [first.fact, second.fact], "两项之和");
  // The other source's pair, said beside: the table's, rounded otherwise, beside the narrative's
  // that adds up; or the narrative's, stated otherwise, beside the table's.
  const tableShown = first.fact === shown[0];
  const [otherFirst, otherSecond] = tableShown ? narrated : shown;
  if (
    otherFirst &&
    otherSecond &&
    otherFirst.measure === measure &&
    otherSecond.measure === measure &&
    !(money(otherFirst.value).eq(first.fact.value) && money(otherSecond.value).eq(second.fact.value))
  ) {
    const from = tableShown ? "说明" : "表";
    const otherAdded = total([otherFirst.value, otherSecond.value], measure);
    b.d.notes.push([
      `${sourcePlace(otherFirst)}所列${fl} `,
      b.fact(otherFirst, `${fl}（${from}）`),
      `、${sl} `,
      b.fact(otherSecond, `${sl}（${from}）`),
      "，相加为 ",
      b.computed(otherAdded, `${fl}与${sl}之和（${from}）`, [otherFirst, otherSecond]),
      tableShown
        ? money(otherAdded.value).eq(whole.fact.value)
          ? `，与${wl}相等；两处数字不同，表的数字取整到更少的小数位。`
          : "；两处数字不同。"
        : "；该表的数字取整到更少的小数位。",
    ]);
  }
  const printed = [first.fact.value, second.fact.value, whole.fact.value];
  if (apart && withinRounding(printed, money(apart.value), 2))
    b.d.notes.push(["相差不超过各数按所印小数位取整可能造成的误差，多半是取整所致，不是口径不同。"]);
  return b;
}

/**
 * The sum set against the whole at the end of the headline: "，与<整体> X 相等。", or "，不等于<整体> X，
 * 相差 Y。" with the gap computed (returned, undefined when they agree).
 */
function setAgainstWhole(
  b: DraftBuilder,
  added: Computed,
  whole: Fact,
  wholeLabel: string,
  parts: Fact[],
  sumName: string,
): Computed | undefined {
  const same = money(added.value).eq(whole.value);
  b.d.headline.push(
    same ? `，与${wholeLabel} ` : `，不等于${wholeLabel} `,
    b.fact(whole, wholeLabel),
    same ? " 相等。" : "",
  );
  if (same) return undefined;
  // The gap said as how far the sum is over or under the whole, never as a negative amount.
  const over = money(added.value).gt(whole.value);
  const apart = gap(whole.value, added.value, whole.measure);
  b.d.headline.push(
    `，${sumName}比它${over ? "多" : "少"} `,
    b.computed(apart, `${wholeLabel}与${sumName}的差`, [whole, ...parts]),
    "。",
  );
  return apart;
}

/** Which two of three figures are added and which is the whole, from where the checking word stands. */
function partsAndWhole(
  question: string,
  metrics: MetricRef[],
): { parts: [MetricRef, MetricRef]; whole: MetricRef } | undefined {
  // "<整体>N万元，<甲>加<乙>是不是这个数": a figure the other two are parts of is the whole, wherever named.
  const whole = metrics.find(
    (ref) => metrics.filter((other) => other !== ref && refKey(parentOf(other)) === refKey(ref)).length === 2,
  );
  const others = metrics.filter((ref) => ref !== whole);
  const at = question.search(SUM_CHECKED);
  if (whole && (at >= 0 || PARTS_GLOSSED.test(question))) return { parts: [others[0], others[1]], whole };
  // "<某项>（<甲>+<乙>）是多少": the whole asked, its parts glossed in brackets after it.
  if (at < 0)
    return PARTS_GLOSSED.test(question) ? { parts: [metrics[1], metrics[2]], whole: metrics[0] } : undefined;
  const before = PARTS_JOINED.test(question.slice(0, at));
  const after = PARTS_JOINED.test(question.slice(at));
  if (before === after) return undefined;
  const [a, b, c] = metrics;
  return before ? { parts: [a, b], whole: c } : { parts: [b, c], whole: a };
}

/**
 * "<甲>、<乙>、<丙>相加是否就是总数": every part the figure is made of named, the whole only by
 * a word for a total. The parts added against the figure they make up.
 */
function partsAgainstTheirWhole(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const counted = countedParts(plan);
  // ("<甲>+<乙>+<丙>加起来是N吗": the amount claimed is the check.)
  const checked = SUM_CHECKED.test(plan.question) || SUM_CLAIMED.test(plan.question);
  // The whole unnamed: said by a word for a total, or by the amount the asker puts it at ("等于N吗").
  const wholeUnnamed = WHOLE_UNNAMED.test(plan.question) || SUM_CLAIMED.test(plan.question);
  // "<某行>的<列甲>、<列乙>、<列丙>加起来等于合计吗": the row's own total is the whole.
  const row =
    plan.metrics.length > 2 && ROW_TOTAL_NAMED.test(plan.question) ? rowOfCells(plan.metrics) : undefined;
  if (scopes.length !== 1 || !checked || !(counted || wholeUnnamed || row)) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  // "<甲>+<乙>+<丙>相加，和<整体>对得上吗": the whole may be named among them too.
  const named =
    counted ??
    (row
      ? plan.metrics
      : plan.metrics.filter((ref) => !plan.metrics.some((other) => refKey(parentOf(other)) === refKey(ref))));
  const whole = row ?? wholeOfParts(named, (part) => lookup(k, scope, part, want).length > 0);
  const wholeFact = whole && lookup(k, scope, whole, want)[0];
  if (!whole || !wholeFact) return undefined;
  const parts: { label: string; fact: Fact }[] = [];
  for (const ref of named) {
    const fact = lookup(k, scope, ref, want)[0];
    if (!fact || fact.measure !== wholeFact.measure) return undefined;
    parts.push({ label: metricLabel(ref, k), fact });
  }
  const facts = parts.map((p) => p.fact);
  const added = total(
    facts.map((f) => f.value),
    wholeFact.measure,
  );
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}`,
    ...parts.flatMap(({ label, fact }, i): Segment[] => [i ? "、" : "", `${label} `, b.fact(fact, label)]),
    " 相加为 ",
    b.computed(added, `${parts.length}项之和`, facts),
  ];
  setAgainstWhole(b, added, wholeFact, metricLabel(whole, k), facts, "各项之和");
  return b;
}
