import { Decimal } from "decimal.js";
import type { Fact } from "../schema.js";

/** The year's income said as a whole whose parts may include the carry-in. */
const YEAR_INCOME = "收入合计";
/** The whole with the carry-in: what 收入合计 names when its parts include it. */
const GRAND_TOTAL = "收支总计";
/** A part that is carried in from last year, not this year's income. */
const CARRY_IN_PART = /结转|结余/;
/** "其中：本年收入B万元，上年结转结余C万元": the parts listed after a figure. */
const LISTED_PARTS = /其中[：:，,]?(.*)$/;
const PART = /([\u4e00-\u9fa5]{2,20}?)\s*(\d[\d,]*(?:\.\d+)?)\s*万元/g;

/**
 * "收入预算合计A万元，其中：本年收入B万元，上年结转结余C万元" with A = B + C: the figure named the
 * year's income is the whole with the carry-in (收支总计), as its own parts show; read as the year's
 * income it would disagree with the tables' 本年收入合计. Only the identity decides, never the wording.
 */
export function carryInTotals(sentence: string, facts: Fact[]): void {
  const parts = partsListed(sentence);
  if (parts.length < 2 || !parts.some((part) => CARRY_IN_PART.test(part.name))) return;
  const sum = parts.reduce((total, part) => total.plus(part.value), new Decimal(0));
  for (const fact of facts) {
    if (fact.metric !== YEAR_INCOME || !sum.equals(fact.value)) continue;
    fact.metric = GRAND_TOTAL;
    fact.row = GRAND_TOTAL;
  }
}

function partsListed(sentence: string): { name: string; value: Decimal }[] {
  const tail = LISTED_PARTS.exec(sentence)?.[1] ?? "";
  return [...tail.matchAll(PART)].map((match) => ({
    name: match[1],
    value: new Decimal(match[2].replace(/,/g, "")),
  }));
}
