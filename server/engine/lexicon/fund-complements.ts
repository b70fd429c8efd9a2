/**
 * "<整体>里有多少比例不是<某资金>的钱": the whole less the part that fund pays, over the whole. How the
 * questions name the whole, and where each fund's part of a whole is printed: a metric of its own
 * (the appropriation income of the 收支总表) or the whole's row in that fund's own table.
 */

/** The fund said as "not it" ("不是一般公共预算的钱", "非财政拨款资金"). */
export const NOT_OF_FUND =
  /(?:不是|不属于|不来自|非)(一般公共预算|财政拨款)(?:拨款)?(?:的|安排的)?(?:钱|资金|经费|部分|收入)?/;

/** The fund whose part of the whole is asked ("<整体>里一般公共预算的钱占多少"), right before its 占. */
export const OF_FUND =
  /(?<!不是|不属于|不来自|非)(一般公共预算|财政拨款)(?:拨款)?(?:的|安排的)?(?:钱|资金|经费|部分|收入)?(?=[^，,。？?\d]{0,4}占)/;

/** The rest of a whole beside one fund's part asked ("其余的呢", "余下的部分", "另外那些钱"). */
export const REST_OF_FUNDS_ASKED = /(?:剩下|剩余|其余|余下|其他|另外)(?:的|那)?(?:部分|块|些|钱|资金)/;

/** A share asked ("多少比例", "占几成", "百分之几"). */
export const SHARE_WORDS = /比例|比重|占比|占(?:了)?(?:多少|几|百分之)|几成|百分之(?:几|多少)/;

/** Where the whole ends: 里/中, after the amount the asker quotes ("项目支出1418.2万里面"). */
const INSIDE = String.raw`(?:\s*[\d.,]+\s*万?元?)?(?:里|中|当中|里面)`;

/** The whole, as the question names it before 里/中 ("项目支出里…", "收入中…"); longer names first. */
export const COMPLEMENT_WHOLES: readonly { words: RegExp; whole: string; afterPart?: true }[] = [
  { words: new RegExp(`项目支出${INSIDE}`), whole: "项目支出" },
  { words: new RegExp(`基本支出${INSIDE}`), whole: "基本支出" },
  { words: new RegExp(`收入${INSIDE}`), whole: "收入合计" },
  { words: new RegExp(`支出${INSIDE}`), whole: "支出合计" },
  // …or after 占 ("…占本年收入的比例"): the year's whole.
  {
    words: /占(?:全部|本年|部门)?收入(?:合计|总额)?的?(?:比例|比重|多少|几|百分)/,
    whole: "收入合计",
    afterPart: true,
  },
  {
    words: /占(?:全部|本年|部门)?支出(?:合计|总额)?的?(?:比例|比重|多少|几|百分)/,
    whole: "支出合计",
    afterPart: true,
  },
];

/** The parts that make the rest, named in brackets after it ("非<某资金>收入（<甲>加<乙>）"). */
export const NAMED_PARTS = /^[（(]([^（）()]{2,40})[)）]/;
/** Between the named parts. */
export const PART_SEPARATOR = /加上?|和|与|及|以及|、|\+|＋|，|,/;

/**
 * Where a fund's part of each whole is printed: a lexicon metric, the whole's row in the fund's own
 * table, or that table's 合计 row (by its template id).
 */
export const FUND_PART_OF: Readonly<
  Record<string, Readonly<Record<string, { metric: string } | { fundTable: true } | { fundTotal: string }>>>
> = {
  一般公共预算: {
    收入合计: { metric: "一般公共预算财政拨款收入" },
    项目支出: { fundTable: true },
    基本支出: { fundTable: true },
    // (The general budget's spending table, 05, totals it in its 合计 row.)
    支出合计: { fundTotal: "05" },
  },
  财政拨款: {
    收入合计: { metric: "财政拨款收入" },
    支出合计: { metric: "财政拨款支出" },
  },
};
