import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { factRatio } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { basisWord, sourcePlace } from "./labels.js";
import { lookup } from "./lookup.js";
import { statedRateBeside } from "./quoted-budget.js";

/**
 * An actual the narrative states in a sentence with its budget ("预算为A万元，支出决算为B万元"): the
 * budget beside it and the share of it spent, which is what "花了多少" is usually weighed against.
 * A table's figure gets the budget of the sentence restating it; a final-accounts table's own 预算数
 * column is not used (often the adjusted budget, equal to the actual, it would read as the budget
 * the narrative states otherwise). Nothing beside a zero: "none spent" is answered with the
 * document's statement that there was none.
 */
export function addSentenceBudget(
  knowledge: Knowledge,
  builder: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  label: string,
  facts: Fact[],
): void {
  const [first] = facts;
  if (first.basis !== "决算" || money(first.value).isZero()) return;
  const actual = first.table
    ? facts.find((fact) => !fact.table && fact.basis === "决算" && money(fact.value).eq(first.value))
    : first;
  if (!actual) return;
  const budgets = lookup(knowledge, scope, ref, "budget").filter((fact) => fact.measure === actual.measure);
  const inSentence = budgets.find((fact) => !fact.table && fact.source.excerpt === actual.source.excerpt);
  // A project's budget the same document states elsewhere (its performance page, its table row).
  const ofProject =
    ref.type === "project"
      ? budgets.find((fact) => fact.docId === actual.docId && fact.basis !== "决算")
      : undefined;
  const budget = inSentence ?? ofProject;
  if (!budget) return;
  // The rate the sentence states is quoted (a wrong one is shown by the document-conflict note,
  // which works it out); else it is worked out here.
  const stated = statedRateBeside(knowledge, actual);
  const rate = stated ? undefined : factRatio(actual, budget);
  builder.d.bullets.push([
    inSentence
      ? first.table
        ? "说明中同一句所列预算为 "
        : "同一句所列预算为 "
      : `同一文件${sourcePlace(budget)}所列${basisWord(budget)}数为 `,
    builder.fact(budget, `${label}（预算）`),
    ...(stated ? ["，文件所列完成预算的 ", builder.fact(stated, `${label}完成率（文件所列）`)] : []),
    ...(rate ? ["，决算为预算的 ", builder.computed(rate, "决算占预算", [actual, budget])] : []),
    "。",
  ]);
}
