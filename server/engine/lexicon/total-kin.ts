/**
 * Totals whose stated change on last year may be quoted for another total of the same amount this
 * year (支出合计 = 收支总计 when nothing is carried over). A budget often states its change only
 * for the appropriated part ("财政拨款收入…比上年预算减少…") when that part is the whole budget:
 * the part is kin too. The answer always names whose change it is and that the asked total's own
 * change is not stated (last year the part may not have been the whole).
 */
export const TOTAL_KIN: Readonly<Record<string, readonly string[]>> = {
  支出合计: ["收支总计", "财政拨款收支总计", "财政拨款支出"],
  收入合计: ["收支总计", "财政拨款收支总计", "财政拨款收入"],
  财政拨款收入: ["财政拨款收支总计", "财政拨款支出", "收支总计"],
  财政拨款支出: ["财政拨款收支总计", "财政拨款收入", "收支总计"],
  // One fund's appropriation and what it pays for, of the same amount in a budget ("<某基金>安排多少 →
  // 上年呢": the change the budget states for the fund's spending).
  ...Object.fromEntries(
    ["一般公共预算", "政府性基金预算", "国有资本经营预算"].flatMap((fund) => [
      [`${fund}财政拨款收入`, [`${fund}财政拨款支出`]],
      [`${fund}财政拨款支出`, [`${fund}财政拨款收入`]],
    ]),
  ),
  // (…the general budget's appropriation and its spending table's total, "一般公共预算当年拨款".)
  一般公共预算财政拨款收入: ["一般公共预算财政拨款支出", "财政拨款支出"],
};

/**
 * The other side's totals of the same amount (a budget's income equals its spending): their stated
 * change is said beside the kin's, never instead of it ("收入…比上年预算执行数增加…" while
 * "支出…比上年预算增加…": two bases, both shown).
 */
export const OTHER_SIDE_KIN: Readonly<Record<string, readonly string[]>> = {
  支出合计: ["财政拨款收入", "收入合计"],
  收入合计: ["财政拨款支出", "支出合计"],
};

/**
 * Totals whose budget-against-actual comparison stands for the asked total's when their actual
 * amounts are equal (every yuan spent came from appropriations): only a part of the same side,
 * never a 收支总计 (which adds carry-overs).
 */
export const COMPARED_KIN: Readonly<Record<string, readonly string[]>> = {
  // …and the whole-department spending of the performance self-evaluation, whose 全年预算数 the
  // tables do not print (asked "全年预算执行了多少").
  支出合计: ["财政拨款支出", "部门整体支出"],
  收入合计: ["财政拨款收入"],
};

/** A budget asked for with no figure named ("今年预算一共多少", "<年>预算多少"): its spending total. */
export const BARE_BUDGET =
  /(?:^|｜)(?:(?:20)?\d{2}年度?)?的?预算(?:总额|总数|规模|盘子|情况)?[？?。!！]*$|(?:一共|总共|总计|合计)(?:有|是)?(?:多少|几多)(?:钱的?)?预算(?![\u4e00-\u9fa5])|预算(?:总共|一共|总计|合计|总额|总数|规模|盘子)?(?:(?:换算|折合|折算|换|算|合)成?(?:亿|万)?元?)?(?:是|有|为|大概|大约|约|了)?(?:多少|几多)|预算(?:总额|规模)?(?:谁|哪个|哪家)?(?:最|更)?(?:大|多|高|少|小|低)(?!于)|预算(?:(?:20)?\d{2}年度?)?(?:为什么|为啥|怎么)?(?:比|较|与|和|跟)(?:上年|去年|上一年|(?:20)?\d{2}年|(?:部门|单位)预算)|预算(?:多|少)(?:出)?(?:多少|几多)|(?:20)?\d{2}年?(?:和|与|跟|到|比)(?:20)?\d{2}年?的?预算|预算(?:为什么|为啥|怎么)?(?:增加|减少|增长|下降|变化|变少|变多|涨|降)/;
export const BUDGET_TOTAL_KEY = "支出合计";
/** A budget's share of another asked with no figure named ("<下属单位>的预算占全局预算的比例"): of the totals. */
export const BUDGET_SHARE = /预算(?:总额)?(?:占|在)[^，,。？?]{0,14}?(?:比例|比重|份额|几成|百分之几|多少)/;
/** The year's income, which each kind of income is a part of. */
export const INCOME_TOTAL_KEY = "收入合计";

