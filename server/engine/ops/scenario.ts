import { money } from "../../../lib/money.js";
import { scaled } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { CUTS, SUPPOSING, WORDED_CHANGES } from "../lexicon/hypothetical-changes.js";

/** "如果…再压减10%", "假设增加5%": a disclosed figure raised or cut by a stated percentage. */
const HYPOTHETICAL = new RegExp(
  `${SUPPOSING.source}(增加|增长|提高|上涨|上调|减少|压减|下降|降低|缩减|削减|下调|压缩)了?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:%|％)`,
);

/** The change a question supposes: how it is said, and as a percentage (a cut negative). */
function supposedChange(question: string): { said: string; percent: string; worded: boolean } | undefined {
  const stated = HYPOTHETICAL.exec(question);
  if (stated)
    return { said: stated[1], percent: CUTS.test(stated[1]) ? `-${stated[2]}` : stated[2], worded: false };
  const supposing = SUPPOSING.exec(question);
  if (!supposing) return undefined;
  const after = question.slice(supposing.index);
  for (const change of WORDED_CHANGES) {
    const match = change.words.exec(after);
    if (match) return { said: match[0], percent: String(change.percent(match)), worded: true };
  }
  return undefined;
}

/**
 * What a figure would be after a stated change: computed from the disclosed figure, with the
 * formula, and said to be a hypothetical. Undefined when the question states no such change or
 * asks more than one figure of one unit.
 */
export function scenarioOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const change = supposedChange(plan.question);
  if (!change || plan.metrics.length !== 1 || scopes.length !== 1) return undefined;
  const scope = scopes[0];
  const ref = plan.metrics[0];
  const fact = lookup(k, scope, ref, wantOf(plan, scope))[0];
  // A change of nothing is nothing: a zero is answered as the figure itself (and why it is zero).
  if (!fact || !/元/.test(fact.measure) || money(fact.value).isZero()) return undefined;
  const label = metricLabel(ref, k);
  const { said, percent, worded } = change;
  const rate = percent.replace(/^-/, "");
  const b = new DraftBuilder();
  b.d.headline = [
    `按${scopeLabel(scope)}${label} `,
    b.fact(fact, label),
    // The rate is the asker's, a figure like any other: no digits in literal words.
    worded ? `${said}（${percent.startsWith("-") ? "减少" : "增加"} ` : `${said} `,
    b.computed({ value: rate, measure: "%", formula: "" }, "问题假设的变动比例", []),
    worded ? "）计算，为 " : " 计算，为 ",
    b.computed(scaled(fact.value, percent, fact.measure), `${label}（假设变动${percent}%）`, [fact]),
    "。",
  ];
  b.d.notes.push(["这是按文件数字推算的假设情形，不是文件公开的预算或决算数。"]);
  return b;
}
