import { INCOME_SOURCES } from "../../../ingest/domain/metrics.js";
import { BODIES_TABLE_TITLE } from "../../../ingest/domain/project-tables.js";

/**
 * A title of a table by the department's bodies (ingest's BODIES_TABLE_TITLE) naming a side ("…单位支出…")
 * or both ("部门决算单位构成及收支情况表").
 */
const bodiesTable = (side: string) =>
  new RegExp(`(?:${BODIES_TABLE_TITLE.source})[^表]{0,6}(?:${side}|收支)`);

/**
 * A table of the department's own making that lists each body's money ("下属单位支出决算情况表",
 * "所属单位收入预算表"), by its title: a row of it is that body's figure of the side the title names.
 */
export const BODY_TABLE_TITLES: readonly { title: RegExp; metrics: readonly string[] }[] = [
  {
    title: bodiesTable("支出"),
    metrics: ["支出合计", "基本支出", "项目支出"],
  },
  {
    title: bodiesTable("收入"),
    metrics: ["收入合计", "财政拨款收入", "一般公共预算财政拨款收入", "事业收入", "其他收入"],
  },
];

/** The department's subordinate bodies asked about, not its own level ("下属单位里", "这几个事业单位"). */
export const SUBORDINATES_ASKED = /下属|所属|下面的|事业单位|二级单位|这几个|这几家|这些单位/;

/** A total of several bodies asked ("加起来", "合计多少", "一共"): their rows' cells added. */
export const SUM_OF_BODIES_ASKED = /加起来|加在一起|合计|一共|总共|共计|总和|之和/;

/** A body's share of its own whole asked ("占它总支出", "占自身支出"): two cells of its own row. */
export const OWN_WHOLE_ASKED = /占(?:它|其|自身|自己|本单位|该单位)/;
/**
 * The whole department as people say it ("全局", "整个部门", "全系统"), and what its budget covers
 * ("纳入<上级>部门预算的"): the department, no figure's qualifier.
 */
const WHOLE_DEPARTMENT =
  "全局|全部门|整个(?:部门|局|委|办|单位|系统)?|全系统|局里|全委|全办|纳入[^，,。？?]{0,8}?部门(?:预算|决算)(?:编制范围)?";
export const WHOLE_DEPARTMENT_SAID = new RegExp(`(?:${WHOLE_DEPARTMENT})(?:的|里|中)?`, "g");
/** A body's share of its department asked ("占全局", "在整个部门里占"): its row over the department's figure. */
export const PARENT_WHOLE_ASKED = new RegExp(`(?:占|在)(?:${WHOLE_DEPARTMENT}|部门|整个|全)`);

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
  财政专户管理资金收入: "02",
  ...Object.fromEntries(INCOME_SOURCES.map((source) => [source, "02"])),
  // (The income table by body prints each one's carry-in too, "上年结转", in its row's 合计.)
  年初结转和结余: "02",
  收支总计: "02",
  支出合计: "03",
  基本支出: "03",
  项目支出: "03",
  // The 三公 table of a department that lists its bodies' rows under 合计.
  三公经费: "09",
};

/** A figure asked body by body ("按单位分", "各单位分别", "下面三个预算单位…各是多少"). */
export const BY_BODY_ASKED =
  /(?:按|分)(?:预算)?单位|各(?:个)?(?:预算|下属|所属|二级)?单位|每个(?:预算|下属|所属)?单位|单位分别|[两三四五六七八九十\d]+[个家](?:预算|下属|所属)?单位[^。？?]{0,14}?(?:各|分别)/;

/**
 * "9个市场监督管理所加起来", "各市场监督管理所合计", "几个执法中队一共", "<N>个<地名词>分局加起来": a kind of
 * body counted or taken together, which the rows of a department's table name (their names end in it,
 * or in its type: "分局" for "<地名词>分局"), asked added up; the asker may list them in brackets
 * after the kind ("<N>个<某类单位>（<甲>、<乙>…）加起来").
 */
export const BODIES_OF_KIND_ASKED =
  /(?:(?<count>\d{1,2}|[两二三四五六七八九十]{1,3})个|各|所有|全部)(?<kind>[\u4e00-\u9fa5]{0,8}?(?<type>所|队|中队|中心|站|院|学校|中学|小学|幼儿园|分局))(?=(?:[（(][^）)]{1,40}[）)])?[^，。？?]{0,12}?(?:加起来|加在一起|合计|一共|总共|共计|总和|之和))/;
