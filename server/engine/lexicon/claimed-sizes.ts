import { NUMERALS } from "./numerals.js";

/**
 * Sizes an asker claims in words and asks to have checked ("占八成吧", "是一半吗", "超过四分之三了吗",
 * "超过一个亿了吗", "一千万出头吗", "比乙多一倍，对吗"). The answer computes the figure as always and
 * says in words whether the claim holds; the asker's size is never printed as an amount.
 * Chinese numerals in amounts are digits by then ("一千万" → "1000万").
 */

/** Chinese numerals one to ten. */
const NUMERAL: Readonly<Record<string, number>> = { 一: 1, ...NUMERALS };

/** The asker wants the claim confirmed. */
export const CLAIM_CHECKED = /吗|吧|对不对|是不是|是否|真的|对么|有没有|没有[？?]*$/;

/** Shares said in words: the percentage each means. */
export const SHARE_CLAIMS: readonly { pattern: RegExp; percent: (match: RegExpExecArray) => number }[] = [
  { pattern: /一半|半数/, percent: () => 50 },
  { pattern: /(?<![几多少])([一二三四五六七八九])成/, percent: (m) => NUMERAL[m[1]] * 10 },
  {
    pattern: /([二三四五六七八九十])分之([一二三四五六七八九])/,
    percent: (m) => (NUMERAL[m[2]] / NUMERAL[m[1]]) * 100,
  },
];

/** Multiples said in words ("多一倍" and "翻一番": twice the other). */
export const MULTIPLE_CLAIMS: readonly { pattern: RegExp; times: (match: RegExpExecArray) => number }[] = [
  { pattern: /多(?:了|出)?(一|两|二|三)倍/, times: (m) => NUMERAL[m[1]] + 1 },
  { pattern: /翻(?:了)?(?:一)?番/, times: () => 2 },
  { pattern: /翻(?:了)?(两|二|三)番/, times: (m) => 2 ** NUMERAL[m[1]] },
  { pattern: /是[^，,。？?]{0,16}的(两|二|三|四|五)倍/, times: (m) => NUMERAL[m[1]] },
];

/** Amounts claimed: digits with a scale ("1个亿", "1000万"), in 万元. */
export const AMOUNT_CLAIM = /(\d+(?:\.\d+)?|[一两二三四五六七八九十])\s*个?\s*(亿|千万|百万|万)(?:元)?/;
/** The claimed amount's number, a digit string or one Chinese numeral. */
export const claimedNumber = (text: string): number => NUMERAL[text] ?? Number(text);
export const WAN_PER_SCALE: Readonly<Record<string, number>> = { 亿: 10000, 千万: 1000, 百万: 100, 万: 1 };

/** Which side of the claimed size the asker says the figure is on. */
export const CLAIM_SIDES: readonly { side: "over" | "under" | "just_over"; pattern: RegExp }[] = [
  { side: "just_over", pattern: /出头|挂零/ },
  {
    side: "over",
    // "有一个亿吗", "够一千万吗": reaching the amount.
    pattern:
      /超过|超出|过了|多于|高于|大于|以上|不止|上了|至少|(?:有|够|达到|上)(?:没有)?(?=\s*(?:\d|[一两二三四五六七八九十])\s*个?\s*(?:亿|千万|百万|万))/,
  },
  { side: "under", pattern: /不到|不足|低于|少于|小于|以下|不满|没到/ },
];

/** How close counts as "about" the claimed size: points of a share, or a fraction of an amount. */
export const ABOUT_POINTS = 3;
export const ABOUT_FRACTION = 0.1;
/** "…出头": at most this far above the claimed amount. */
export const JUST_OVER_FRACTION = 0.2;

/** An amount said roughly: only then is it a claimed size (an exact amount is checked as quoted). */
export const ROUGH_AMOUNT = /大概|大约|约|左右|上下|出头|挂零|多|将近|接近|差不多|上亿|过亿|几乎/;

/** The claim is of a sum ("加起来是<N>万吗", "合计是不是<N>"). */
export const SUM_CLAIM =
  /(?:加起来|加一起|加在一起|相加|合计|合起来|一共|总共)[^，。？?]{0,6}?(?:是|有|等于|达到|超过|不到)?[^，。？?]{0,2}\d/;
