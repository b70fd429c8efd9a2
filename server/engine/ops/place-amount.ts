import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { QUANTITY } from "../lexicon/prose-ratios.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sentenceFact, statingSentences, type Stating } from "./prose-ratio.js";

/** Where one item of a listing sentence ends ("赴甲考察团支出X万元，主要用于…；赴乙…"). */
const ITEM_END = /[；;。]/;
/** The question asks an amount of money (not who went, nor how many). */
const MONEY_ASKED = /多少钱|花了?多少|用了?多少|花费|开支|支出|金额|费用|经费|(?:多少|几)万/;
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
  for (const sentence of sentences) {
    const items = sentence.text
      .split(ITEM_END)
      .filter((item) => plan.places.every((place) => item.includes(place)))
      // "那次的机票花了多少": a part of the trip the item does not name is not its amount.
      .filter((item) => plan.qualifiers.every((word) => item.includes(word)));
    const found = items.flatMap((item) => {
      const amounts = [...item.matchAll(QUANTITY)].filter((m) => AMOUNT.test(m[2]));
      return amounts.length === 1 ? [{ item, amount: amounts[0] }] : [];
    });
    if (found.length !== 1) continue;
    const [{ item, amount }] = found;
    const stating: Stating = { ...sentence, text: item.trim() };
    const name = item
      .slice(0, amount.index)
      .replace(/(?:支出|花费|开支|费用|共计|合计)?[为了：:]?\s*$/, "")
      .trim();
    const fact = sentenceFact(stating, { value: amount[1], measure: amount[2], at: amount.index ?? 0 }, name);
    const b = new DraftBuilder();
    b.d.headline = [
      `${sentence.chunk.unit}${sentence.chunk.year}年度文件所列${name}的金额为 `,
      b.fact(fact, name),
      "。",
    ];
    b.d.passages.push({
      chunk: sentence.chunk,
      title: sentence.chunk.section.join(" > "),
      text: stating.text,
    });
    b.d.extraSources.push({ chunkId: sentence.chunk.id });
    return b.build();
  }
  return undefined;
}
