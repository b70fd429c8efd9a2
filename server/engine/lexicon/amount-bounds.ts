/**
 * "超过<金额>的科目有哪些", "<金额>到<金额>之间的有几项", "不到<金额>的项目": bounds on the amount of each
 * item a question lists or counts. Chinese numerals are digits by then ("一千万" → "1000万").
 */

/** An amount as the asker writes it: digits with 亿/万/千 and 元 ("1000万", "10万元", "5000元"); a rate is none. */
const AMOUNT = String.raw`(\d+(?:\.\d+)?)\s*((?:亿|万|千)?元|亿|万|千)?(?![\d.]|\s*(?:[%％]|个百分点|倍))`;

/** Which side of an item's amount a bound is on; strict bounds leave the amount itself out. */
export const BoundSide = ["above", "below"] as const;
export type BoundSide = (typeof BoundSide)[number];

export const AMOUNT_BOUNDS: readonly { side: BoundSide | "between"; strict: boolean; pattern: RegExp }[] = [
  // "在<数>万到<数>万之间", "<数>到<数>万元": both ends kept; the first end's scale may be left to the second.
  {
    side: "between",
    strict: false,
    pattern: new RegExp(`${AMOUNT}\\s*(?:到|至|~|～|－|-|—)\\s*${AMOUNT}(?:之间|之内|以内|范围内?)?`),
  },
  {
    side: "below",
    strict: false,
    pattern: new RegExp(`(?:不超过|不高于|不多于|至多|最多)${AMOUNT}|${AMOUNT}(?:及|或)?以下`),
  },
  {
    side: "above",
    strict: false,
    pattern: new RegExp(`(?:不少于|不低于|至少|起码)${AMOUNT}|${AMOUNT}(?:及|或)?以上`),
  },
  { side: "above", strict: true, pattern: new RegExp(`(?<!不)(?:超过|超出|高于|大于|多于|过)了?${AMOUNT}`) },
  { side: "below", strict: true, pattern: new RegExp(`(?:低于|少于|小于|不到|不足|未满|不满)${AMOUNT}`) },
];

/** The question lists or counts the items within the bounds ("有哪些", "哪几项", "有几项"). */
export const ITEMS_ASKED = /哪些|哪几|几项|几个|几笔|多少项|多少个|多少笔|列出|列一下|列举|分别是/;

/** What the items are, when no figure with parts is named: the noun the question counts. */
export const ITEM_KINDS: readonly { kind: "project" | "economic" | "function"; noun: RegExp }[] = [
  { kind: "project", noun: /项目|专项/ },
  { kind: "economic", noun: /经济分类|经济科目/ },
  { kind: "function", noun: /科目|功能分类|支出项|类别|款项/ },
];

/** Items a price class counts (设备, 车辆): their sentences answer, not the tables' rows. */
export const COUNTED_ASSETS = /设备|车辆|辆车|台|套/;

/** Classes of assets counted apart from the cars ("大额设备呢" after the cars: another count). */
export const ASSETS_BESIDE_CARS = /设备|仪器|房屋|用房|土地|家具|电脑/;

/** 万元 per scale word (the facts are in 万元). */
export const SCALE_IN_WAN: Readonly<Record<string, string>> = {
  亿: "10000",
  万: "1",
  千: "0.1",
  元: "0.0001",
};

/** The level of the functional classification a question lists (项 unless it says 类 or 款). */
export const FUNCTION_LEVELS: readonly { words: RegExp; digits: number; level: string }[] = [
  { words: /类级|类科目|按类/, digits: 3, level: "类" },
  {
    words: /款级|款科目|按款|(?:下面|下边|里面|之下)[^，,。？?]{0,4}哪(?:些|几个?)款/,
    digits: 5,
    level: "款",
  },
  // "<某类>下面具体有哪些项" (not "哪些项目", projects; not "排前三的是哪几项", which ones).
  {
    words: /项级|项科目|按项|(?:下面|下边|里面|之下)[^，,。？?]{0,4}哪(?:些|几个?)项(?!目)/,
    digits: 7,
    level: "项",
  },
];
export const DEFAULT_FUNCTION_LEVEL = FUNCTION_LEVELS[2];
