/**
 * Lexicon figures that the economic classification (部门预算支出经济分类科目) lists as a row of
 * its own, by the row's standard code: the 三公 table and the economic table print the same
 * expense, each by its own scope (the economic tables of basic spending leave out what projects
 * pay for it).
 */
export const ECONOMIC_TWINS: Readonly<Record<string, readonly string[]>> = {
  "因公出国（境）费": ["30212"],
  会议费: ["30215"],
  培训费: ["30216"],
  公务接待费: ["30217"],
  公务用车运行维护费: ["30231"],
  公务用车购置费: ["31013"],
};

/**
 * The same rows by the names some economic tables give them instead of the standard one (上海's
 * "302 10 车辆运行费" for the cars' running cost).
 */
export const ECONOMIC_TWIN_NAMES: Readonly<Record<string, readonly string[]>> = {
  公务用车运行维护费: ["车辆运行费"],
};
