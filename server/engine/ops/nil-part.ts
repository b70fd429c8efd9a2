import { METRICS } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";

/** The figure whose parts a lexicon figure is one of (公务用车购置费 → 公务用车购置及运行维护费). */
const WHOLE_OF_PART = new Map(METRICS.flatMap((m) => (m.parts ?? []).map((part) => [part, m] as const)));

/**
 * "有没有买车的钱" answered with a part of nil ("公务用车购置费 0"): the same document's other parts of
 * its whole that are not nil are set beside it, so the reader sees where that money is.
 */
export function addSiblingsBesideNil(k: Knowledge, plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || plan.metrics.length !== 1 || plan.operation !== "value") return;
  const [ref] = plan.metrics;
  const figure = headlineFigure(draft)?.figure;
  const [zero] = figure?.facts ?? [];
  if (ref.type !== "metric" || !zero || figure?.facts.length !== 1 || !money(zero.value).isZero()) return;
  const whole = WHOLE_OF_PART.get(ref.key);
  if (!whole || zero.metric !== ref.key) return;
  const siblings = (whole.parts ?? []).filter((part) => part !== ref.key);
  const facts = k.factsOf(zero.docId);
  const b = new DraftBuilder(draft);
  for (const sibling of siblings) {
    const fact = besideIt(facts, zero, sibling);
    if (fact) draft.notes.push([`同属${whole.key}的${sibling}为 `, b.fact(fact, sibling), "。"]);
  }
}

/** The sibling's figure of the same period and basis, not nil: from the same table, else any. */
function besideIt(facts: Fact[], zero: Fact, sibling: string): Fact | undefined {
  const same = facts.filter(
    (f) =>
      f.metric === sibling &&
      f.basis === zero.basis &&
      f.period === zero.period &&
      f.measure === zero.measure &&
      !money(f.value).isZero(),
  );
  return same.find((f) => f.table === zero.table && f.column === zero.column) ?? same[0];
}
