import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { total } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  LISTED_OCCASION,
  OCCASION_CLAUSE,
  OCCASION_COST,
  OCCASION_COSTS_ASKED,
  OCCASION_LIST_OPENS,
  OCCASION_RANK_ASKED,
} from "../lexicon/prose-counts.js";
import { RANK_LEAST } from "../lexicon/prose-ratios.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { sumAgainstWhole } from "./sum-against-whole.js";

/** One occasion of the sentence and the amounts its clause states. */
interface Occasion {
  name: string;
  costs: Fact[];
}

/**
 * The occasions of the sentence stating `fact` (the 一般性支出 说明: "开支会议费X万元，用于召开<甲>，人数N人，
 * …经费支出为<乙>a万元、<丙>b万元；用于召开…"), each with the amounts its clause states, read from the
 * sentence itself. The clause of an occasion runs to the next occasion or to the end of the sentence.
 */
function occasionsOf(fact: Fact): Occasion[] {
  const clauses = clauseOccasions(fact);
  return clauses.length ? clauses : listedOccasions(fact);
}

/** A derived fact: a number the stating sentence gives at `at` (an amount unless said), under its own label. */
export function amountAt(fact: Fact, at: number, row: string, value: string, measure = "万元"): Fact {
  return {
    ...fact,
    id: `${fact.id}:occasion:${at}`,
    table: undefined,
    row,
    column: "原文所列",
    value: money(value).toFixed(),
    measure,
  };
}

/** "…主要包括：<甲>支出N万元，主要用于…；<乙>支出M万元…": one amount per item of the list. */
export function listedOccasions(fact: Fact): Occasion[] {
  const text = fact.source.excerpt;
  const opens = OCCASION_LIST_OPENS.exec(text);
  if (!opens) return [];
  let at = (opens.index ?? 0) + opens[0].length;
  const occasions: Occasion[] = [];
  for (const item of text.slice(at).split(/(?<=[；;])/)) {
    const stated = LISTED_OCCASION.exec(item);
    if (stated) {
      const name = stated[1].trim();
      const offset = at + stated[0].lastIndexOf(stated[2]);
      occasions.push({ name, costs: [amountAt(fact, offset, `${name}：支出`, stated[2])] });
    }
    at += item.length;
  }
  return occasions;
}

/** "用于召开<甲>，人数N人，…经费支出为<乙>a万元、<丙>b万元；用于召开…": the amounts of each clause. */
function clauseOccasions(fact: Fact): Occasion[] {
  const text = fact.source.excerpt;
  const starts = [...text.matchAll(OCCASION_CLAUSE)];
  return starts.map((start, i) => {
    const from = start.index ?? 0;
    const to = starts[i + 1]?.index ?? text.length;
    const clause = text.slice(from, to);
    // The amounts after the head count: the occasion's spending, not a figure of its name.
    const after = clause.indexOf(start[0]) + start[0].length;
    const costs = [...clause.slice(after).matchAll(OCCASION_COST)].map((m) => {
      const at = from + after + (m.index ?? 0);
      const label = m[1].replace(/^(?:经费支出为?|支出为?|为|、|，)+/, "") || "经费支出";
      return amountAt(fact, at, `${start[1].trim()}：${label}`, m[2]);
    });
    return { name: start[1].trim(), costs };
  });
}

/**
 * "三个会的费用加起来是多少，对得上吗", "两期培训各花了多少": the spending each occasion's clause states
 * (会议费, 培训费 in the 一般性支出 说明), added occasion by occasion and in all by the calculator, and the
 * sum set against the amount the sentence states. Undefined unless the sentence lists occasions with amounts.
 */
