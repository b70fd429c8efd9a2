/**
 * Words of a question people also type in pinyin ("duo shao", "yu suan"): read back as Chinese
 * beside the index's own names (unit aliases, places, figures). Only words of four letters or more
 * are read (a shorter spelling names nothing reliably).
 */
export const SPELLED_QUESTION_WORDS: readonly string[] = [
  "多少",
  "是多少",
  "有多少",
  "预算",
  "决算",
  "三公",
  "经费",
  "支出",
  "收入",
  "一共",
  "合计",
  "人均",
  "上年",
  "去年",
  "今年",
  "增长",
  "减少",
  "车辆",
  "公车",
  "公务接待",
  "因公出国",
  "公务用车",
  "机关运行",
  "人员经费",
  "公用经费",
];
