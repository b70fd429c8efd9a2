import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { factRatio, gap } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sourcePlace } from "./labels.js";
import { BUDGET_BEFORE, quotedAmounts, rowKey } from "./quoted-figures.js";

/** What was spent of a quoted budget is asked ("实际花掉多少", "执行了多少"). */
const ACTUAL_ASKED = /实际|用了|花了|用掉|花掉|执行了?多少|决算(?:是|为)?多少|支出了?多少/;
const BUDGET_BASES = new Set(["年初预算", "预算", "全年预算"]);

/** The actual printed beside a budget: the same row of the same table or sentence. */
function actualBeside(k: Knowledge, budget: Fact): Fact | undefined {
  return k
    .factsOf(budget.docId)
    .find((f) => f.basis === "决算" && f.measure === budget.measure && rowKey(f) === rowKey(budget));
}

/** The completion rate a document prints in the row or sentence of an actual ("完成预算的N%"). */
export function statedRateBeside(k: Knowledge, actual: Fact): Fact | undefined {
  return k
    .factsOf(actual.docId)
    .find((f) => f.measure === "%" && /完成率|执行率/.test(f.column) && rowKey(f) === rowKey(actual));
}

/**
 * "预算<N>万，最后花掉多少": the unit's rows whose budget is the quoted amount, and the actual printed
 * beside it. Answered when every such row has the same actual (the rows restate one figure), with
 * the rate computed and any reason stated; undefined otherwise, or when no row has that budget.
 */
export async function quotedBudgetOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  // One amount, quoted as the budget ("预算<N>万"); an actual quoted too ("预算A万，执行B万") is
  // checked elsewhere, never replaced by the documents'.
  const quoted = quotedAmounts(plan.question);
  if (quoted.length !== 1 || !BUDGET_BEFORE.test(quoted[0].before) || !ACTUAL_ASKED.test(plan.question))
    return undefined;
  const docs = scopes.flatMap((scope) => k.docs(scope.unit, { year: scope.year }));
  await k.loadDocuments(docs.map((doc) => doc.docId));
  const value = money(quoted[0].value);
  const pairs = docs.flatMap((doc) =>
    k
      .factsOf(doc.docId)
      .filter((f) => f.measure === "万元" && BUDGET_BASES.has(f.basis ?? "") && money(f.value).eq(value))
      .flatMap((budget) => {
        const actual = actualBeside(k, budget);
        return actual ? [{ budget, actual }] : [];
      }),
  );
  // The narrative's pairs when it states any (a table may print the same actual to more decimals).
  const stated = pairs.filter((p) => !p.actual.table);
  const read = stated.length ? stated : pairs;
  if (!read.length || new Set(read.map((p) => money(p.actual.value).toFixed())).size !== 1) return undefined;
  // The pair with a reason first: it explains the difference.
  const { budget, actual } = read.find((p) => p.actual.reason) ?? read[0];
  const rate = factRatio(actual, budget);
  const b = new DraftBuilder();
  b.d.headline = [
    `问题所给的预算 `,
    b.fact(budget, `${budget.row}（预算）`),
    ` 是${budget.unit}${budget.year}年度${[...new Set(read.map((p) => p.budget.row))].join("、")}的预算，支出决算为 `,
    b.fact(actual, `${actual.row}（决算）`),
    ...(rate ? ["，完成预算的 ", b.computed(rate, "完成率", [actual, budget])] : []),
    "。",
  ];
  const left = gap(budget.value, actual.value, "万元");
  b.d.bullets.push([
    money(actual.value).lt(budget.value) ? "决算少于预算 " : "决算多于预算 ",
    b.computed(left, "预算与决算之差", [budget, actual]),
    "。",
  ]);
  // The rate the document states beside the two (it may round differently).
  const statedRate = statedRateBeside(k, actual);
  if (statedRate)
    b.d.bullets.push(["文件所列完成率为 ", b.fact(statedRate, `${actual.row}完成率（文件所列）`), "。"]);
  if (actual.reason) b.d.bullets.push([`文件说明的原因：${actual.reason}。`]);
  b.d.notes.push([`预算数见${sourcePlace(budget)}。`]);
  return b.build();
}
