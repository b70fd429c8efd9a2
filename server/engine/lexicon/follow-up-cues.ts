import { EDITION_WHY, GAP_PART_ASKED } from "./unit-topics.js";

// Follow-up wordings that carry the conversation's figures into another question (rules as data).

/** The total just read asked again as spent, or against the budget ("决算是多少", "执行率呢", "结余多少"). */
export const OTHER_BASIS =
  /决算|实际|执行|完成率|完成了?(?:多少|百分之|几成)|结余|节余|没花完|没用完|剩(?:下|余)?了?多少/;
/**
 * How or why a figure changed between the two years just asked ("怎么涨这么多", "是增是减，幅度多大",
 * "少了百分之几").
 */
export const CHANGE_ASKED =
  /(?:为什么|为啥|怎么|咋)[^，,。？?]{0,3}(?:涨|增加|增长|多了|少了|减少|下降|降|变)|是增是减|增还是减|增减|幅度|(?:多|少|涨|降|增加|减少|增长|下降)了?(?:百分之几|几成|多少个?百分点|几个点)/;

/** The rest of a whole after the part just asked ("剩下的是啥钱", "其余的呢"). */
export const REMAINDER = /剩下的|剩余的|其余的?|其他的(?:钱|部分)?(?:是|呢)/;

/** Two editions said to differ, or asked whether or why they do. */
export const EDITIONS_DIFFER = new RegExp(
  `差了?多少|相差|差额|差距|差别|差几|一样吗|多(?:出来?|了)?多少|多出来?的|${EDITION_WHY.source}|${GAP_PART_ASKED.source}`,
);

/** A figure's budget bases (a follow-up comparing it with the actual names the other side). */
export const BUDGETS: ReadonlySet<string> = new Set(["预算", "年初预算", "全年预算"]);

/** A gap asked between the figures just given ("差多少", "相差几何", "多了多少"). */
export const GAP_ASKED = /差多少|相差|差额|差距|差了多少|差几|(?:多|少)了?多少(?:钱|万)?[？?]?$/;

/**
 * The figures the two answers before gave, set against each other ("两边对得上吗", "这两个数差多少",
 * "二者一致吗").
 */
export const TWO_ANSWERS_COMPARED =
  /(?:两边|两个数字?|两个金额|两者|二者|这俩|前后两个数)[^，,。？?]{0,6}(?:对得上|对不上|一致|吻合|相符|一样|差(?:了)?多少|相差|差距|差额|差几)/;

/** The two figures just asked, taken together ("两项加起来", "这俩合计", "二者之和"). */
export const BOTH_BEFORE =
  /(?:这|那|上面|前面)?(?:两|二|俩)(?:项|个|者|笔|块|样)?(?:数字?|费用?|钱)?(?:加起来|加在一起|合计|一共|相加|合起来|之和|总共)|(?:两|二)者之和/;

/**
 * A follow-up that only moves the question to another year or unit ("<年>呢", "去年的呢",
 * "<某单位>呢"; the unit's name is masked with ｜ or □): what was just read is asked again there.
 */
export const SCOPE_ONLY =
  /^[\s｜□，,]*(?:那|那么|换成|再看看?|看看)?[\s｜□]*(?:(?:20)?\d{2}\s*年度?|今年|去年|前年|明年|上一?年|下一?年)?[\s｜□]*(?:的)?(?:呢|怎么样|如何|是多少|多少)[\s？?。!！]*$/;

/** "属于<列>还是<列>", "列在哪一栏": which of the row's columns holds its amount. */
export const WHICH_COLUMN = /还是|哪一?(?:栏|列)/;

/** "那<列>呢", "换成<列>呢": the same row, another column. */
export const COLUMN_SWAP = /^(?:(?:那|那么|换成|改成|再看)[^，,。？?]{0,8}|[^，,。？?]{0,8}呢)[？?]?$/;

/** "这一款的<列>", "该科目里的<列>": a cell of the row just read, pointed at. */
export const THIS_ROW = /(?:这|那|该)(?:一|个)?(?:款|项|类|科目)(?:的|里的?|中的?)/;

/** "占这一类的比例", "占这项的多少": the row just read is the whole. */
export const OF_ROW = /占(?:这|那|该)(?:一)?(?:类|项|行|科目|部分)/;

/** "再加上<某项>一共多少": an addition to the figure just asked. */
export const ADDED_ON = /^(?:那|那么)?(?:再|还)?加(?:上)?/;

