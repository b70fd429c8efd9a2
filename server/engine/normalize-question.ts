import * as OpenCC from "opencc-js";
import { toHalfWidth } from "../../ingest/text/parse-amount.js";
import { translateEnglishWords } from "./lexicon/english-words.js";
import { withoutFillers, withoutFormLabels, withoutPleasantries } from "./lexicon/pleasantries.js";
import { SIBLING_MODIFIERS } from "./lexicon/sibling-modifiers.js";
import { ABBREVIATIONS, PARTED_NAMES, PLACE_BEFORE_YEAR, SPLIT_VERBS, TYPOS } from "./lexicon/thesaurus.js";
import { SAME_QUESTION_OF } from "./lexicon/follow-up-cues.js";
import { segment } from "../../ingest/index/tokenize.js";

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

/** A Chinese numeral of whole thousands, hundreds and tens ("五", "十五", "两", "五十", "三百", "两千五百"); undefined when malformed as digits. */
function hundredsNumber(words: string): string | undefined {
  let total = 0;
  let rest = words.replace(/两/g, "二");
  for (const [mark, size] of [
    ["千", 1000],
    ["百", 100],
    ["十", 10],
  ] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    if (head.length > 1) return undefined;
    total += Number(head ? CN_DIGIT[head] : "1") * size;
    rest = rest.slice(at + 1);
  }
  if (rest.length > 1) return undefined;
  return String(total + Number(rest ? (CN_DIGIT[rest.replace(/^零/, "")] ?? "0") : "0"));
}

/** "百分之十五", "百分之二点五" → "15%", "2.5%"; "百分之几" and "百分之多少" stay cues. */
function percentWords(q: string): string {
  return q.replace(
    /百分之([一二两三四五六七八九十]{1,3})(?:点([〇零一二三四五六七八九]+))?/g,
    (m: string, whole: string, fraction?: string) => {
      const n = hundredsNumber(whole);
      if (!n) return m;
      return `${n}${fraction ? `.${[...fraction].map((c) => CN_DIGIT[c]).join("")}` : ""}%`;
    },
  );
}

/**
 * Two figures sharing their ending said once ("<甲><乙>结转结余"): each written out, so each is
 * matched as the figure it is.
 */
const SHARED_ENDINGS: readonly [RegExp, string][] = [
  [/年初(?:结转)?(?:和|、|及|与)?年末结转(?:和)?结余/g, "年初结转和结余、年末结转和结余"],
  [/人员(?:和|、|及|与)公用经费/g, "人员经费和公用经费"],
  [/基本(?:和|、|及|与)项目支出/g, "基本支出和项目支出"],
  // The two other funds asked together, their income or spending said once.
  [/政府性基金(?:预算)?(和|与|及|、)国有资本经营(?:预算)?(收入|支出)/g, "政府性基金$2$1国有资本经营$2"],
  [/国有资本经营(?:预算)?(和|与|及|、)政府性基金(?:预算)?(收入|支出)/g, "国有资本经营$2$1政府性基金$2"],
  // "区级和市级支持某某": two levels' shares of one item, each written out
  [
    /(区级|市级|省级|县级|中央)(和|与|及|、)(区级|市级|省级|县级|中央)([\u4e00-\u9fa5]{2,12}?)(?=加起来|加在一起|合计|一共|总共|共|各|分别|多少|的|[，,。？?]|$)/g,
    "$1$4$2$3$4",
  ],
  // "第二、第三季度", "二三季度": quarters listed, their ending said once
  [/第?([一二三四])(?:、|和|及|与|,|，)?第?([一二三四])季度/g, "第$1季度、第$2季度"],
  // "<列>、<列>、项目各多少": the last column listed said by its first word
  [/(?<=(?:人员经费|公用经费|基本支出)(?:和|、|及|与|,))项目(?=各|分别|都|的|是|多少|呢|$)/g, "项目支出"],
];

