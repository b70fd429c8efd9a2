import { scaled } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./amounts.js";
import { metricLabel, scopeLabel } from "./labels.js";

/** "如果…再压减10%", "假设增加5%": a disclosed figure raised or cut by a stated percentage. */
const HYPOTHETICAL =
  /(?:如果|假如|假设|若是?|要是|倘若)[^。？?]{0,30}?(增加|增长|提高|上涨|上调|减少|压减|下降|降低|缩减|削减|下调|压缩)了?\s*(\d+(?:\.\d+)?)\s*(?:%|％)/;
const CUTS = /减少|压减|下降|降低|缩减|削减|下调|压缩/;

/**
 * What a figure would be after a stated change: computed from the disclosed figure, with the
 * formula, and said to be a hypothetical. Undefined when the question states no such change or
 * asks more than one figure of one unit.
 */
export function scenarioOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const m = HYPOTHETICAL.exec(plan.question);
  if (!m || plan.metrics.length !== 1 || scopes.length !== 1) return undefined;
  const scope = scopes[0];
  const ref = plan.metrics[0];
  const fact = lookup(k, scope, ref, wantOf(plan, scope))[0];
  if (!fact || !/元/.test(fact.measure)) return undefined;
  const label = metricLabel(ref, k);
  const percent = CUTS.test(m[1]) ? `-${m[2]}` : m[2];
  const b = new DraftBuilder();
  b.d.headline = [
    `按${scopeLabel(scope)}${label} `,
    b.fact(fact, label),
    // The rate is the asker's, a figure like any other: no digits in literal words.
    `${m[1]} `,
    b.computed({ value: m[2], measure: "%", formula: "" }, "问题假设的变动比例", []),
    " 计算，为 ",
    b.computed(scaled(fact.value, percent, fact.measure), `${label}（假设${m[1]}${m[2]}%）`, [fact]),
    "。",
  ];
  b.d.notes.push(["这是按文件数字推算的假设情形，不是文件公开的预算或决算数。"]);
  return b;
}