/** A follow-up pointing at one item of the ranking just answered ("它的…", "这一项…"). */
export const POINTS_AT_RANKED =
  /^(?:那|那么)?(?:它|这一?项|那一?项|该项|这个项目|那个项目|排第一的那个)(?!们)/;

/** "<某物>呢" (its 呢 dropped or not) after a count: the same count asked of another thing (its noun captured). */
export const SAME_COUNT_OF = /^(?:那|那么)?\s*([\u4e00-\u9fa5]{2,8}?)\s*呢?\s*[？?]?$/;

/**
 * "同样的问题问<某单位>", "这个问题换成<某年>": the question before asked again of what follows; read as
 * the follow-up people also write ("那<某单位>呢").
 */
export const SAME_QUESTION_OF: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:那)?(?:同样|一样|相同|同一个?|这个|上面|刚才)的?问题[，,]?(?:再)?(?:问问?|换成|换到|换|对|拿去问|用在)(?:一下)?([^？?。]+?)(?:呢|吧)?[？?。]*$/,
    "那$1呢？",
  ],
];

/**
 * The figure just given, checked against a size or converted ("超过一个亿了吗", "一千万出头吗",
 * "折成亿元是多少"): the same figure asked again, no other named.
 */
const CLAIMED_SIZE = String.raw`(?:(?:\d+(?:\.\d+)?|[一两二三四五六七八九十])\s*个?\s*(?:亿|千万|百万|万)元?|[一二两三四五六七八九]成|一半|[二三四五六七八九十]分之[一二三四五六七八九])`;
export const FIGURE_RECHECKED = new RegExp(
  String.raw`^(?:那|那么)?(?:(?:是不是|有没有|是否)[^，,。？?]{0,6}${CLAIMED_SIZE}[^，,。？?]{0,4}|[^，,。？?]{0,6}${CLAIMED_SIZE}[^，,。？?]{0,4}(?:吗|吧|没有|对吗|对不对))(?:[？?。，,]|$)|^(?:那|那么)?(?:换算|折合|折算|换)成?(?:亿|万)?元`,
);

/** "<预算>说明里有几个科室？→ 决算里又说几个": the count searched again in the other document. */
export const OTHER_DOCUMENT_COUNT =
  /^(?:那|那么)?(?:在)?(预算|决算)(?:说明|文件|报告)?(?:里|中|上)?(?:面)?(?:又|呢|是)?(?:说|写)?(?:了)?(?:几个|多少个?|几)/;

/** A follow-up asking within what was said before ("里面…哪个项目", "其中哪个项目"). */
export const PROJECTS_WITHIN =
  /(?:里面|其中|当中|这些|这几个)[^，,。？?]{0,8}项目|项目[^，,。？?]{0,4}(?:里面|其中|当中)/;

/** Words before 占 that only point at what was said ("它占…", "那占…"). */
export const POINTING_ONLY = /^(?:那|那么|它|它们|这|这个|那个|这些|其|又|还|则)?$/;

/** "里面<某项>占几成" after a figure: the figure before holds the one named now. */
export const INSIDE_BEFORE = /^(?:那|那么)?(?:这|它)?(?:里面|里头|其中|当中|之中)/;
/** A share asked ("占几成", "比重"). */
export const SHARE_WORDS = /占|比重|比例|几成|百分之几/;

/**
 * A follow-up that only asks for the arithmetic of the answer before ("给我公式", "列一下算式",
 * "怎么算出来的"): that answer again, with its formula.
 */
export const FORMULA_ONLY =
  /^(?:那|那么)?(?:请|麻烦)?(?:你)?(?:给我|给出|列|写|说|讲|把)?(?:一下|出|个)?(?:这个|那个|这|那)?(?:的)?(?:计算)?(?:公式|算式|计算过程|列式|算法)(?:呢|吧|是什么|是啥|发我|给我看看)?[？?。!！]*$|^(?:这个|那个|这|那)?(?:是|数)?(?:怎么|如何|怎样|咋)算(?:的|出来的|出来)?(?:呢|啊)?[？?。!！]*$/;

/** A year named in a message ("2024年", "24年度", "去年", "上一年"). */
export const YEAR_NAMED = /(?:20)?\d{2}\s*年|今年|去年|前年|明年|[上下]一?年/;

/** Spending asked bare after an income ("支出呢", "支出是多少"): the same money's spending. */
export const BARE_SPENDING_FOLLOW_UP = /^(?:那|那么)?(?:它的)?支出(?:呢|是多少|有多少|多少)/;