/** A comparison whose second side is only the sibling modifier ("比年初多"). */
const SIBLING_COMPARED = SIBLING_MODIFIERS.flatMap(([one, other]) =>
  [
    [one, other],
    [other, one],
  ].map(
    ([first, second]) =>
      [
        new RegExp(
          `${first}([\\u4e00-\\u9fa5]{1,8}?)(比|较)${second}(?=的?(?:多|少|高|低|增|减|涨|降|差|相比|大|小))`,
          "g",
        ),
        `${first}$1$2${second}$1`,
      ] as const,
  ),
);

/**
 * A counted list sharing its ending ("甲、乙、丙三项缴费"): the ending written out on each item
 * ("甲缴费、乙缴费、丙缴费三项"), so each is matched as the figure it is and the count still
 * checks how many were read.
 */
const COUNTED_LIST =
  /((?:[\u4e00-\u9fa5]{2,6}(?:、|和|及|与))+[\u4e00-\u9fa5]{2,6})([两二三四五六七八九\d]{1,2}(?:项|个|类))(缴费|经费|支出|专项|项目)/g;
/** The list in brackets after its count and kind ("四个某某专项（甲、乙、丙、丁）"): written as a counted list. */
const BRACKETED_LIST =
  /([两二三四五六七八九\d]{1,2}(?:项|个|类))[\u4e00-\u9fa5]{0,6}?(缴费|经费|支出|专项|项目)[(（]((?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8})[)）]/g;
/** An item already named as a fee or spending keeps its name. */
const NAMED_AS_SPENDING = /(?:费|支出)$/;

function endingOnEachListed(question: string): string {
  const q = question.replace(
    BRACKETED_LIST,
    (_m: string, count: string, ending: string, items: string) => `${items}${count}${ending}`,
  );
  return q.replace(COUNTED_LIST, (_m: string, items: string, count: string, ending: string) => {
    const written = items
      .split(/(、|和|及|与)/)
      .map((part, i) => (i % 2 === 1 || NAMED_AS_SPENDING.test(part) ? part : `${part}${ending}`));
    // "四个" after the last item would read as part of its name: counted as items ("四项").
    return `${written.join("")}${count.replace(/个$/, "项")}`;
  });
}

/**
 * Ratios people name that the documents never print, written as the share of the two counts
 * they are ("编制使用率": the staff over the posts).
 */
const NAMED_RATIOS: readonly [RegExp, string][] = [
  [/编制(?:的)?(?:使用|占用|利用)率|满编率|在编率/g, "在职人数占编制数的比例"],
];

/**
 * "五十万", "三百万元", "两千万以上", "八千元": an amount in Chinese numerals before 万, 亿 or 元, in digits.
 * "多少千元", "折合千元": 千元 there is the measure asked in, no amount.
 */
const NUMERAL_AMOUNT =
  /(?<![\d〇零一二两三四五六七八九十百千])(?<!(?:多少|几|成|合|以|按|用)(?=千元))([一二两三四五六七八九十百千]{1,5})(?=(?:万|亿)(?:元|块|以上|以下|之间|到|至|左右|上下|的|多|[,，。？?、]|$)|元|(?:到|至)[一二两三四五六七八九十百千\d]+(?:万|亿|元))/g;

function numeralAmounts(q: string): string {
  return q.replace(NUMERAL_AMOUNT, (m: string, words: string) => hundredsNumber(words) ?? m);
}

/** Round amounts in words ("百万以上的设备") as the documents print them ("100万元"). */
const ROUND_AMOUNTS: readonly [RegExp, string][] = [
  [/(?<![\d二三四五六七八九两几数])一?千万/g, "1000万"],
  [/(?<![\d二三四五六七八九两几数])一?百万/g, "100万"],
  [/(?<![\d二三四五六七八九两几数百千])一?十万/g, "10万"],
];

/** A code or year typed one digit at a time ("2 0 1 3 1 0 2"): one number, not cells of a row. */
const SPACED_DIGITS = /(?<![\d.])\d(?:[ \u3000]\d){3,}(?![\d.])/g;

