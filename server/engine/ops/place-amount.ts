import type { Fact } from "../../../ingest/schema.js";
import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { QUANTITY, printedValue } from "../lexicon/prose-ratios.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sentenceFact, statingSentences, type Stating } from "./prose-ratio.js";

/** Where one item of a listing sentence ends ("赴甲考察团支出X万元，主要用于…；赴乙…"). */
const ITEM_END = /[；;。]/;
/** The question asks an amount of money (not who went, nor how many). */
const MONEY_ASKED = /多少钱|花了?多少|用了?多少|花费|开支|开销|花销|支出|金额|费用|经费|(?:多少|几)万/;
/** At most this many items naming the places are each answered (more: the place says too little). */
const MOST_ITEMS = 3;
/** Words that only say a trip went somewhere ("去<某国>那次", "赴…的那个团"): no part of a trip. */
const TRIP_WORDS = /跑|飞|去|赴|到|前往|出访|那次|这次|那趟|这趟|那一趟|那个团|这个团|那个|这个|的/g;

/** The question's own words beyond the places and the words of going there. */
function ownWords(plan: QueryPlan): string[] {
  return plan.qualifiers
    .map((word) =>
      plan.places.reduce((rest, place) => rest.split(place).join(""), word).replace(TRIP_WORDS, ""),
    )
    .filter(Boolean);
}

/** Amounts in a clause. */
const AMOUNT = /^(?:万元|元)$/;

/**
 * "去<某国>那个团花了多少": the one item of a listing sentence that names every place asked and
 * states one amount, given as that amount (cited to the sentence, the item quoted). Undefined when
 * no such item is found.
 */
export async function placeAmount(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!plan.places.length || scopes.length !== 1 || plan.counts || !MONEY_ASKED.test(plan.question))
    return undefined;
  const sentences = await statingSentences(k, plan.textQuery ?? plan.question, plan.places, scopes);
  // Every item naming the places, once (a listing the documents repeat is one).
  const said = new Map<string, { name: string; stating: Stating; fact: Fact }>();
  for (const sentence of sentences)
    for (const item of sentence.text.split(ITEM_END)) {
      const text = item.trim();
      // "那次的机票花了多少": a part of the trip the item does not name is not its amount.
      const named =
        plan.places.every((place) => text.includes(place)) && ownWords(plan).every((w) => text.includes(w));
      const amounts = named ? [...text.matchAll(QUANTITY)].filter((m) => AMOUNT.test(m[2])) : [];
      if (amounts.length !== 1 || said.has(text)) continue;
      const [amount] = amounts;
      const stating: Stating = { ...sentence, text };
      const name = text
        .slice(0, amount.index)
        .replace(/(?:支出|花费|开支|费用|共计|合计)?[为了：:]?\s*$/, "")
        .trim();
      const fact = sentenceFact(
        stating,
        { value: printedValue(amount[1]), measure: amount[2], at: amount.index ?? 0 },
        name,
      );
      said.set(text, { name, stating, fact });
    }
  // "去<某国>那次": two trips went there, each is said with its amount.
  if (!said.size || said.size > MOST_ITEMS) return undefined;
  const items = [...said.values()];
  const { chunk } = items[0].stating;
  const where = `${chunk.unit}${chunk.year}年度`;
  const b = new DraftBuilder();
  if (items.length === 1)
    b.d.headline = [`${where}文件所列${items[0].name}的金额为 `, b.fact(items[0].fact, items[0].name), "。"];
  else {
    b.d.headline = [`${where}文件所列的${items.length}项都涉及${plan.places.join("、")}：`];
    for (const { name, fact } of items) b.d.bullets.push([`${name} `, b.fact(fact, name), "。"]);
  }
  for (const { stating } of items) {
    b.d.passages.push({ chunk: stating.chunk, title: stating.chunk.section.join(" > "), text: stating.text });
    b.d.extraSources.push({ chunkId: stating.chunk.id });
  }
  return b.build();
}