export function occasionCostsOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const ranked = OCCASION_RANK_ASKED.test(plan.question);
  if (
    !(ranked || OCCASION_COSTS_ASKED.test(plan.question)) ||
    scopes.length !== 1 ||
    plan.metrics.length !== 1
  )
    return undefined;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  const amounts = lookup(k, scope, ref, wantOf(plan, scope)).filter((f) => f.measure === "万元");
  const stating = listingFacts(k, scope, ref, amounts);
  for (const listing of stating) {
    // (Items a list names with one amount each are ranked by proseRank, as any list is.)
    const occasions = (ranked ? clauseOccasions(listing) : occasionsOf(listing)).filter(
      (occasion) => occasion.costs.length,
    );
    // The stated amount: the listing's own, else the one stated in its section, else the table's.
    const amount =
      (listing.measure === "万元" ? listing : undefined) ??
      amounts.find((f) => !f.table && f.source.section.join() === listing.source.section.join()) ??
      amounts[0];
    if (occasions.length < 2 || !amount) continue;
    const label = metricLabel(ref, k);
    if (ranked) return occasionsRanked(scope, plan, label, amount, listing, occasions);
    const b = new DraftBuilder();
    const costs = occasions.flatMap((occasion) => occasion.costs);
    const sum = total(
      costs.map((f) => f.value),
      "万元",
    );
    b.d.headline = [
      `${scopeLabel(scope)}${label} `,
      b.fact(amount, label),
      `，原文逐项列出${occasions.length}项，各项所列经费合计 `,
      b.computed(sum, `各项所列${label}合计`, costs),
      ...comparison(b, amount, sum.value, costs),
    ];
    for (const occasion of occasions) b.d.bullets.push(occasionLine(b, occasion));
    quoteStatingSentence(b, listing);
    b.d.notes.push(["各项金额取自同一句原文，合计由计算得出。"]);
    return b.build();
  }
  return undefined;
}

/**
 * "哪个会花得最多": the occasions compared by what each clause states (the subtotal of its items,
 * computed), the first named, every occasion listed and the sentence quoted.
 */
function occasionsRanked(
  scope: Scope,
  plan: QueryPlan,
  label: string,
  amount: Fact,
  listing: Fact,
  occasions: Occasion[],
): Draft {
  const subtotals = new Map(
    occasions.map((occasion) => [
      occasion,
      money(
        total(
          occasion.costs.map((f) => f.value),
          "万元",
        ).value,
      ),
    ]),
  );
  const subtotal = (occasion: Occasion) => subtotals.get(occasion)!;
  // Most first, or least first when least is asked.
  const least = RANK_LEAST.test(plan.question);
  const sorted = [...occasions].sort((a, b) =>
    least ? subtotal(a).cmp(subtotal(b)) : subtotal(b).cmp(subtotal(a)),
  );
  const first = sorted.filter((occasion) => subtotal(occasion).eq(subtotal(sorted[0])));
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${label} `,
    b.fact(amount, label),
    `，原文逐项列出的${occasions.length}项中，花得${least ? "最少" : "最多"}的是${first.map((o) => o.name).join("、")}。`,
  ];
  for (const occasion of sorted) b.d.bullets.push(occasionLine(b, occasion));
  quoteStatingSentence(b, listing);
  b.d.notes.push(["各项金额取自同一句原文，比较的是各项所列经费（多项的为计算的小计）。"]);
  return b.build();
}

/** The sentences that may list occasions: the amount's, or the count's ("团组6个…主要包括：…"). */
export function listingFacts(k: Knowledge, scope: Scope, ref: MetricRef, amounts: Fact[]): Fact[] {
  return [...amounts, ...lookup(k, scope, ref, "count")].filter((f) => !f.table);
}

/** "，与所列总额一致。" or "，比所列总额少 X。" */
function comparison(b: DraftBuilder, fact: Fact, sum: string, costs: Fact[]): Segment[] {
  return sumAgainstWhole(b, sum, fact.value, "万元", [fact, ...costs], {
    same: "，与所列总额一致。",
    apart: (less) => `，比所列总额${less ? "少" : "多"} `,
    label: "所列总额与逐项合计之差",
    end: "，两者对不上（以原文为准）。",
  });
}

/** "<会议>：会议场租费 a、会务用餐费 b，小计 c" */
function occasionLine(b: DraftBuilder, occasion: Occasion): Segment[] {
  const line: Segment[] = [`${occasion.name}：`];
  occasion.costs.forEach((cost, i) => {
    line.push(`${i ? "、" : ""}${cost.row.slice(occasion.name.length + 1)} `, b.fact(cost, cost.row));
  });
  if (occasion.costs.length > 1) {
    const subtotal = total(
      occasion.costs.map((f) => f.value),
      "万元",
    );
    line.push("，小计 ", b.computed(subtotal, `${occasion.name}小计`, occasion.costs));
  }
  return line;
}