/** Blanks between numbers printed after a name (cells of a pasted row), not inside a code ("<类> <款>"). */
const PASTED_CELL_GAP = /(?<=[\u4e00-\u9fa5](?:[\s\u3000]*[\d.,]*\d)+)[\s\u3000]+(?=\d)/g;

/** A short word between two spaces ("货物 工程 服务各多少"): the spaces list the words. */
const SPACED_WORD = /(?<=[\u4e00-\u9fa5])[\s\u3000]+(?=[\u4e00-\u9fa5]{2,4}[\s\u3000]+[\u4e00-\u9fa5])/g;
const LAST_SPACED = /(?<=、[\u4e00-\u9fa5]{2,4})[\s\u3000]+(?=[\u4e00-\u9fa5])/g;

/** Asked of each word listed ("各多少", "分别是多少"). */
const OF_EACH = /各|分别|合计|一共|总共|共计|加起来|加一起|加在一起/;
/** Words that ask for a total: a "加" between two names there means "plus". */
const SUM_ASKED = /合计|一共|总共|共计|总计|加起来|等于|一起|总和/;

/**
 * Words listed with spaces before "各/分别" are listed with "、" ("货物 工程 服务各多少"); other
 * spaces only part words ("区委办 2024 年 政府 采购 总额").
 */
function listedWithSpaces(q: string): string {
  return OF_EACH.test(q) ? q.replace(SPACED_WORD, "、").replace(LAST_SPACED, "、") : q;
}

/**
 * "甲加乙一共多少": a "加" the segmenter leaves standing alone between two names (not 增加, 追加,
 * 参加, 加班 … nor 加起来) lists them like "和", when a total is asked.
 */
function plusAsAnd(q: string): string {
  if (!q.includes("加") || !SUM_ASKED.test(q)) return q;
  const words = segment(q);
  return words
    .map((word, i) =>
      word === "加" && i > 0 && !/^(?:起来|上|一起|在)/.test(words[i + 1] ?? "") ? "和" : word,
    )
    .join("");
}

/**
 * An amount pasted as a page prints it ("12,345.00", "“某费 12,345”", "1,234元") is one number. Only
 * ASCII commas, and only before decimals, a unit or a closing quote: "301,302,303各多少" and
 * "301，302" list codes.
 */
const THOUSANDS = /\d{1,3}(?:,\d{3})+(?=\.\d|\s*(?:元|万元|万|亿)|\s*[”"’'])/g;

function withoutThousandsSeparators(question: string): string {
  return question.replace(THOUSANDS, (amount) => amount.replaceAll(",", ""));
}

/**
 * Full-width → half-width, traditional → simplified, English phrases → Chinese words,
 * Chinese-numeral years and round amounts → digits, no spaces, common typos fixed. Everything the planner matches runs on this form.
 */
export function normalizeQuestion(question: string): string {
  let q = listedWithSpaces(
    translateEnglishWords(
      withoutFillers(
        withoutPleasantries(
          withoutFormLabels(toSimplified(toHalfWidth(withoutThousandsSeparators(question)))),
        ),
      ),
    ),
  )
    .replace(SPACED_DIGITS, (digits) => digits.replace(/[ \u3000]/g, ""))
    // A row pasted from a table ("<名称> <数> <数> <数>"): the cells after a name stay apart.
    .replace(PASTED_CELL_GAP, "｜")
    .replace(/[\s\u3000]+/g, "");
  q = q.replace(
    /([〇零一二三四五六七八九]{4})年/g,
    (_m: string, y: string) => `${[...y].map((c) => CN_DIGIT[c]).join("")}年`,
  );
  q = endingOnEachListed(plusAsAnd(numeralAmounts(percentWords(q))));
  for (const [re, to] of [
    ...ROUND_AMOUNTS,
    ...SHARED_ENDINGS,
    ...NAMED_RATIOS,
    ...TYPOS,
    ...ABBREVIATIONS,
    ...PARTED_NAMES,
    ...PLACE_BEFORE_YEAR,
    ...SPLIT_VERBS,
    ...SIBLING_COMPARED,
    ...SAME_QUESTION_OF,
  ])
    q = q.replace(re, to);
  return q;
}
