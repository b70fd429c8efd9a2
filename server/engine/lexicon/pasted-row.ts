/**
 * A table row pasted into a question ("<项级代码> <名称> <数> <数> 这行是啥意思",
 * "<类> <款> <名称> <数> <数> <数> 多少钱"): its code, its name and its cells, asked what
 * it is. The cells are the numbers after the name.
 */
export const ROW_MEANING_ASKED =
  /这一?行|这条|这一条|啥意思|什么意思|是什么(?:钱|意思)?|指的?是?什么|怎么理解|多少钱|哪个单位|哪张表/;

/** What follows a pasted row's name: its numbers, separated as a table prints them, no words between. */
export const PASTED_NUMBERS = /^[\s\d.,，、|｜\t]*(?:万元|元)?(?:[\s\d.,，、|｜\t]+(?:万元|元)?)*/;

/** The numbers pasted after a row's name: amounts with separators, each one cell. */
export const PASTED_CELL = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g;

/** Documents listed when the pasted cells match rows of several. */
export const MAX_PASTED_MATCHES = 4;

/** What a subject code's length says it is, per classification. */
export const SUBJECT_LEVELS: Readonly<Record<"function" | "economic", Readonly<Record<number, string>>>> = {
  function: { 3: "支出功能分类的类级科目", 5: "支出功能分类的款级科目", 7: "支出功能分类的项级科目" },
  economic: { 3: "支出经济分类的类级科目", 5: "支出经济分类的款级科目" },
};
