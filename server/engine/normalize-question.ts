import * as OpenCC from "opencc-js";
import { toHalfWidth } from "../../ingest/text/parse-amount.js";
import { translateEnglishWords } from "./lexicon/english-words.js";
import { TYPOS } from "./lexicon/thesaurus.js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

const CN_DIGIT: Record<string, string> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** Round amounts in words ("百万以上的设备") as the documents print them ("100万元"). */
const ROUND_AMOUNTS: readonly [RegExp, string][] = [
  [/(?<![\d二三四五六七八九两几数])一?千万/g, "1000万"],
  [/(?<![\d二三四五六七八九两几数])一?百万/g, "100万"],
  [/(?<![\d二三四五六七八九两几数百千])一?十万/g, "10万"],
];

/**
 * Full-width → half-width, traditional → simplified, English phrases → Chinese words,
 * Chinese-numeral years and round amounts → digits, no spaces, common typos fixed. Everything the planner matches runs on this form.
 */
export function normalizeQuestion(question: string): string {
  let q = translateEnglishWords(toSimplified(toHalfWidth(question))).replace(/[\s\u3000]+/g, "");
  q = q.replace(
    /([〇零一二三四五六七八九]{4})年/g,
    (_m: string, y: string) => `${[...y].map((c) => CN_DIGIT[c]).join("")}年`,
  );
  for (const [re, to] of [...ROUND_AMOUNTS, ...TYPOS]) q = q.replace(re, to);
  return q;
}
