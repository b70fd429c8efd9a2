import * as OpenCC from "opencc-js";
import { toHalfWidth } from "../../ingest/text/parse-amount.js";

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

/** Typos and variants people type for the lexicon's words. */
const VARIANTS: [RegExp, string][] = [
  [/三公(经废|经费用|费用|开支)/g, "三公经费"],
  [/3公/g, "三公"],
  [/公物接待/g, "公务接待"],
  [/公务用车运维费?/g, "公务用车运行维护费"],
  [/决策数/g, "决算数"],
  [/(旅|务|议|训|待|公|用)废/g, "$1费"],
  [/接待废/g, "接待费"],
  [/驻京联络处/g, "驻北京联络处"],
];

/**
 * Full-width → half-width, traditional → simplified, Chinese-numeral years → digits, no
 * spaces, common typos fixed. Everything the planner matches runs on this form.
 */
export function normalizeQuestion(question: string): string {
  let q = toSimplified(toHalfWidth(question)).replace(/[\s\u3000]+/g, "");
  q = q.replace(
    /([〇零一二三四五六七八九]{4})年/g,
    (_m: string, y: string) => `${[...y].map((c) => CN_DIGIT[c]).join("")}年`,
  );
  for (const [re, to] of VARIANTS) q = q.replace(re, to);
  return q;
}
