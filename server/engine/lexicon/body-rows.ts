/**
 * Tables a department prints with one row per body it covers (部门收入预算表 and 部门支出预算表 listed by
 * 单位 rather than by subject), and the totals they give for each body: income totals in the income
 * table (02), spending totals in the spending table (03), 三公 totals in the 三公 table (09).
 */
export const BODY_ROW_TABLES: Readonly<Record<string, string>> = {
  收入合计: "02",
  财政拨款收入: "02",
  一般公共预算财政拨款收入: "02",
  政府性基金预算财政拨款收入: "02",
  事业收入: "02",
  其他收入: "02",
  支出合计: "03",
  基本支出: "03",
  项目支出: "03",
  // The 三公 table of a department that lists its bodies' rows under 合计.
  三公经费: "09",
};

/** A figure asked body by body ("按单位分", "各单位分别", "下面三个预算单位…各是多少"). */
export const BY_BODY_ASKED =
  /(?:按|分)(?:预算)?单位|各(?:个)?(?:预算|下属|所属|二级)?单位|每个(?:预算|下属|所属)?单位|单位分别|[两三四五六七八九十\d]+个(?:预算|下属|所属)?单位[^，,。？?]{0,12}各/;
