/**
 * Ratios of two figures one sentence states ("累计接待N批次M人，支出X万元", "追加项目X万元，实际支出Y万元"): how a question asks for them, and how the sentence marks each figure.
 */

/** A per-unit amount asked ("平均每人合多少"): the counts a sentence states that it divides by. */
export const PER_COUNT_ASKED: readonly { asks: RegExp; counts: readonly string[]; per: string }[] = [
  { asks: /人均|每人|每个人|一个人|每位|每名|平均每?人/, counts: ["人次", "人"], per: "人" },
  { asks: /每批|一批/, counts: ["批次", "批"], per: "批次" },
  {
    // (Not "每个月", "一个季度": a period, divided by its own months.)
    asks: /每次|一次|每场|一场|每个电话|一个电话|每通|每件|一件|(?:每|一)个(?!月|季度|工作日|星期|礼拜)/,
    counts: ["人次", "次", "个", "件", "场", "通"],
    per: "次",
  },
];

/** "每个学生", "一个项目": what a per-item amount is asked of, named after the counting word. */
export const COUNTED_NOUN =
  /(?:每|一)个(?!月|季度|工作日|星期|礼拜|人|多|花|合|要|是|能|有|的|大|平|均)([\u4e00-\u9fa5]{2})/;
/** How far from a count its noun may be ("N个<某类单位>", "项目N个"). */
export const COUNTED_NOUN_REACH = 6;

/** Units compared ("谁高", "哪个多", "相比"): each unit's figure is asked, not one sentence's. */
export const UNITS_COMPARED = /谁|哪个|哪家|哪一个|比较|对比|相比|高于|低于|更高|更多|更少|更低/;

/** Money asked per unit ("多少钱", "合多少", "成本"). */
export const MONEY_PER = /钱|合多少|花多少|多少元|成本|费用|花费|开销/;

/** An execution rate of prose figures asked ("执行率", "花了几成", "用了百分之多少"). */
export const RATE_ASKED =
  /执行率|完成率|使用率|支出率|(?:花|用|执行|支出)(?:了|掉)?(?:几成|百分之几|百分之多少|多少比例|多大比例)/;

/**
 * Words right before the amount spent of an amount planned earlier in the sentence. A bare 支出 or
 * 执行 opens its clause ("…万元，执行…"): after a row's name ("一般公共服务（类）支出") it names the row.
 */
export const SPENT_CUE =
  /(?:实际(?:支出|执行|使用|完成)|已支出|(?:^|[，,；;。:：])\s*(?:全年|当年|年度|最终|最后|共|累计)?(?:支出|执行))(?:了|数为|为|数)?\s*$/;

/** Words right before an amount that make it a change or a remainder, never an amount planned ("调减X万元"). */
export const CHANGE_CUE = /(?:调减|调增|调整|减少|增加|下降|增长|节约|结余|结转|压减|核减)(?:了|为)?\s*$/;

/** A number as prose prints it, whole: thousands separators allowed ("<千>,<百>.<分>"), never its tail alone. */
const PRINTED_NUMBER = String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

/** The value of a number PRINTED_NUMBER matched, its separators dropped. */
export const printedValue = (printed: string) => printed.replace(/,/g, "");

/** How a sentence states a quantity: an amount or a count. */
export const QUANTITY = new RegExp(`${PRINTED_NUMBER}\\s*(万元|元|人次|批次|人|次|个|件|场|通|批)`, "g");

/** Question words that name no topic of the sentence sought. */
export const RATIO_WORDS =
  /平均|人均|每人|每个|一个|多少|执行率|完成率|使用率|百分之|几成|比例|成本|花费|实际|花了|用了|钱/;

/** Which of several things a sentence lists cost most (or least) is asked. */
export const RANK_ASKED = /最多|最高|最贵|最大|最少|最低|最便宜|最小|排第一|排名/;
/** …the least. */
export const RANK_LEAST = /最少|最低|最便宜|最小|最省/;
/** "甲支出a万元，…；乙支出b万元": one listed item and its amount, items apart by ；. */
export const LISTED_AMOUNT = new RegExp(
  `([^；;：:]{2,40}?)(?:支出|花费|费用|经费|共计|合计)?\\s*${PRINTED_NUMBER}\\s*万元`,
);
/** The fewest items a list must have to rank them. */
export const MIN_LISTED = 3;
