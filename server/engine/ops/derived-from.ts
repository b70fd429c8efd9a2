import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { addedLess, difference } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { DERIVATION_ASKED, DERIVATIONS } from "../lexicon/derivations.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";

/**
 * "年末结转55.34万是怎么来的": the figure worked out from the ones its table derives it from, with
 * the formula, against the figure as printed. Undefined unless every term is found in one document.
 */
export function derivedFromOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const [ref] = plan.metrics;
  const rule = ref?.type === "metric" ? DERIVATIONS.find((d) => d.key === ref.key) : undefined;
  if (!rule || scopes.length !== 1 || !DERIVATION_ASKED.test(plan.question)) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  const whole = lookup(k, scope, ref, want)[0];
  const read = (key: string) => {
    const term: MetricRef = { type: "metric", key };
    return {
      label: metricLabel(term, k),
      fact: lookup(k, scope, term, want).find((f) => f.docId === whole?.docId),
    };
  };
  const plus = whole ? termsOf(rule.plus, read) : undefined;
  const minus = whole ? termsOf(rule.minus, read) : undefined;
  if (!whole || !plus || !minus) return undefined;
  const facts = [...plus, ...minus].map((t) => t.fact);
  const worked = addedLess(
    plus.map((t) => t.fact.value),
    minus.map((t) => t.fact.value),
    whole.measure,
  );
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const line: Segment[] = [`${scopeLabel(scope)}${label} = `];
  plus.forEach((t, i) => line.push(i ? " + " : "", `${t.label} `, b.fact(t.fact, t.label)));
  minus.forEach((t) => line.push(" − ", `${t.label} `, b.fact(t.fact, t.label)));
  line.push(" = ", b.computed(worked, `${label}（推算）`, facts), "。");
  b.d.headline = line;
  const same = money(worked.value).eq(whole.value);
  const gap: Segment[] = same
    ? []
    : [
        "，相差 ",
        b.computed(difference(whole.value, worked.value, whole.measure), `${label}与推算之差`, [
          whole,
          ...facts,
        ]),
      ];
  b.d.bullets.push([
    `表中所列${label} `,
    b.fact(whole, label),
    same ? "，与推算一致。" : "",
    ...gap,
    same ? "" : "。",
  ]);
  return b;
}

interface Term {
  label: string;
  fact: Fact;
}

/** Each term's figure, or undefined when one is not found (then nothing is worked out). */
function termsOf(
  keys: readonly string[],
  read: (key: string) => { label: string; fact: Fact | undefined },
): Term[] | undefined {
  const out: Term[] = [];
  for (const key of keys) {
    const { label, fact } = read(key);
    if (!fact) return undefined;
    out.push({ label, fact });
  }
  return out;
}
