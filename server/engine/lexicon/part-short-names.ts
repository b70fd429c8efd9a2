/**
 * How people name a part once its whole was just given ("三公多少？→ 公车那块呢"): short words
 * that name the part only in that context (alone, "公车" may ask for the cars).
 */
export const PART_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  公务用车购置及运行维护费: ["公车", "用车", "车辆", "车子"],
  "因公出国（境）费": ["出国", "出境"],
  公务接待费: ["接待"],
};

/**
 * Parts named only by their own word, never by the words they share with a sibling: "财政给了多少"
 * after an income total is its appropriation, not the 财政专户 money.
 */
export const PART_NAMED_ONLY_BY: Readonly<Record<string, RegExp>> = {
  财政专户管理资金收入: /专户|非税/,
};
