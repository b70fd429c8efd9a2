import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap, total } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { OCCASION_CLAUSE, OCCASION_COST, OCCASION_COSTS_ASKED } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { quoteStatingSentence } from "./quote-fact.js";

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
  const text = fact.source.excerpt;
  const starts = [...text.matchAll(OCCASION_CLAUSE)];
  return starts.map((start, i) => {
    const from = start.index ?? 0;
    const to = starts[i + 1]?.index ?? text.length;
    const clause = text.slice(from, to);
    // The amounts after the head count: the occasion's spending, not a figure of its name.
    const after = clause.indexOf(start[0]) + start[0].length;
    const costs = [...clause.slice(after).matchAll(OCCASION_COST)].map((m): Fact => {
      const at = from + after + (m.index ?? 0);
      const label = m[1].replace(/^(?:经费支出为?|支出为?|为|、|，)+/, "") || "经费支出";
      return {
        ...fact,
        id: `${fact.id}:occasion:${at}`,
        table: undefined,
        row: `${start[1].trim()}：${label}`,
        column: "原文所列",
        value: money(m[2]).toFixed(),
        measure: "万元",
      };
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
  if (!OCCASION_COSTS_ASKED.test(plan.question) || scopes.length !== 1 || plan.metrics.length !== 1)
    return undefined;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  for (const fact of lookup(k, scope, ref, wantOf(plan, scope)).filter((f) => !f.table)) {
    const occasions = occasionsOf(fact).filter((occasion) => occasion.costs.length);
    if (occasions.length < 2 || fact.measure !== "万元") continue;
    const label = metricLabel(ref, k);
    const b = new DraftBuilder();
    const costs = occasions.flatMap((occasion) => occasion.costs);
    const sum = total(
      costs.map((f) => f.value),
      "万元",
    );
    const sumSegment = b.computed(sum, `各项所列${label}合计`, costs);
    b.d.headline = [
      `${scopeLabel(scope)}${label} `,
      b.fact(fact, label),
      `，原文逐项列出${occasions.length}项，各项所列经费合计 `,
      sumSegment,
      ...comparison(b, fact, sum.value, costs),
    ];
    for (const occasion of occasions) b.d.bullets.push(occasionLine(b, occasion));
    quoteStatingSentence(b, fact);
    b.d.notes.push(["各项金额取自同一句原文，合计由计算得出。"]);
    return b.build();
  }
  return undefined;
}

/** "，与所列总额一致。" or "，比所列总额少 X。" */
function comparison(b: DraftBuilder, fact: Fact, sum: string, costs: Fact[]): Segment[] {
  if (money(sum).eq(fact.value)) return ["，与所列总额一致。"];
  const less = money(sum).lt(fact.value);
  return [
    `，比所列总额${less ? "少" : "多"} `,
    b.computed(gap(fact.value, sum, "万元"), "所列总额与逐项合计之差", [fact, ...costs]),
    "，两者对不上（以原文为准）。",
  ];
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
