import type { Fact } from "../schema.js";

/**
 * Tables that list projects ("部门项目支出表", "项目支出预算明细表"), and the bodies (预算单位) such a
 * table lists its projects under.
 */

/**
 * A table of projects, by its title (with a closing qualifier: "…项目支出预算表（其他运转类、特定目标类项目）";
 * "项目支出预算情况表").
 */
export const PROJECT_TABLE = /项目(?:支出)?(?:预算)?(?:明细|情况)?表(?:[（(][^（()）]{1,30}[)）])?$/;

/**
 * A table by the department's bodies ("下属单位支出决算情况表", "所属单位收入预算表"): its rows are bodies,
 * so its header ("合计 基本支出 项目支出") does not make it the standard table that header heads.
 */
export const BODIES_TABLE_TITLE = /(?:下属|所属|局属|直属|二级|各)(?:预算)?单位|单位构成/;

/** The table id of a department's numbered list of its bodies, read as rows (their staff counts). */
export const BODIES_LIST_TABLE = "bodies";

/** "（本级）" after a department's name: its own level, no body of it. */
export const OWN_LEVEL = /[（(]本级[)）]/;

/**
 * A body's name ends with what kind of body it is ("…中心", "…支队", "…办公室", "…委员会", "…中学",
 * "…（本级）"),
 * or with another name of it in brackets ("<某办公室>（<某办>）").
 */
export const BODY_NAME = new RegExp(
  `(?:局|委|办|院|馆|所|站|队|中心|处|厅|部|室|委员会|学校|中学|小学|幼儿园|本级|${OWN_LEVEL.source})(?:[（(][^（）()]{1,16}[）)])?$`,
);

/**
 * The header of a column naming each row's item in a table of purchases or assets ("资产名称",
 * "采购项目"): the row's own name, the body beside it (单位名称) saying whose it is.
 */
export const ITEM_HEADER = /^(?:资产名称|采购项目|采购项目名称|物品名称|设备名称|货物名称)$/;

/** The header of a column naming the body each project row belongs to ("单位名称", "预算单位"). */
export const BODY_COLUMN = /^(?:预算)?单位(?:名称)?$/;

/**
 * The column of a grid of projects that states each project's money ("项目名称 | 实施单位 | … | 预算金额"):
 * a table titled as a target form ("项目支出绩效目标表") but laid out a project a row.
 */
export const PROJECT_AMOUNT_COLUMN = /^(?:预算金额|项目金额|预算资金|项目预算|金额)(?:[（(][万千]?元[)）])?$/;

/** The column of such a grid naming the body that carries each project out ("实施单位"). */
export const CARRIED_BY_COLUMN = /^(?:预算|实施|责任|主管)?单位(?:名称)?$/;

/** A column of subject codes beside the amounts ("功能科目", "支出经济分类科目"): codes, never amounts. */
export const CODE_COLUMN = /^(?:支出)?(?:功能|经济)?(?:分类)?科目(?:编码|代码)?$/;

/** A table's total or subtotal row: no body's, no project's. */
export const TOTAL_ROW = /^(?:合\s*计|总\s*计|小\s*计)$/;

/** A list of items no standard table is ("其他收入预算明细表"), numbered as the standard ones are. */
const DETAIL_LIST = /明细表$/;

/**
 * A row of such a list ("社会捐赠收入"), named by what it is: it is looked up by that name as a
 * project row is, not a total or a body.
 */
export function detailListRow(fact: Fact): boolean {
  return (
    !!fact.table &&
    !fact.template &&
    !fact.metric &&
    !fact.rowCode &&
    DETAIL_LIST.test(fact.tableTitle ?? "") &&
    !TOTAL_ROW.test(fact.row) &&
    !BODY_NAME.test(fact.row)
  );
}

/** The body's own name without the mark that it is the department's own part ("…局（本级）" → "…局"). */
export function bodyKey(name: string): string {
  return name.replace(/[（(]?本级[)）]?$/, "");
}
