import { NUMERALS } from "./numerals.js";

/** How a question supposes a change ("如果…", "假设…", "要是…"), before the change itself. */
export const SUPPOSING = /(?:如果|假如|假设|若是?|要是|倘若)[^。？?]{0,30}?/;

/** Verbs of a cut; the others raise. */
export const CUTS = /减少|压减|下降|降低|缩减|削减|下调|压缩|砍掉?|少/;

/**
 * A supposed change said in words, as a percentage of the figure: "翻一番" doubles, "减半" halves,
 * "压缩三成" takes off 30 %. `percent` reads the match (a cut is negative).
 */
export const WORDED_CHANGES: readonly { words: RegExp; percent: (match: RegExpExecArray) => number }[] = [
  { words: /翻两番/, percent: () => 300 },
  { words: /翻一?番|翻一?倍|(?:增加|增长|提高|多)了?一倍/, percent: () => 100 },
  { words: /减半|(?:砍掉?|减少|压缩|削减|压减|少|降低|下降)了?一半/, percent: () => -50 },
  {
    words:
      /(增加|增长|提高|上调|多|减少|压减|下降|降低|缩减|削减|下调|压缩|砍掉?|少)了?([一二两三四五六七八九])成/,
    percent: (match) =>
      (CUTS.test(match[1]) ? -10 : 10) * (NUMERALS[match[2]] ?? (match[2] === "一" ? 1 : 0)),
  },
];
