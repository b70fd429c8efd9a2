/**
 * Modifiers that name sibling rows of one noun ("年初结转和结余" / "年末结转和结余", "基本支出" /
 * "项目支出"): one said where the other was meant names the sibling.
 */
export const SIBLING_MODIFIERS: readonly (readonly [string, string])[] = [
  ["年初", "年末"],
  ["期初", "期末"],
  ["基本", "项目"],
  ["人员", "公用"],
  ["中小", "小微"],
];
