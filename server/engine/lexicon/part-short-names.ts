/**
 * How people name a part once its whole was just given ("三公多少？→ 公车那块呢"): short words
 * that name the part only in that context (alone, "公车" may ask for the cars).
 */
export const PART_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  公务用车购置及运行维护费: ["公车", "用车", "车辆", "车子"],
  "因公出国（境）费": ["出国", "出境"],
  公务接待费: ["接待"],
};
