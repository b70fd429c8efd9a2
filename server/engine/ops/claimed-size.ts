import { money } from "../../../lib/money.js";
import type { Draft, Figure } from "../draft.js";
import {
  ABOUT_FRACTION,
  ABOUT_POINTS,
  AMOUNT_CLAIM,
  CLAIM_CHECKED,
  CLAIM_SIDES,
  claimedNumber,
  JUST_OVER_FRACTION,
  MULTIPLE_CLAIMS,
  SUM_CLAIM,
  ROUGH_AMOUNT,
  SHARE_CLAIMS,
  WAN_PER_SCALE,
} from "../lexicon/claimed-sizes.js";
import type { QueryPlan } from "../plan-schema.js";

type Side = (typeof CLAIM_SIDES)[number]["side"] | "about";

interface Claim {
  /** The claimed size in the figure's terms: percent, times, or 万元. */
  size: number;
  measure: "%" | "倍" | "万元";
  /** How the asker said it, when it is words ("八成"); amounts are not repeated. */
  words?: string;
  side: Side;
}

function claimIn(question: string): Claim | undefined {
  const side = CLAIM_SIDES.find((s) => s.pattern.test(question))?.side ?? "about";
  for (const claim of SHARE_CLAIMS) {
    const match = claim.pattern.exec(question);
    if (match) return { size: claim.percent(match), measure: "%", words: match[0], side };
  }
  for (const claim of MULTIPLE_CLAIMS) {
    const match = claim.pattern.exec(question);
    if (match) return { size: claim.times(match), measure: "倍", words: match[0], side };
  }
  const amount = AMOUNT_CLAIM.exec(question);
  // "是201.5万吧": an exact amount, checked as quoted (quoted-check.ts), not as a size.
  if (amount && side === "about" && !ROUGH_AMOUNT.test(question)) return undefined;
  // Said in Chinese numerals ("一个亿") it is repeated in words; digits are never printed as words.
  const words = amount && !/\d/.test(amount[0]) ? amount[0] : undefined;
  if (amount)
    return {
      size: claimedNumber(amount[1]) * WAN_PER_SCALE[amount[2]],
      measure: "万元",
      side,
      ...(words ? { words } : {}),
    };
  return undefined;
}

/**
 * The answer's figure the claim is about: the first one in the claim's terms; a sum the answer adds
 * up when the claim is of a sum ("加起来是<N>万吗": the total, not the first part).
 */
function figureOf(draft: Draft, claim: Claim, question: string): Figure | undefined {
  const wanted = (figure: Figure) =>
    claim.measure === "万元" ? ["万元", "元"].includes(figure.measure) : figure.measure === claim.measure;
  const inHeadline = draft.headline.flatMap((s) => (typeof s === "string" ? [] : [draft.figures[s.fig]]));
  const sum = SUM_CLAIM.test(question)
    ? draft.figures.find((figure) => wanted(figure) && / \+ /.test(figure.formula ?? ""))
    : undefined;
  return sum ?? [...inHeadline, ...draft.figures].find((figure) => figure && wanted(figure));
}

function verdict(actual: number, claim: Claim): string {
  const said = claim.words ? `“${claim.words}”` : "问题所说的数额";
  const near =
    claim.measure === "%"
      ? Math.abs(actual - claim.size) <= ABOUT_POINTS
      : Math.abs(actual - claim.size) <= claim.size * ABOUT_FRACTION;
  const above = actual > claim.size;
  const exact = actual === claim.size;
  switch (claim.side) {
    case "over":
      return above ? `是的，超过了${said}。` : `没有，${exact ? "正好是" : "不到"}${said}。`;
    case "under":
      return !above && !exact ? `是的，不到${said}。` : `不是，${exact ? "正好是" : "超过了"}${said}。`;
    case "just_over":
      if (!above) return `不是，${exact ? "正好是" : "不到"}${said}。`;
      return actual <= claim.size * (1 + JUST_OVER_FRACTION)
        ? `是的，比${said}略多。`
        : `不止，远高于${said}。`;
    default:
      if (exact) return `是的，正好是${said}。`;
      if (near) return `大致是${said}，${above ? "略高于" : "略低于"}它。`;
      return `不是，${above ? "明显高于" : "明显低于"}${said}。`;
  }
}

/**
 * "<某项>占八成吧", "超过一个亿了吗", "比乙多一倍，对吗": the claim checked against the figure the
 * answer computed or read, said in words before the figures.
 */
export function addClaimVerdict(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || !CLAIM_CHECKED.test(plan.question)) return;
  const claim = claimIn(plan.question);
  const figure = claim && figureOf(draft, claim, plan.question);
  if (!claim || !figure) return;
  const value = money(figure.value);
  const actual = (figure.measure === "元" ? value.div(10_000) : value).toNumber();
  draft.bullets.unshift([verdict(actual, claim)]);
}