/** The final accounts as a whole changed on last year, no figure named ("<年>决算比上年减少了多少"). */
export const BARE_ACTUAL_CHANGE =
  /(?:^|｜)(?:(?:20)?\d{2}年度?)?的?决算(?:总额|总数|规模|盘子)?(?:为什么|为啥|怎么)?(?:比|较)(?:上年|去年|上一年|(?:20)?\d{2}年)|(?:^|｜)(?:(?:20)?\d{2}年度?)?的?决算(?:总额|总数|规模|盘子)?(?:为什么|为啥|怎么)?(?:增加|减少|增长|下降|变少|变多)/;

/**
 * Money spent asked with no figure named ("一年花了多少钱", "开支多少"), or units set apart by it
 * ("哪个钱多", "谁的经费更少"): the spending total.
 */
const SPENDING_ASKED =
  /(?:花了|花费了?|开支了?|用了|花掉了?)(?:多少|几多)(?:钱)?|(?:花|用|开支)(?:了)?多少钱|经费(?:是|有|为)?(?:多少|几多)|(?:多|少)了?多少钱|(?:谁|哪个|哪家)(?:的)?(?:钱|经费)(?:更)?(?:多|少)/;
/** Words that say nothing of what was spent on ("今年一共", "到底", "最后决算"). */
const SPENDING_FILLER =
  /\d{4}年度?|决算|实际|最后|最终|需要|打算|准备|[^\u4e00-\u9fa5]|[年度的了吗呢一全今去那这总共整个到底合计要得会]/g;

/** Where the money went, with no figure named ("钱主要用在什么地方"): the spending total broken down. */
export const SPENDING_WHERE =
  /(?:钱|经费|资金)?(?:主要|都)*(?:用|花)(?:在|到)了?(?:什么地方|哪些地方|哪些方面|什么方面|哪里|哪儿|哪|什么上)|(?:钱|经费|资金)(?:主要|都)*(?:用|花)(?:哪里|哪儿|哪)(?:了|去了)?/;

/** The question asks what was spent (or where it went) and names nothing it was spent on. */
export function asksBareSpending(rest: string): boolean {
  const asked = SPENDING_WHERE.test(rest) ? SPENDING_WHERE : SPENDING_ASKED;
  // "…比<上年>多花了多少钱": the money spent, compared; …or as a noun ("花的钱和上年比差了几多，为什么").
  if (asked.test(rest) && !rest.replace(asked, "").replace(CHANGE_WORDS, "").replace(SPENDING_FILLER, ""))
    return true;
  return (
    rest.search(SPENT_MONEY) >= 0 &&
    !rest.replace(SPENT_MONEY, "").replace(CHANGE_WORDS, "").replace(SPENDING_FILLER, "")
  );
}

/** The money spent named as a noun ("花的钱", "开销"), with no figure named. */
const SPENT_MONEY = /花的钱|花掉的钱|用的钱|用掉的钱|花销|开销|总开支/g;
/** Words that compare or explain a figure, saying nothing of what it is. */
const CHANGE_WORDS =
  /比|较|跟|和|与|上年|去年|上一年|相比|同比|少了|多了|增加了?|减少了?|涨了|降了|百分之(?:几|多少)|百分比|降幅|增幅|涨幅|幅度|几成|多少|几多|原因|是什么|为什么|为啥|怎么|变化|有何|这么|那么|[是有为多少]/g;

/** What of a budget was left unspent ("预算没花完的还剩多少"): the budget less the actual. */
export const BUDGET_LEFT =
  /预算.{0,8}(?:没|未)(?:花|用)完|预算.{0,10}还?剩(?:下|了)?(?:多少|几)|预算.{0,10}(?:结余|节余)了?(?:多少|几)/;

/** The actual against the budget with no figure named ("决算比预算多还是少"): the spending totals. */
export const BARE_BUDGET_ACTUAL = new RegExp(
  String.raw`(?:决算|实际)\S{0,8}?(?:比|较|与|和|跟|对比)\S{0,8}?预算|预算\S{0,8}?(?:比|较|与|和|跟|对比)\S{0,8}?(?:决算|实际)|预算的?(?:执行|完成)(?:情况|得?(?:怎么样|怎样|如何|咋样|好不好)|率|度|比例|比率|百分比|了?(?:多少比例|多大比例|几成|百分之几|百分之多少|多少))|预算(?:是|为|有)?(?:\d+(?:\.\d+)?\s*(?:亿元|亿|万元|万|元)|〇+)多?[，,]\s*(?:最后|最终|实际)?(?:执行|完成)(?:了|率|情况)|预决算(?:差|对比|比较)|按(?:年初|全年|调整后的?)?预算\S{0,4}?(?:执行|完成)(?:率|情况|进度)|(?:决算|实际)数?(?:小于|大于|低于|高于|少于|多于|超过|超出)(?:年初|全年)?预算|` +
    BUDGET_LEFT.source,
);
