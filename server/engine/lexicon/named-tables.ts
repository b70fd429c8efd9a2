import { FUND_NAMES, headingFund, type FundScope } from "../../../ingest/domain/fund-scopes.js";

/**
 * A table the question names ("经济分类表里的人员经费", "财务收支总表上", "公开03表"): where to read
 * a figure two tables print differently. The words that name one, and what a table's title must
 * contain to be it.
 */
export const TABLE_NAMED =
  /(财务收支|收入支出|收支|收入|支出|经济分类|功能分类|三公经费|“三公”经费|三公|“三公”|基本支出|项目支出|(?:一般公共预算|政府性基金(?:预算)?)(?:财政拨款)?(?:基本)?支出|政府性基金|财政拨款收支|财政拨款收入支出|一般公共预算)(?:预算|决算)?(?:总|汇总|明细|情况)?表|公开\s*(\d+)\s*表/g;

/** The tables set against the narrative ("表里和文里一样吗"): where to read, no qualifier of the figure. */
export const SOURCES_COMPARED = /表(?:格)?(?:里|中|上)(?:和|跟|与)(?:文字?|说明|正文)(?:里|中|上)/g;

/** The narrative named as the place ("说明里也有吗", "情况说明中"): its sentences before the tables. */
const NARRATIVE_PLACE = /(?:情况|文字|编制)?说明(?:里|中|上|部分)|正文(?:里|中)?/;

/**
 * The narrative set against a table or a number ("说明和表里印的一致吗", "说明写的<数>对不上"): both
 * places are wanted, neither first.
 */
const SET_AGAINST = /表|\d|对不上|对得上|一样|一致|对吗|相符|核对/;

/**
 * A fund said right before a part of spending ("一般公共预算基本支出", "政府性基金的项目支出"): that
 * fund's own table and the narrative under its heading print it, not the all-funds tables.
 */
/** Parts of spending each fund's own table prints too (its 基本支出 / 项目支出 columns, its 人员 / 公用 rows). */
export const PARTS_BY_FUND: readonly string[] = [
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "年初结转和结余",
  "年末结转和结余",
];

/** How people say those parts after a fund ("政府性基金年初结转", "…的结转结余"). */
const PARTS_SAID = [...PARTS_BY_FUND, "年初结转", "年末结转", "结转结余", "结转和结余"];

/** "到<年>年底还结转了多少", "年末还剩": the fund's carry-over to the next year, said by when. */
const YEAR_END_LEFT = String.raw`(?:到|截至|截止)?(?:20\d{2})?(?:年底|年末)(?:还|还有)?(?:结转|结余|剩)`;
const FUND_BEFORE_PART = new RegExp(
  `(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?(?:安排)?的?(?=${YEAR_END_LEFT}|(?:还|还有)?(?:${PARTS_SAID.join("|")}))`,
  "g",
);

/**
 * "<只看某基金>拨款，<某项>占多少", "按<某基金>口径的话，…": a fund said first, then the
 * question: every figure of it is read in that fund's table.
 */
export const FUND_SCOPE_OPENS = new RegExp(
  `(?:(?:只|仅|单|光|就)(?:算|看|计)|按照?|以)(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?(?:的?口径)?(?:来[看算])?(?:的话)?[，,]`,
  "g",
);

/** Words that put what follows inside the figure just said ("<某支出>里面…", "…当中"). */
export const INSIDE_WORDS = "里面|里边|里头|里|中|当中|之中|其中";

/**
 * "<某科目>一般公共预算跟<上年>比…", "<某科目><某基金>安排了多少": a fund said right after a row's name,
 * asking that row's figure or change in that fund, read in the fund's own table.
 */
const ROW_THEN_FUND = new RegExp(
  `(?<=[\\u4e00-\\u9fa5])(?<![年的是有])(${FUND_NAMES})(?:口径)?(?=(?:今年|本年)?(?:跟|比|和|较|与|同)(?:20\\d{2}年|上年|去年|上一年)|(?:今年|本年)?(?:安排|给|拨)了?(?:多少|几))`,
  "g",
);

/** "<某部分>里面<某基金>拨款安排的是多少": that fund's part of it, read in the fund's own table. */
const PART_THEN_FUND = new RegExp(
  `(?:${PARTS_SAID.join("|")})(?:${INSIDE_WORDS})的?[，,]?(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?(?:安排)?了?的?(?:部分|那部分|那块)?(?:是|有)?(?:多少|几)`,
  "g",
);

/**
 * "<某科目>多少？→ 其中一般公共预算多少", "→ 按一般公共预算财政拨款口径呢", "→ 只算一般公共预算财政
 * 拨款呢", "→ 只算一般公共预算的话呢", "→ 要是只看一般公共预算呢", "→ 按一般公共预算口径，去年是多少": the
 * part of the figure before
 * that one fund pays, read in that fund's table.
 */
export const FUND_PART_ASKED = new RegExp(
  `^(?:那|那么)?(?:如果|要是|假如|假设|若是?)?(?:其中的?(?:用|由|从)?(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?(?:安排了?)?的?(?:部分|那部分|那块)?|(?:按|按照|换成|改按|用)?(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?的?口径|(?:只|仅|单|光)(?:算|看|计|要)(?:其中)?的?(?:用|由|从)?(${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?(?:安排)?的?(?:部分|那部分|那块|口径)?)(?:的话)?(?:[，,][^，,。？?]{0,6}?)?(?:是|有|占|算)?(?:多少|几|呢)`,
  "g",
);

