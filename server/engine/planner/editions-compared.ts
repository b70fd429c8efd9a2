import type { Context } from "../conversation.js";
import { editionAsked, editionsAsked } from "../lexicon/edition-words.js";
import type { QueryPlan } from "../plan-schema.js";

/** Two things compared, in a follow-up ("两个差在哪", "有什么区别"). */
const COMPARES_TWO = /差|比较|对比|区别|不同|不一样|一样吗|相同|两个|两者|哪个多|哪个少/;

/**
 * "部门预算…？→ 单位预算里呢？→ 两个差在哪": the two editions the conversation named, compared; also
 * "<一个版本>…？→ 和<另一版本>比呢": the other edition named with what it is compared with.
 */
export function editionsCompared(q: string, followUp: boolean, ctx?: Context): boolean {
  // "部门和单位的…分别多少？→ 差在哪": a follow-up naming no edition keeps both.
  if (followUp && ctx?.bothEditions && !editionsAsked(q).length) return true;
  if (!followUp || !ctx?.edition || !COMPARES_TWO.test(q)) return false;
  const here = editionAsked(q);
  if (here) return here !== ctx.edition && COMPARED_WITH_EDITION.test(q);
  return !!ctx.previousEdition && ctx.edition !== ctx.previousEdition;
}

/** The edition named as what the one before is compared with ("和单位预算…", "跟部门的比"). */
// …or named, then the gap asked ("部门的呢，差几万").
// …or named with its figure asked, then the gap in a clause of its own ("单位的是多少，差多少").
// …or named, then whether the two are alike ("单位预算的总额呢，两个一样吗").
const COMPARED_WITH_EDITION =
  /(?:和|跟|与|同|比)[^，,。？?]{0,4}(?:单位|部门)|(?:单位|部门)[^，,。？?]{0,4}呢[，,\s]*(?:差|相差|差距|差额|多|少)|(?:单位|部门)[^。？?]{0,16}[，,\s？?](?:两者|两个|二者)?(?:差|相差)了?(?:多少|几|距|额)|(?:单位|部门)[^。？?]{0,16}[，,\s？?](?:两者|两个|二者|两本|两版)(?:是不是)?(?:一样|相同|相等|不同|有区别|有差别)/;

/** The edition named here, else (in a follow-up about the same units) the one named before. */
export function editionOf(q: string, followUp: boolean, ctx?: Context): Pick<QueryPlan, "edition"> {
  const edition = editionAsked(q) ?? (followUp && editionsAsked(q).length === 0 ? ctx?.edition : undefined);
  return edition ? { edition } : {};
}
