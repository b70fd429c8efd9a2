import { decimalsOf, money, Money } from "../../lib/money.js";
import type { Figure } from "./draft.js";
import { YUAN_CUES } from "./lexicon/question-words.js";
import { normalizeQuestion } from "./normalize-question.js";

/** 万元 → 元. */
const YUAN_PER_WAN = 10000;

/** Does the question ask for amounts in 元 ("多少元", "单位：元")? */
export function asksYuan(question: string): boolean {
  const q = normalizeQuestion(question).replace(/[:：\s]/g, "");
  return YUAN_CUES.some((cue) => q.includes(cue));
}

/**
 * A 万元 figure restated in 元, with the conversion as its formula: when the question asks for 元,
 * or when the figure is computed from amounts the tables print in 元 (a difference of two 元
 * cells is stated in 元 too, "12.3456万元 × 10000 = 123456元"). Cents follow the table's printing;
 * a figure printed in 万元 shows none: "0.12万元" is 1200元 to the hundred, and cents would claim
 * an exactness the document does not print.
 */
export function yuanBeside(fig: Figure, askedYuan: boolean): InYuan | undefined {
  const per = PER_THING.exec(fig.measure)?.[1];
  if (per !== undefined) return smallAverageInYuan(fig, per);
  if (fig.measure !== "万元" || !fig.facts.length) return undefined;
  const printed = fig.facts.map((f) => f.printed);
  const allYuan = printed.every((p) => p?.unit === "元");
  if (!askedYuan && !(fig.formula && allYuan)) return undefined;
  // A quotient kept exact (an average) is stated to the 分 from its exact value, not its rounding.
  const exact = fig.exact !== undefined;
  const places = exact ? 2 : allYuan ? Math.max(...printed.map((p) => decimalsOf(p!.value))) : 0;
  return inYuan(exact ? fig.exact! : fig.value, places, "元");
}

/** A 万元 amount restated in 元 (or 元 per thing), and the conversion as its formula. */
interface InYuan {
  value: string;
  formula: string;
  measure: string;
}

function inYuan(wan: string, places: number, measure: string): InYuan {
  const amount = money(wan);
  const value = amount.times(YUAN_PER_WAN).toDecimalPlaces(places, Money.ROUND_HALF_UP).toFixed(places);
  return { value, formula: `${amount.toFixed()}万元 × ${YUAN_PER_WAN} = ${value}${measure}`, measure };
}

/** An amount per thing in 万元 ("万元/批次"), and the thing. */
const PER_THING = /^万元(\/.+)$/;

/**
 * An average under 1万元 apiece ("0.17万元/批次") keeps two digits at most in 万元: its exact
 * quotient is said in 元 beside it, to the 分 ("即1693.75元/批次").
 */
function smallAverageInYuan(fig: Figure, per: string): InYuan | undefined {
  if (fig.exact === undefined || money(fig.exact).isZero()) return undefined;
  // Below 1万元, or of amounts the tables print in 元: the reader compares it in 元.
  const amounts = fig.facts.filter((fact) => /元$/.test(fact.measure));
  const fromYuan = amounts.length > 0 && amounts.every((fact) => fact.printed?.unit === "元");
  if (!money(fig.exact).abs().lt(1) && !fromYuan) return undefined;
  return inYuan(fig.exact, 2, `元${per}`);
}