/**
 * All the body's money asked, whatever fund or source pays it ("所有资金加起来", "按全部资金口径",
 * "算上单位资金"): the all-funds tables print it, not one fund's.
 */
const OTHER_SOURCES = "所有|全部|单位资金|单位自有资金|自有资金|事业收入|其他资金|其他收入";
export const ALL_FUNDS_ASKED = new RegExp(
  `(?:所有|全部|各项|各类|各种)(?:的)?(?:资金来源|经费来源|资金|钱|来源)|全口径|(?:算上|加上|包括|含)(?:${OTHER_SOURCES})|` +
    // "把单位资金也算进去", "事业收入也加上".
    `(?:${OTHER_SOURCES})(?:也|都)*(?:算|加|计|包括)(?:进去|进来|上|在内|入)`,
);

/** All the money as a question names it beside one fund's ("全部资金", "全部支出和…"): the wide scope of a row. */
const ALL_SCOPE_SAID = "(?:全部|所有)(?:资金)?|全口径";
/** One fund's (or every fund's) appropriation as a question names it: a narrow scope of a row. */
const FUND_SCOPE_SAID = `(?:${FUND_NAMES}|财政拨款)(?:财政)?(?:拨款)?`;
/** Words around a scope said ("…口径", "…的支出", "…安排的"). */
const SCOPE_TAIL = "(?:的)?(?:口径|来源)?(?:的)?(?:支出|安排的?(?:支出)?|数|金额)?";

/**
 * All the money and one fund's set against each other ("全部资金口径和一般公共预算口径差多少",
 * "全部资金支出和一般公共预算拨款支出各多少"): a row read in each scope's tables; the scopes are no
 * figures of their own when the question names that row. (Two funds side by side, "政府性基金和国有
 * 资本经营", are two figures.)
 */
const SCOPES_JOINED = `${SCOPE_TAIL}(?:和|与|跟|同|对比|比|、)(?:按)?`;
export const FUNDS_COMPARED = new RegExp(
  `(?:按)?(?:(${ALL_SCOPE_SAID})${SCOPES_JOINED}(${FUND_SCOPE_SAID})|(${FUND_SCOPE_SAID})${SCOPES_JOINED}(${ALL_SCOPE_SAID}))${SCOPE_TAIL}`,
  "g",
);

const ALL_SCOPE_ONLY = new RegExp(`^(?:${ALL_SCOPE_SAID})$`);

/** The scope a name of FUNDS_COMPARED says. */
function scopeSaid(words: string): FundScope | undefined {
  return ALL_SCOPE_ONLY.test(words) ? "all" : headingFund([words]);
}

/**
 * A table named: the words its title contains, or its printed label ("公开03表"); the narrative;
 * or the fund a figure is asked of (its table and the narrative under its heading).
 */
export interface NamedTable {
  title?: string;
  /** The table's name as the question says it ("支出决算表"): a table titled exactly so comes first. */
  said?: string;
  label?: string;
  /** Named as a 总表 ("支出总表"): a table whose title ends so, not any table of those words. */
  total?: boolean;
  narrative?: boolean;
  fund?: FundScope;
}

export function tablesNamedIn(question: string): NamedTable[] {
  const tables = [...question.matchAll(TABLE_NAMED)].map((match): NamedTable =>
    match[2]
      ? { label: `公开${match[2].padStart(2, "0")}表` }
      : {
          title: match[1].replace(/[“”]/g, ""),
          said: match[0].replace(/[“”]/g, ""),
          // "支出总表" is the all-funds 部门支出总表, not every table of spending ("一般公共预算支出表").
          ...(/[^汇]总表$/.test(match[0]) ? { total: true } : {}),
        },
  );
  const funds = [
    ...question.matchAll(FUND_BEFORE_PART),
    ...question.matchAll(PART_THEN_FUND),
    ...question.matchAll(FUND_SCOPE_OPENS),
    ...question.matchAll(FUND_PART_ASKED),
    ...question.matchAll(ROW_THEN_FUND),
  ].flatMap((match): NamedTable[] => {
    const fund = headingFund([match[1] ?? match[2] ?? match[3]]);
    return fund ? [{ fund }] : [];
  });
  if (ALL_FUNDS_ASKED.test(question)) funds.push({ fund: "all" });
  for (const match of question.matchAll(FUNDS_COMPARED))
    for (const fund of match.slice(1).filter(Boolean).map(scopeSaid))
      if (fund && !funds.some((named) => named.fund === fund)) funds.push({ fund });
  return NARRATIVE_PLACE.test(question) && !tables.length && !SET_AGAINST.test(question)
    ? [{ narrative: true }]
    : [...tables, ...funds];
}

/** The carry-over totals a fund's own table prints of that fund too. */
export const CARRY_OVER_KEYS: ReadonlySet<string> = new Set(["年末结转和结余", "年初结转和结余"]);
