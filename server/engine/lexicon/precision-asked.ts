/**
 * How precisely an asker wants an amount written ("四舍五入到万元", "保留一位小数", "精确到元", "取整"):
 * the measure to write it in (the figure's own when none is named) and the decimals to keep.
 * Answers print two decimals; a request for exactly that adds nothing.
 */
export const PRECISION_ASKED: readonly {
  words: RegExp;
  measure?: (match: RegExpExecArray) => string;
  places: (match: RegExpExecArray) => number;
}[] = [
  {
    // "四舍五入到万元", "精确到元", "取整到万元", "以万元为单位取整"
    words:
      /(?:四舍五入|精确|取整|保留|约)(?:到|至)?(亿元|万元|元)(?:为单位)?(?:取整)?|以(亿元|万元|元)为单位(?:取整|四舍五入)/,
    measure: (match) => match[1] ?? match[2],
    places: () => 0,
  },
  {
    words: /(?:保留|精确到|精确至|四舍五入到|四舍五入保留)(一|二|两|三|\d)位小数/,
    places: (match) => DIGITS[match[1]] ?? Number(match[1]),
  },
  { words: /取整(?!到|至)|四舍五入到个位|保留整数/, places: () => 0 },
  {
    // "折合多少千元", "以千元计": printed in no document, so always a conversion.
    words: /(?:多少|几)千元|(?:以|按|用)千元|(?:换算|折算|折合|换)成?千元/,
    measure: () => "千元",
    places: () => 2,
  },
];

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3 };

/**
 * One amount checked against another written in another unit ("说<甲>万，表里<乙>元，换算一致吗"):
 * the 元 amount converted to 万元 and rounded as the other was written.
 */
export const CONVERSION_CHECKED = /换算|折算|折合|一致|对得上|对不上|一样|相符|同一个数|四舍五入|取整/;

/** A table row that totals the others ("合计", "收入总计"): the cell preferred among equal amounts. */
export const TOTAL_ROW = /合计|总计/;
