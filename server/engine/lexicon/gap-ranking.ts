/**
 * "哪一项决算偏离预算最远", "超支最多的几个科目": the rows of one document ranked by how far
 * their actual is from their budget.
 */
export const LARGEST_GAP_ASKED =
  /(?:差距|差额|偏差|偏离|相差|差得|出入|超支|超预算|超出预算|超得|超了|超出|结余|节约)[^，,。？?]{0,8}最(?:大|多|远|高)|最(?:大|多|远)的?(?:差距|差额|偏差|超支|结余)/;

/** "各单位按差额排一下": units or rows ordered by their gap, no superlative said. */
export const ORDERED_BY_GAP =
  /(?:按|以|依)(?:照)?(?:差额|差距|偏差|超支额|结余额)(?:大小)?(?:排|排序|排名|排列)/;

/** "哪个单位预算执行率最高", "谁完成得最好": units ranked by their actual as a share of their budget. */
export const EXECUTION_RANKED =
  /(?:执行|完成)率|(?:执行|完成)(?:得|的)?(?:最好|最差|最高|最低|最到位)|(?:执行|完成)(?:情况|进度)最(?:好|差)/;

/**
 * "完成率最低的是哪一项": the rows ranked by actual over budget, lowest or highest first. (Executed
 * "best" is no rate: spending past the budget is no better execution.)
 */
export const RATE_RANKED: readonly { words: RegExp; lowest: boolean }[] = [
  { words: /(?:执行|完成)率[^，,。？?]{0,6}最(?:低|小)/, lowest: true },
  { words: /(?:执行|完成)率[^，,。？?]{0,6}最(?:高|大)/, lowest: false },
];

/** "哪个科目", "哪一项": a row of the document asked for. */
export const ROW_ASKED = /哪(?:个|一|几)?个?(?:科目|项)/;

/** Which way the gap is asked: over the budget, under it, or either (by size). */
export const GAP_DIRECTIONS: readonly { words: RegExp; sign: 1 | -1 }[] = [
  { words: /超预算|超支|超出|超了|超过预算|多花/, sign: 1 },
  { words: /结余|节约|节省|少花|没花完|剩/, sign: -1 },
];

/**
 * "哪些科目决算没达到年初预算", "哪几项超过了预算": every row on one side of its budget, listed, not
 * ranked by a superlative.
 */
export const GAP_SIDE_LISTED: readonly { words: RegExp; sign: 1 | -1 }[] = [
  {
    words:
      /(?:哪些|哪几)(?:个|项)?[^，,。？?]{0,10}(?:没(?:有)?(?:达到|完成|花完|用完)|未(?:达到|完成)|低于|少于|不足)[^，,。？?]{0,8}预算/,
    sign: -1,
  },
  {
    words: /(?:哪些|哪几)(?:个|项)?[^，,。？?]{0,10}(?:超过|超出|高于|多于|超)[^，,。？?]{0,8}预算/,
    sign: 1,
  },
];

/** How many rows are listed, unless the question says ("前三", "哪两项"). */
export const GAPS_LISTED = 3;

/** "增减幅度排前N的科目", "涨得最快的是哪项": the rows ranked by their change on last year. */
export const LARGEST_CHANGE_ASKED =
  /(?:变化|变动|增减|增长|增加|减少|下降|涨|降|砍|压缩|削减|缩减)(?:幅度|幅|率|得)?最(?:大|多|快|猛)|(?:变化|变动|增减|增长|涨|降)(?:幅度|率)(?:排|排名)?(?:前|靠前)|(?:哪个|哪些|哪几个?|哪几项|哪一?项)(?:科目|项目|项)?[^，,。？?]{0,20}(?:变化|变动|增长|增加|减少|下降)[^，,。？?]{0,6}最(?:大|多|快)/;

/** "增加最多的科目", "哪个单位降得最多": the change in money is ranked, not its rate. */
export const AMOUNT_CHANGE_RANKED =
  /^(?!.*(?:幅度|幅|率|增速|最快|百分)).*(?:(?:增加|减少|增长|上涨|涨|下降|降低|降|上升|压减|压缩|削减|缩减|砍)了?得?最多|(?:增减|增加|减少|变化|变动)(?:额|金额)(?:最大|最多|排))/;

/** "增长超过20%": the rows whose change on last year passes a rate. */
export const CHANGE_THRESHOLD =
  /(增长|增加|上升|提高|减少|下降|降低|变化|变动)(?:幅度|率)?了?(?:(?:超过|大于|高于|多于|在)\s*(\d+(?:\.\d+)?)\s*[%％](?:以上)?|\s*(\d+(?:\.\d+)?)\s*[%％](?:及|或)?以上)/;

/** Which way a change is asked: up, down, or either (by size). */
export const CHANGE_DIRECTIONS: readonly { words: RegExp; sign: 1 | -1 }[] = [
  { words: /增长|增加|上升|提高|涨/, sign: 1 },
  { words: /减少|下降|降低|降|砍|压缩|削减|缩减/, sign: -1 },
];

/** Which way a total is said to have moved ("为什么比上年多", "减少的原因"), for the rows behind it. */
export const TOTAL_CHANGE_WAYS: readonly { words: RegExp; sign: 1 | -1 }[] = [
  // (The 多 and 少 of "多少" say no way.)
  { words: /比[^，,。？?]{0,10}(?:多(?!少)|增|涨|高)|增加|增长|上升|提高|涨/, sign: 1 },
  { words: /比[^，,。？?]{0,10}(?:(?<!多)少|减|降|低)|减少|下降|降低|压减|压缩|降/, sign: -1 },
];

/** How many rows a list asks for ("前三", "哪两项", "最大的五个", "举两个…最多的"). */
export const ROWS_WANTED =
  /(?:前|哪|最\S{0,3}的)([两二三四五六七八九十]|\d+)(?=个|项|名|的|科目|[，,。？?]|$)|(?:举|列|挑|选|说)(?:出)?([两二三四五六七八九十]|\d+)(?:个|项)/;

/** What units are ranked by when their budget and actual are set against each other. */
export const GapMeasure = ["gap", "rate"] as const;
export type GapMeasure = (typeof GapMeasure)[number];

/** "哪个单位超预算最多" ranks gaps, "执行率最高" rates; undefined when neither is asked. */
export function gapMeasureAsked(question: string): GapMeasure | undefined {
  // A balance carried over is a figure of its own ("年末结转和结余最多"), not a gap.
  const said = question.replace(BALANCE_NAMES, "");
  if (EXECUTION_RANKED.test(said)) return "rate";
  if (LARGEST_GAP_ASKED.test(said) || ORDERED_BY_GAP.test(said)) return "gap";
  return undefined;
}

/** The names of balances carried over, which contain a gap word (结余) but are amounts. */
const BALANCE_NAMES = /(?:年初|年末)?结转(?:和|与|及)?结余|(?:年初|年末|累计)结余/g;
