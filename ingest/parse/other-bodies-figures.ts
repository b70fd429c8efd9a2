import type { Fact } from "../schema.js";
import { sentenceOffset } from "./prose-fact.js";

/**
 * "<某县某局>A万元", "<某县某局>决算A万元，上年B万元，增加C万元": a body other than the unit named
 * right before its figure, with its level or place first (as a finance bureau's account of all its
 * departments writes them). The clause up to its "；" or "。" states that body's figures.
 */
const BODY_THEN_AMOUNT =
  /((?:[县市区]|[\u4e00-\u9fa5]{2,6}?[省市县区])[\u4e00-\u9fa5]{2,20}?(?:局|办公室|委员会|中心|法院|检察院|馆)(?:[（(][^（）()]{1,12}[)）])?)(?:20\d{2}年度?)?(?:决算|预算)?数?为?(?=\d)/g;

/** Where a clause ends: its "；", or the sentence's end. */
const CLAUSE_END = /[；;。]/g;

/**
 * Figures the sentence states of another body by name, taken out of the unit's: they are that
 * body's (its own row of the document's table by body answers for it).
 */
export function dropOtherBodiesFigures(sentence: string, made: Fact[], unit: string): void {
  for (const hit of sentence.matchAll(BODY_THEN_AMOUNT)) {
    const name = hit[1]!;
    if (unit.endsWith(name) || name.endsWith(unit) || unit.includes(name.replace(/^[县市区]/, ""))) continue;
    CLAUSE_END.lastIndex = hit.index;
    const end = CLAUSE_END.exec(sentence)?.index ?? sentence.length;
    for (let i = made.length - 1; i >= 0; i--) {
      const at = sentenceOffset(made[i]!);
      if (at >= hit.index && at < end) made.splice(i, 1);
    }
  }
}
