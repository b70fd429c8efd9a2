/**
 * Totals whose stated change on last year may be quoted for another total of the same amount this
 * year (支出合计 = 收支总计 when nothing is carried over): the overall totals only. A part equal to
 * its whole this year (财政拨款收入 = 收入合计) may not have been last year, so parts are no kin.
 */
export const TOTAL_KIN: Readonly<Record<string, readonly string[]>> = {
  支出合计: ["收支总计", "财政拨款收支总计"],
  收入合计: ["收支总计", "财政拨款收支总计"],
};
