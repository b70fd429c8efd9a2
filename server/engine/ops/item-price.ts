import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { perUnit } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { QUANTITY_COLUMN, UNIT_PRICE_COLUMN } from "../../../ingest/domain/indicator-values.js";
import { ITEM_AMOUNT_COLUMN, ITEM_COUNT_ASKED, ITEM_PRICE_ASKED } from "../lexicon/item-price.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { columnLeaf } from "./labels.js";

/** One project named, its price apiece or its count asked: what an item's row may answer. */
export function asksOfItem(plan: QueryPlan): boolean {
  return (
    plan.metrics.length === 1 &&
    plan.metrics[0].type === "project" &&
    (ITEM_PRICE_ASKED.test(plan.question) || ITEM_COUNT_ASKED.test(plan.question))
  );
}

/**
 * "<某物>单价多少", "每台多少钱", "买几台": the unit price (or the count) printed on the item's row
 * of an asset or purchase table, with the row's count and amount and their quotient as a check. Undefined when no row of
 * the item prints a unit price (the question then goes its usual way).
 */
export function itemPriceOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const [ref] = plan.metrics;
  if (!asksOfItem(plan) || ref.type !== "project") return undefined;
  const priceAsked = ITEM_PRICE_ASKED.test(plan.question);
  for (const scope of scopes) {
    const cells = k
      .factsOf(scope.doc.docId)
      .filter((fact) => !!fact.table && matchKey(fact.row) === matchKey(ref.name));
    const price = cells.find((fact) => UNIT_PRICE_COLUMN.test(fact.column));
    if (!price) continue;
    const row = cells.filter((fact) => fact.source.lines[0] === price.source.lines[0]);
    const count = row.find((fact) => QUANTITY_COLUMN.test(columnLeaf(fact.column)));
    const amount = row.find(
      (fact) => ITEM_AMOUNT_COLUMN.test(columnLeaf(fact.column)) && fact.measure === price.measure,
    );
    if (priceAsked) return priceDraft(scope, ref.name, price, count, amount);
    if (count) return countDraft(scope, ref.name, count, price, amount);
  }
  return undefined;
}

function countDraft(scope: Scope, item: string, count: Fact, price: Fact, amount?: Fact): DraftBuilder {
  const b = new DraftBuilder();
  b.d.headline = [`${scope.unit}${scope.doc.year}年度${item}的数量为 `, b.fact(count, `${item}数量`), "。"];
  b.d.bullets.push([
    "同一行列出单价 ",
    b.fact(price, `${item}单价`),
    ...(amount ? ["、金额 ", b.fact(amount, `${item}金额`)] : []),
    "。",
  ]);
  return b;
}

function priceDraft(scope: Scope, item: string, price: Fact, count?: Fact, amount?: Fact): DraftBuilder {
  const b = new DraftBuilder();
  b.d.headline = [`${scope.unit}${scope.doc.year}年度${item}的单价为 `, b.fact(price, `${item}单价`), "。"];
  if (count && amount && Number(count.value) > 0) {
    const each = perUnit(amount.value, count.value, `${amount.measure}/${count.measure}`);
    b.d.bullets.push([
      "同一行列出数量 ",
      b.fact(count, `${item}数量`),
      "、金额 ",
      b.fact(amount, `${item}金额`),
      "，金额 ÷ 数量为 ",
      b.computed(each, `${item}平均单价`, [amount, count]),
      "。",
    ]);
  }
  return b;
}
